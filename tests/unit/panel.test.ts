import { describe, expect, it } from 'vitest';
import { corpus } from '../../data/corpus';
import { parseTabState } from '../../components/common/use-tab-state';
import { tabIdFromQuery } from '../../components/common/tab-target';
import { buildTimeline } from '../../components/panel/timeline-data';
import { linkMentionsToPassages, type PageMention } from '../../components/panel/mention-links';
import { pageHostname } from '../../components/popup/PopupApp';
import type { RetrievedPassage } from '../../engine/types';

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

describe('page mentions on the timeline', () => {
  const mention = (id: string): PageMention => ({
    id,
    frameId: 0,
    topics: ['drones'],
    text: 't',
    context: 'c',
    terms: [],
    score: 1,
  });

  it("maps each passage on a mention's matter to the page mentions that retrieved it, once each", () => {
    const [p1, p2, p3] = corpus.passages;
    const hit = (p: typeof p1, match: 'matter' | 'context' = 'matter') =>
      ({ passage: p!, source: corpus.sources[0]!, match }) as RetrievedPassage;
    const links = linkMentionsToPassages([mention('m1'), mention('m2')], (m) => ({
      matters: [],
      passages: m.id === 'm1' ? [hit(p1), hit(p2), hit(p1), hit(p3, 'context')] : [hit(p1)],
    }));
    expect(links.get(p1!.id)?.map((m) => m.id)).toEqual(['m1', 'm2']);
    expect(links.get(p2!.id)?.map((m) => m.id)).toEqual(['m1']);
    // Mere context on the topic does not place the page's mention on that passage's events.
    expect(links.has(p3!.id)).toBe(false);
  });
});

describe('tab state and target tab', () => {
  const valid = {
    tabId: 4,
    url: 'https://news.example/a',
    title: 'A',
    mentions: [
      {
        id: 'm1',
        frameId: 0,
        topics: ['syria'],
        text: 'x',
        context: 'x y',
        terms: ['iran'],
        score: 0.5,
      },
    ],
    dropped: 3,
    focus: { frameId: 0, mentionId: 'm1' },
  };

  it('accepts a well-formed state and drops malformed mentions and focus', () => {
    expect(parseTabState(valid)).toEqual(valid);
    const bad = {
      ...valid,
      mentions: [
        ...valid.mentions,
        { id: '<b>', topics: ['x'] },
        { ...valid.mentions[0], frameId: -1 },
      ],
      focus: { frameId: 'top' },
    };
    expect(parseTabState(bad)).toEqual({ ...valid, focus: null });
    // A count of mentions not kept that is not a count reads as none.
    expect(parseTabState({ ...valid, dropped: -2 })?.dropped).toBe(0);
    expect(parseTabState({ ...valid, dropped: '9' })?.dropped).toBe(0);
  });

  it('rejects anything that is not a tab state', () => {
    for (const v of [
      null,
      undefined,
      'state',
      { ...valid, tabId: -1 },
      { ...valid, mentions: 1 },
    ]) {
      expect(parseTabState(v)).toBeNull();
    }
  });

  it('reads an explicit ?tabId= and ignores anything else', () => {
    expect(tabIdFromQuery('?tabId=12')).toBe(12);
    expect(tabIdFromQuery('?tabId=-1')).toBeNull();
    expect(tabIdFromQuery('?tabId=1e3')).toBeNull();
    expect(tabIdFromQuery('')).toBeNull();
  });

  it('offers the per-site switch only for web pages', () => {
    expect(pageHostname('https://News.Example.com/x')).toBe('news.example.com');
    expect(pageHostname('http://127.0.0.1:8080/a')).toBe('127.0.0.1');
    expect(pageHostname('chrome://extensions')).toBeNull();
    expect(pageHostname('about:blank')).toBeNull();
    expect(pageHostname(undefined)).toBeNull();
  });
});
