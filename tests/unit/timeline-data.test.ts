import { describe, expect, it } from 'vitest';
import { corpus } from '../../data/corpus';
import { buildTimeline } from '../../components/panel/timeline-data';

describe('timeline', () => {
  it('lists only dated events of the chosen topic, oldest first, grouped by year and month', () => {
    for (const topic of ['drones', 'syria'] as const) {
      const years = buildTimeline(corpus, topic);
      expect(years.length).toBeGreaterThan(0);
      const yearNumbers = years.map((y) => y.year);
      expect([...yearNumbers].sort((a, b) => a - b)).toEqual(yearNumbers);
      expect(new Set(years.map((y) => y.label)).size).toBe(years.length);
      const events = years.flatMap((y) => y.months.flatMap((m) => m.events));
      const dated = years
        .filter((y) => !y.period)
        .flatMap((y) => y.months.flatMap((m) => m.events));
      const dates = dated.map((e) => e.date.date);
      expect([...dates].sort()).toEqual(dates);
      for (const e of events) {
        expect(e.passage.topics).toContain(topic);
        expect(e.passage.dates.map((d) => d.date)).toContain(e.date.date);
        expect(e.source.id).toBe(e.passage.sourceId);
      }
    }
  });

  it('has the drones shipment of August 2022 and the 2015 intervention in Syria', () => {
    const label = (topic: 'drones' | 'syria') =>
      buildTimeline(corpus, topic).flatMap((y) => y.months.map((m) => m.label));
    expect(label('drones')).toContain('August 2022');
    expect(label('syria')).toContain('September 2015');
  });

  it('shows decades and centuries as periods, not as a year', () => {
    const years = buildTimeline(corpus, 'drones');
    const periods = years.filter((y) => y.period);
    expect(periods.map((y) => y.label)).toContain('The 1990s');
    for (const y of periods) {
      for (const e of y.months.flatMap((m) => m.events)) {
        expect(['decade', 'century']).toContain(e.date.span);
      }
    }
  });

  it('marks relative and period expressions as approximate', () => {
    const events = buildTimeline(corpus, 'drones').flatMap((y) =>
      y.months.flatMap((m) => m.events),
    );
    for (const e of events) {
      expect(e.approximate).toBe(e.date.precision === 'relative' || e.date.span !== undefined);
    }
  });
});
