import { describe, expect, it } from 'vitest';
import {
  excerpt,
  formatDateMention,
  formatIsoDate,
  formatPublished,
  markMatches,
  parseIsoPrefix,
  sourceByline,
  timelineKey,
} from '../../lib/format';

describe('formatIsoDate', () => {
  it('shows exactly the precision the data has', () => {
    expect(formatIsoDate('2022-07-12')).toBe('12 July 2022');
    expect(formatIsoDate('2022-10')).toBe('October 2022');
    expect(formatIsoDate('2015')).toBe('2015');
  });

  it('never shows more than the stated precision', () => {
    expect(formatIsoDate('2022-07-12', 'month')).toBe('July 2022');
    expect(formatIsoDate('2022-07-12', 'year')).toBe('2022');
  });

  it('leaves anything that is not an ISO prefix as it is', () => {
    expect(formatIsoDate('sometime')).toBe('sometime');
    expect(parseIsoPrefix('2022-13')).toBeNull();
    expect(parseIsoPrefix('2022-02-00')).toBeNull();
  });
});

describe('formatPublished', () => {
  const base = { published: '2022-07-12', publishedPrecision: 'day' as const, publishedNote: 'n' };

  it('shows a stated date plainly, with its basis', () => {
    const p = formatPublished({ ...base, publishedBasis: 'stated' });
    expect(p.label).toBe('12 July 2022');
    expect(p.approximate).toBe(false);
    expect(p.basis).toMatch(/stated/i);
    expect(p.datetime).toBe('2022-07-12');
  });

  it('marks an inferred date as approximate', () => {
    const p = formatPublished({
      published: '2022-10',
      publishedPrecision: 'month',
      publishedBasis: 'inferred',
      publishedNote: 'Reports the August shipment.',
    });
    expect(p.label).toBe('about October 2022');
    expect(p.basis).toMatch(/inferred/i);
    expect(p.note).toBe('Reports the August shipment.');
  });
});

describe('formatDateMention', () => {
  it('shows the normalized date with the wording used in the text', () => {
    expect(formatDateMention({ text: 'July 19', date: '2022-07-19', precision: 'day' })).toBe(
      '19 July 2022 (“July 19”)',
    );
    expect(formatDateMention({ text: 'in August', date: '2022-08', precision: 'month' })).toBe(
      'August 2022 (“in August”)',
    );
  });

  it('does not repeat a wording that is already the normalized date', () => {
    expect(formatDateMention({ text: '2015', date: '2015', precision: 'year' })).toBe('2015');
  });

  it('keeps relative or unresolved expressions recognisable as such', () => {
    expect(formatDateMention({ text: 'this week', date: null, precision: 'relative' })).toBe(
      '“this week”',
    );
    expect(
      formatDateMention({ text: 'this week', date: '2022-07-12', precision: 'relative' }),
    ).toBe('“this week” (around 12 July 2022)');
  });

  it('names decades and seasons without inventing precision', () => {
    expect(
      formatDateMention({ text: 'the 1990s', date: '1990', precision: 'year', span: 'decade' }),
    ).toBe('the 1990s');
    expect(
      formatDateMention({ text: 'summer 2014', date: '2014', precision: 'year', span: 'season' }),
    ).toBe('2014 (“summer 2014”)');
    expect(
      formatDateMention({
        text: 'the previous decade',
        date: '2000',
        precision: 'relative',
        span: 'decade',
      }),
    ).toBe('“the previous decade” (around the 2000s)');
  });

  it('gives timeline keys only for dated expressions', () => {
    expect(timelineKey({ date: '2015-07-24' })).toEqual({ year: 2015, month: 7 });
    expect(timelineKey({ date: '2015' })).toEqual({ year: 2015, month: null });
    expect(timelineKey({ date: null })).toBeNull();
  });
});

describe('markMatches', () => {
  const join = (s: { text: string }[]) => s.map((x) => x.text).join('');

  it('marks whole words case-insensitively and keeps the text intact', () => {
    const text = 'Iran sent Shahed-136 drones; Iranian officials denied it.';
    const segs = markMatches(text, ['iran', 'shahed-136', 'drones']);
    expect(join(segs)).toBe(text);
    expect(segs.filter((s) => s.marked).map((s) => s.text)).toEqual([
      'Iran',
      'Shahed-136',
      'drones',
    ]);
  });

  it('prefers the longer of overlapping words', () => {
    const segs = markMatches('The Shahed-136 flew.', ['Shahed', 'Shahed-136']);
    expect(segs.filter((s) => s.marked).map((s) => s.text)).toEqual(['Shahed-136']);
  });

  it('treats regex characters in words literally and ignores one-letter words', () => {
    const text = 'Costs (in €) rose; a drone (UAV) flew.';
    const segs = markMatches(text, ['(UAV)', 'a', '']);
    expect(join(segs)).toBe(text);
    expect(segs.filter((s) => s.marked).map((s) => s.text)).toEqual(['(UAV)']);
    expect(markMatches('a cat (in €)', ['a', 'in.'])).toEqual([
      { text: 'a cat (in €)', marked: false },
    ]);
    expect(markMatches('x', [])).toEqual([{ text: 'x', marked: false }]);
    expect(markMatches('', ['iran'])).toEqual([]);
  });

  it('merges adjacent runs so segments alternate', () => {
    const segs = markMatches('Iran Russia', ['Iran', 'Russia']);
    expect(join(segs)).toBe('Iran Russia');
    for (let i = 1; i < segs.length; i++) expect(segs[i]!.marked).not.toBe(segs[i - 1]!.marked);
  });
});

describe('provenance', () => {
  it('names the outlet and any credited reporting', () => {
    expect(sourceByline({ outlet: 'Mohakeme', attribution: null })).toBe('Published by Mohakeme');
    expect(sourceByline({ outlet: 'X', attribution: 'Based on The Telegraph' })).toBe(
      'Published by X · Based on The Telegraph',
    );
  });

  it('shortens long quotes at a word boundary', () => {
    const long = 'word '.repeat(100);
    const short = excerpt(long, 50);
    expect(short.length).toBeLessThanOrEqual(51);
    expect(short.endsWith('…')).toBe(true);
    expect(excerpt('short text')).toBe('short text');
  });
});
