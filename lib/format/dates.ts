/**
 * Human-readable dates for sources and the date expressions inside passages.
 *
 * Dates in the corpus are ISO prefixes (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`) whose precision is
 * explicit, so formatting never invents a day or month the data does not have. Formatting is
 * done by hand (not `toLocaleDateString`) so the output is the same in every browser and in
 * Node tests, and never shifts by a day across time zones.
 */
import type { DateMention, DatePrecision, Source } from '../../engine/types';
import { MONTH_NAMES as MONTHS } from '../../engine/calendar';

/** An ISO prefix split into numbers; null parts are absent from the prefix. */
export interface IsoParts {
  year: number;
  month: number | null;
  day: number | null;
}

const ISO_PREFIX = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; null for anything else or an impossible month/day. */
export function parseIsoPrefix(iso: string): IsoParts | null {
  const m = ISO_PREFIX.exec(iso.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] === undefined ? null : Number(m[2]);
  const day = m[3] === undefined ? null : Number(m[3]);
  if (month !== null && (month < 1 || month > 12)) return null;
  if (day !== null && (day < 1 || day > 31)) return null;
  return { year, month, day };
}

/** The English name of a month (1–12). */
export function monthName(month: number): string {
  return MONTHS[month - 1] ?? '';
}

/**
 * "12 July 2022", "October 2022" or "2022", never more precise than `precision` nor than
 * the ISO prefix itself. Returns the input unchanged when it is not an ISO prefix.
 */
export function formatIsoDate(iso: string, precision: DatePrecision = 'day'): string {
  const p = parseIsoPrefix(iso);
  if (!p) return iso;
  if (p.month === null || precision === 'year') return String(p.year);
  if (p.day === null || precision === 'month') return `${monthName(p.month)} ${p.year}`;
  return `${p.day} ${monthName(p.month)} ${p.year}`;
}

/** A source's publication date, ready to show: the label and how the date is known. */
export interface PublishedLabel {
  /** "12 July 2022", "October 2022" or, when inferred, "about October 2022". */
  label: string;
  /** "Date stated in the article" / "Date inferred from the events reported". */
  basis: string;
  /** The source's own note on how the date is known (which line, which events). */
  note: string;
  /** True when the date is reasoned, not printed: show it as approximate. */
  approximate: boolean;
  /** The machine-readable value for a `<time datetime>` attribute. */
  datetime: string;
}

/** Formats a source's publication date with its precision and basis. */
export function formatPublished(
  source: Pick<Source, 'published' | 'publishedPrecision' | 'publishedBasis' | 'publishedNote'>,
): PublishedLabel {
  const approximate = source.publishedBasis === 'inferred';
  const date = formatIsoDate(source.published, source.publishedPrecision);
  return {
    label: approximate ? `about ${date}` : date,
    basis: approximate ? 'Date inferred from the events reported' : 'Date stated in the article',
    note: source.publishedNote,
    approximate,
    datetime: source.published,
  };
}

/**
 * A date expression found in a passage: "19 July 2022 (“July 19”)" when it was normalized to
 * another wording, the expression alone when it could not be pinned down, and "“this week”
 * (week of 12 July 2022)" for relative expressions anchored to the article date.
 */
export function formatDateMention(
  d: Pick<DateMention, 'text' | 'date' | 'precision' | 'span'>,
): string {
  const quoted = `“${d.text}”`;
  if (d.date === null) return quoted;
  const normalized = formatPeriod(d);
  if (d.precision === 'relative') return `${quoted} (around ${normalized})`;
  return normalized.toLowerCase() === d.text.trim().toLowerCase()
    ? normalized
    : `${normalized} (${quoted})`;
}

/**
 * The period a dated expression names: "19 July 2022", "the 1990s" (decade), "the 1800s"
 * (century), or the year of a season ("summer of 2014" → "2014").
 */
export function formatPeriod(d: Pick<DateMention, 'date' | 'precision' | 'span'>): string {
  if (d.date === null) return '';
  if (d.span === 'decade' || d.span === 'century') {
    const p = parseIsoPrefix(d.date);
    return p ? `the ${p.year}s` : d.date;
  }
  return formatIsoDate(d.date, d.precision === 'relative' ? 'day' : d.precision);
}

/** The year and month a dated expression falls in, for grouping a timeline; null if undated. */
export function timelineKey(
  d: Pick<DateMention, 'date'>,
): { year: number; month: number | null } | null {
  if (d.date === null) return null;
  const p = parseIsoPrefix(d.date);
  return p ? { year: p.year, month: p.month } : null;
}
