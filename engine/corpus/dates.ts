/**
 * Finds date expressions in a passage and normalizes them against its article's date.
 *
 * Rules (deterministic, documented because the timeline depends on them):
 * - Full dates ("February 1, 2015", "28/9/2015" — day/month/year as in the European sources)
 *   are `day`; "October 2014" is `month`; "2015", "early 2020" are `year`.
 * - A day or month without a year ("July 19", "Wednesday May 9th", "in August") takes the
 *   article's year; a bare month later in the year than a month-or-day-precise article date is
 *   taken as the previous year (news mostly reports the past: "In September" in an October
 *   article).
 * - Longer periods keep year precision with `span`: "summer of 2014" → 2014 (season), "the
 *   early 2000s" → 2000 (decade), "the 19th century" → 1800 (century).
 * - Relative phrases ("this week", "last week", "this month", "on Tuesday", "last spring") are
 *   `relative`; `date` holds the period they are relative to when the article date is precise
 *   enough (a week-level phrase in a day-dated article → that day, or a week earlier for "last
 *   week"; in a month-dated article → that month), else null.
 */
import type { DateMention, DatePrecision } from '../types';
import { MONTH_NAMES as MONTHS } from '../calendar';

/** An article date: ISO prefix and its precision. */
export interface DateAnchor {
  date: string;
  precision: DatePrecision;
}

const MONTH_ABBR = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sept?',
  'Oct',
  'Nov',
  'Dec',
];
const MONTH = `(${MONTHS.join('|')}|(?:${MONTH_ABBR.join('|')})\\.)`;
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const ORD = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(1[6-9]\\d\\d|20\\d\\d)';
const SEASONS: Record<string, number> = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 };
const SEASON = '(spring|summer|autumn|fall|winter)';
/** Left boundary: not inside a word or number. */
const L = '(?<![\\p{L}\\p{N}/.,$€£-])';
/** Right boundary. */
const R = '(?![\\p{L}\\p{N}]|[.,/]\\d)';

interface Found {
  start: number;
  end: number;
  date: string | null;
  precision: DateMention['precision'];
  span?: DateMention['span'];
  /** Leading characters of the match not reported as part of the expression ("the "). */
  skip?: number;
}

type Rule = (m: RegExpMatchArray, anchor: DateAnchor) => Omit<Found, 'start' | 'end'> | null;

const pad = (n: number): string => String(n).padStart(2, '0');

