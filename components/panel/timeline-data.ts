/**
 * The timeline of dated events in the corpus for one topic: every date expression that was
 * pinned to a date, in passages about the topic, sorted and grouped by year and month.
 */
import type { Corpus, DateMention, Passage, Source, Topic } from '../../engine/types';
import { monthName, parseIsoPrefix } from '../../lib/format/dates';

/** One dated event: a date expression inside a passage. */
export interface TimelineEvent {
  /** Unique: passage id + offset of the expression. */
  id: string;
  date: DateMention & { date: string };
  passage: Passage;
  source: Source;
  /** True for relative ("this week") or period expressions: the date is approximate. */
  approximate: boolean;
}

/** Events of one month (or of a year when the month is not known). */
export interface TimelineMonth {
  /** "July 2022", or "2022 (month not stated)". */
  label: string;
  month: number | null;
  events: TimelineEvent[];
}

/** Events of one year, or of a decade or century named as a whole ("the 1990s"). */
export interface TimelineYear {
  year: number;
  /** "2015", or "The 1990s" for a period. */
  label: string;
  /** True for a decade or century: its events are not tied to one year. */
  period: boolean;
  months: TimelineMonth[];
}

/** Builds the timeline for a topic, oldest first. */
export function buildTimeline(corpus: Corpus, topic: Topic): TimelineYear[] {
  const sources = new Map(corpus.sources.map((s) => [s.id, s]));
  const events: TimelineEvent[] = [];
  for (const passage of corpus.passages) {
    if (!passage.topics.includes(topic)) continue;
    const source = sources.get(passage.sourceId);
    if (!source) continue;
    const seen = new Set<string>();
    for (const d of passage.dates) {
      if (d.date === null || !parseIsoPrefix(d.date) || seen.has(d.date)) continue;
      seen.add(d.date);
      events.push({
        id: `${passage.id}@${d.start}`,
        date: { ...d, date: d.date },
        passage,
        source,
        approximate: d.precision === 'relative' || d.span !== undefined,
      });
    }
  }
  // ISO prefixes sort chronologically as strings ("2015" < "2015-07" < "2015-07-24").
  events.sort(
    (a, b) =>
      a.date.date.localeCompare(b.date.date) ||
      a.passage.sourceId.localeCompare(b.passage.sourceId) ||
      a.passage.index - b.passage.index,
  );
  const years: TimelineYear[] = [];
  for (const e of events) {
    const p = parseIsoPrefix(e.date.date)!;
    const period = e.date.span === 'decade' || e.date.span === 'century';
    let year = years.find((y) => y.year === p.year && y.period === period);
    if (!year) {
      const label = period ? `The ${p.year}s` : String(p.year);
      years.push((year = { year: p.year, label, period, months: [] }));
    }
    const monthKey = period ? null : p.month;
    let month = year.months.find((m) => m.month === monthKey);
    if (!month) {
      const label = period
        ? `The ${p.year}s (a period, not a date)`
        : monthKey === null
          ? `${p.year}, month not stated`
          : `${monthName(monthKey)} ${p.year}`;
      year.months.push((month = { label, month: monthKey, events: [] }));
    }
    month.events.push(e);
  }
  // A period sorts before the dated years it starts with ("the 2000s" before 2000-05).
  return years.sort((a, b) => a.year - b.year || Number(b.period) - Number(a.period));
}
