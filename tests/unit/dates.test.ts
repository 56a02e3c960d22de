import { describe, expect, it } from 'vitest';
import { findDates, type DateAnchor } from '../../engine/corpus/dates';
import { corpus } from '../../data/corpus';

const day: DateAnchor = { date: '2022-07-12', precision: 'day' };
const month: DateAnchor = { date: '2022-10', precision: 'month' };
const may2018: DateAnchor = { date: '2018-05', precision: 'month' };
const sputnik: DateAnchor = { date: '2015-09-28', precision: 'day' };

const cases: Array<[string, DateAnchor, string, string | null, string, string?]> = [
  ['Putin would travel to Tehran on July 19 for talks.', day, 'July 19', '2022-07-19', 'day'],
  ['which Mr Putin ordered on February 24 when', day, 'February 24', '2022-02-24', 'day'],
  [
    'the latest airstrikes on Wednesday May 9th.',
    may2018,
    'Wednesday May 9th',
    '2018-05-09',
    'day',
  ],
  ['in a statement on February 1, 2015.', sputnik, 'February 1, 2015', '2015-02-01', 'day'],
  ['(Sputnik News, 28/9/2015) ~ The Iraqi', sputnik, '28/9/2015', '2015-09-28', 'day'],
  [
    'scheduled to meet on Monday, September 28, in New York',
    sputnik,
    'Monday, September 28',
    '2015-09-28',
    'day',
  ],
  ['Starting from August 2015 these claims', sputnik, 'August 2015', '2015-08', 'month'],
  ['exercises were held in October 2014.', sputnik, 'October 2014', '2014-10', 'month'],
  ['The drill was conducted in August.', sputnik, 'in August', '2015-08', 'month'],
  ['In September, Russia sent a delegation', month, 'In September', '2022-09', 'month'],
  ['Putin met Khamenei in July.', month, 'in July', '2022-07', 'month'],
  ['visited Turkmenistan in late June for', day, 'in late June', '2022-06', 'month'],
  ['At the January summit, Raisi', day, 'January', '2022-01', 'month'],
  ['the 2015 nuclear deal', day, '2015', '2015', 'year'],
  ['since the onset of the pandemic in early 2020.', day, 'early 2020', '2020', 'year'],
  [
    'troops to Syria in the summer of 2014 was',
    may2018,
    'the summer of 2014',
    '2014',
    'year',
    'season',
  ],
  [
    'since the beginning of the 19th century, when',
    day,
    'the 19th century',
    '1800',
    'year',
    'century',
  ],
  ['cooperation since the early 2000s,', day, 'the early 2000s', '2000', 'year', 'decade'],
  ['Iraq in the 1990s, with', month, 'the 1990s', '1990', 'year', 'decade'],
  ['reported this week that', month, 'this week', '2022-10', 'relative'],
  ['attempts this week to show', day, 'this week', '2022-07-12', 'relative'],
  ['Last week, a Russian drone guided', day, 'Last week', '2022-07-05', 'relative'],
  ['At a key meeting this month, Iran', month, 'this month', '2022-10', 'relative'],
  ['drones as early as this month.', day, 'this month', '2022-07', 'relative'],
  ['grown much closer this year', month, 'this year', '2022', 'relative'],
  ['Russian officials said on Tuesday that', day, 'on Tuesday', '2022-07-12', 'relative'],
  ['this week', { date: '2015', precision: 'year' }, 'this week', null, 'relative'],
];

describe('findDates', () => {
  it.each(cases)('%s → %s', (text, anchor, expr, date, precision, span) => {
    const found = findDates(text, anchor);
    const hit = found.find((d) => d.text === expr);
    expect(hit, JSON.stringify(found)).toBeDefined();
    expect(hit?.date).toBe(date);
    expect(hit?.precision).toBe(precision);
    expect(hit?.span).toBe(span);
    expect(text.slice(hit?.start, hit?.end)).toBe(expr);
  });

  it('finds both years of "Throughout 2014 and 2015"', () => {
    expect(findDates('Throughout 2014 and 2015, officials met.', day).map((d) => d.date)).toEqual([
      '2014',
      '2015',
    ]);
  });

  it('ignores numbers and words that are not dates', () => {
    const text =
      'It may rise by 14,319 cases, $40 billion, COVID-19, S-300, 3,500 troops; they march on.';
    expect(findDates(text, day)).toEqual([]);
  });

  it('dates the corpus passages against their own article (or republished piece)', () => {
    const sputnik = corpus.passages.find((p) => p.id === 's003-p17');
    expect(sputnik?.dates.map((d) => d.date)).toContain('2015-09-28');
    const telegraph = corpus.passages.find((p) =>
      p.dates.some((d) => d.text === 'Wednesday May 9th'),
    );
    expect(telegraph?.dates[0]?.date).toBe('2018-05-09');
  });
});