function monthIndex(name: string): number {
  const key = name.slice(0, 3).toLowerCase();
  return MONTHS.findIndex((m) => m.slice(0, 3).toLowerCase() === key) + 1;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isoDay(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function anchorYear(anchor: DateAnchor): number {
  return Number(anchor.date.slice(0, 4));
}

function anchorMonth(anchor: DateAnchor): number | null {
  return anchor.precision === 'year' ? null : Number(anchor.date.slice(5, 7));
}

function shiftDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function shiftMonth(year: number, month: number, by: number): string {
  const total = year * 12 + (month - 1) + by;
  return `${Math.floor(total / 12)}-${pad((total % 12) + 1)}`;
}

/** Year of a month named without a year: the article's, or the previous one if it would be later. */
function yearForMonth(month: number, anchor: DateAnchor): number {
  const am = anchorMonth(anchor);
  const y = anchorYear(anchor);
  return am !== null && month > am ? y - 1 : y;
}

const day = (date: string | null): Omit<Found, 'start' | 'end'> | null =>
  date ? { date, precision: 'day' } : null;

/** The period a week-level relative phrase refers to, shifted by `weeks`. */
function weekPeriod(anchor: DateAnchor, weeks: number): string | null {
  if (anchor.precision === 'day') return shiftDays(anchor.date, weeks * 7);
  if (anchor.precision === 'month') return anchor.date.slice(0, 7);
  return null;
}

function relativePeriod(
  which: string,
  unit: string,
  anchor: DateAnchor,
): Omit<Found, 'start' | 'end'> {
  const w = which.toLowerCase();
  const by = w === 'last' || w === 'previous' ? -1 : w === 'next' ? 1 : 0;
  const y = anchorYear(anchor);
  const am = anchorMonth(anchor);
  const u = unit.toLowerCase();
  if (u === 'week') return { date: weekPeriod(anchor, by), precision: 'relative' };
  if (u === 'month') {
    return { date: am === null ? null : shiftMonth(y, am, by), precision: 'relative' };
  }
  if (u === 'year') return { date: String(y + by), precision: 'relative' };
  if (u === 'decade') {
    return {
      date: String(Math.floor(y / 10) * 10 + by * 10),
      precision: 'relative',
      span: 'decade',
    };
  }
  // A season (by its starting month): "last summer" is the most recent one already over.
  const start = SEASONS[u] ?? 1;
  let year = y;
  if (by < 0) year = am !== null && am > start + 2 ? y : y - 1;
  if (by > 0) year = am !== null && am < start ? y : y + 1;
  return { date: String(year), precision: 'relative', span: 'season' };
}

/** Rules in priority order; an earlier rule's match claims its span. */
const RULES: Array<[RegExp, Rule]> = [
  // 28/9/2015 (day/month/year; month/day when the first number cannot be a month... or the
  // second cannot) and ISO 2015-09-28.
  [
    new RegExp(`${L}(\\d{1,2})/(\\d{1,2})/${YEAR}${R}`, 'gu'),
    (m) => {
      const a = Number(m[1]);
      const b = Number(m[2]);
      const [d, mo] = b > 12 && a <= 12 ? [b, a] : [a, b];
      return day(isoDay(Number(m[3]), mo, d));
    },
  ],
  [
    new RegExp(`${L}${YEAR}-(\\d\\d)-(\\d\\d)${R}`, 'gu'),
    (m) => day(isoDay(Number(m[1]), Number(m[2]), Number(m[3]))),
  ],
  // (Wednesday,) May 9th(, 2018)
  [
    new RegExp(`${L}(?:${WEEKDAY},? )?${MONTH} ${ORD}(?:,? ${YEAR})?${R}`, 'gu'),
    (m, a) => day(isoDay(m[3] ? Number(m[3]) : anchorYear(a), monthIndex(m[1]!), Number(m[2]))),
  ],
  // (Wednesday,) (the) 9th (of) May (2018)
  [
    new RegExp(`${L}(?:${WEEKDAY},? )?(?:the )?${ORD} (?:of )?${MONTH}(?:,? ${YEAR})?${R}`, 'gu'),
    (m, a) => day(isoDay(m[3] ? Number(m[3]) : anchorYear(a), monthIndex(m[2]!), Number(m[1]))),
  ],
  // (early) October (of) 2014
  [
    new RegExp(`${L}(?:(?:early|mid|late|mid-) ?)?${MONTH},? (?:of )?${YEAR}${R}`, 'gu'),
    (m) => ({ date: `${m[2]}-${pad(monthIndex(m[1]!))}`, precision: 'month' }),
  ],
  // summer (of) 2014
  [
    new RegExp(`${L}(?:the )?(?:early |late )?${SEASON},? (?:of )?${YEAR}${R}`, 'giu'),
    (m) => ({ date: m[2]!, precision: 'year', span: 'season' }),
  ],
  // the 19th century
  [
    new RegExp(
      `${L}(?:the )?(?:(?:early|mid|late|mid-) ?)?(\\d{1,2})(?:st|nd|rd|th) century${R}`,
      'giu',
    ),
    (m) => {
      const c = Number(m[1]);
      return c >= 1 && c <= 21
        ? { date: String((c - 1) * 100).padStart(4, '0'), precision: 'year', span: 'century' }
        : null;
    },
  ],
  // the (early) 2000s, the 1990s
  [
    new RegExp(`${L}(?:the )?(?:(?:early|mid|late|mid-) ?)?(1[6-9]\\d0|20\\d0)['’]?s${R}`, 'giu'),
    (m) => ({ date: m[1]!, precision: 'year', span: 'decade' }),
  ],
  // early 2020, mid-2015
  [
    new RegExp(`${L}(?:early|mid|late|mid-) ?${YEAR}${R}`, 'giu'),
    (m) => ({ date: m[1]!, precision: 'year' }),
  ],
  // this week, last month, next year, the previous decade, last spring
  [
    new RegExp(
      `${L}(?:the )?(this|last|next|previous) (week|month|year|decade|spring|summer|autumn|fall|winter)${R}`,
      'giu',
    ),
    (m, a) => relativePeriod(m[1]!, m[2]!, a),
  ],
  [
    new RegExp(`${L}(today|yesterday|tomorrow|tonight)${R}`, 'giu'),
    (m, a) => {
      const w = m[1]!.toLowerCase();
      const shift = w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0;
      const date =
        a.precision === 'day' ? shiftDays(a.date, shift) : a.precision === 'month' ? a.date : null;
      return { date, precision: 'relative' };
    },
  ],
  // on Tuesday, this Sunday: the week of the article.
  [
    new RegExp(`${L}(?:(?:[Oo]n|[Tt]his|[Ll]ast|[Nn]ext) )?${WEEKDAY}${R}`, 'gu'),
    (_m, a) => ({ date: weekPeriod(a, 0), precision: 'relative' }),
  ],
  // in (late) August, the January summit. "May"/"March" only after a preposition (modal/verb).
  [
    new RegExp(
      `${L}(?:([Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom|of|[Dd]uring|[Ll]ast|[Nn]ext|[Tt]his|[Tt]he|[Ee]arly|[Mm]id|[Ll]ate)(?: (?:early|mid|late))? )?${MONTH}(?![\\p{L}\\p{N}]| \\d)`,
      'gu',
    ),
    (m, a) => {
      const name = m[2]!;
      if (!m[1] && /^(May|March)$/.test(name)) return null;
      const mo = monthIndex(name);
      const skip = m[1] && /^(the|of)$/i.test(m[1]) ? m[1].length + 1 : 0;
      return { date: `${yearForMonth(mo, a)}-${pad(mo)}`, precision: 'month', skip };
    },
  ],
  // 2015
  [new RegExp(`${L}${YEAR}${R}`, 'gu'), (m) => ({ date: m[1]!, precision: 'year' })],
];

/** Date expressions in `text`, in text order, normalized against the article date `anchor`. */
export function findDates(text: string, anchor: DateAnchor): DateMention[] {
  const found: Found[] = [];
  const taken = (s: number, e: number) => found.some((f) => s < f.end && e > f.start);
  for (const [re, rule] of RULES) {
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (taken(start, end)) continue;
      const r = rule(m, anchor);
      if (r) found.push({ ...r, start: start + (r.skip ?? 0), end });
    }
  }
  return found
    .sort((a, b) => a.start - b.start)
    .map((f) => ({
      text: text.slice(f.start, f.end),
      start: f.start,
      end: f.end,
      date: f.date,
      precision: f.precision,
      ...(f.span ? { span: f.span } : {}),
    }));
}
