import { describe, expect, it } from 'vitest';
import { corpus, fuseIndexJson } from '../../data/corpus';
import { createRetriever } from '../../engine/retrieval/retriever';
import type { Corpus, RetrievalQuery } from '../../engine/types';

const retriever = createRetriever(corpus, fuseIndexJson);
/** The passages a mention gets. */
const forMention = (q: RetrievalQuery, limit?: number) => retriever.forMention(q, limit).passages;

describe('forMention', () => {
  it('ranks a drones passage about Iranian drones sent to Russia first', () => {
    const res = forMention({
      text: 'Iran has sent Shahed-136 drones to Russia for its war in Ukraine.',
      topics: ['drones'],
      terms: ['iran', 'russia', 'shahed-136', 'drone'],
    });
    expect(res.length).toBeGreaterThan(0);
    const top = res[0]!;
    expect(top.passage.topics).toContain('drones');
    expect(top.passage.entities).toEqual(expect.arrayContaining(['Iran', 'Russia', 'Drones']));
    expect(top.matched.map((w) => w.toLowerCase())).toEqual(expect.arrayContaining(['drones']));
  });

  it('ranks the Soleimani-in-Moscow passages of s000, s001 and s003 on top', () => {
    const res = forMention(
      {
        text: 'General Qassem Soleimani flew to Moscow in 2015 to persuade Putin to rescue Assad in Syria.',
        topics: ['syria'],
        terms: ['soleimani', 'moscow', 'syria'],
      },
      3,
    );
    expect(res.map((r) => r.passage.sourceId).sort()).toEqual(['s000', 's001', 's003']);
    for (const r of res) expect(r.passage.entities).toContain('Qassem Soleimani');
    expect(res[0]?.matched).toEqual(expect.arrayContaining(['Moscow']));
  });

  it('finds the Soleimani passages whatever the spelling', () => {
    // The query spells it like s001; s000 writes "Suleimani" and s003 "Soleimani".
    const res = forMention({ text: 'Soleymani met Putin', topics: ['syria'], terms: [] }, 3);
    expect(res.map((r) => r.passage.sourceId).sort()).toEqual(['s000', 's001', 's003']);
    expect(res.every((r) => r.passage.entities.includes('Qassem Soleimani'))).toBe(true);
  });

  it('never returns passages of the other topic only', () => {
    const queries = [
      {
        text: 'Soleimani Assad Astana Syria Moscow drones Shahed',
        topics: ['drones' as const],
        terms: [],
      },
      {
        text: 'Shahed drones Crimea trainers Ukraine Syria',
        topics: ['syria' as const],
        terms: [],
      },
    ];
    for (const q of queries) {
      const res = forMention(q, 20);
      expect(res.length).toBeGreaterThan(0);
      for (const r of res) expect(r.passage.topics).toContain(q.topics[0]);
    }
  });

  it('returns scores in [0, 1], best first', () => {
    const res = forMention(
      { text: 'Iran drones Russia Ukraine', topics: ['drones'], terms: [] },
      10,
    );
    for (const r of res) expect(r.score).toBeGreaterThanOrEqual(0);
    for (const r of res) expect(r.score).toBeLessThanOrEqual(1);
    const scores = res.map((r) => r.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('still offers topic passages when nothing in the sentence matches', () => {
    const res = forMention({ text: 'qwzx vvb', topics: ['syria'], terms: [] }, 2);
    expect(res).toHaveLength(2);
    for (const r of res) expect(r.passage.topics).toContain('syria');
  });

  it('leads with the topic’s core passages, as context, when no matter is recognised', () => {
    const cases = [
      {
        text: 'Journalists write ever more about how relations between Russia and Iran are shaped by events in Syria.',
        topics: ['syria'] as const,
        core: 'S-JOINT-ASSAD',
      },
      {
        text: 'Russian officials visited an airfield in central Iran twice last month to inspect the new models.',
        topics: ['drones'] as const,
        core: 'D-SUPPLY',
      },
    ];
    for (const { text, topics, core } of cases) {
      const res = retriever.forMention({ text, topics: [...topics], terms: [] }, 3);
      expect(res.matters, text).toEqual([]);
      expect(res.passages[0]?.passage.matters?.[0], text).toBe(core);
      expect(res.passages[0]?.match, text).toBe('context');
    }
  });

  it('returns nothing for a mention without topics, or a zero limit', () => {
    expect(retriever.forMention({ text: 'Iran drones', topics: [], terms: [] })).toEqual({
      matters: [],
      passages: [],
    });
    expect(forMention({ text: 'Iran drones', topics: ['drones'], terms: [] }, 0)).toEqual([]);
  });
});

describe('search', () => {
  it('finds the Astana passage', () => {
    const res = retriever.search('Astana');
    expect(res[0]?.passage.id).toBe('s004-p11');
    expect(res[0]?.matched.join(' ')).toContain('Astana');
  });

  it('tolerates a misspelt name', () => {
    const res = retriever.search('Gazprum memorandum');
    expect(res[0]?.passage.entities).toContain('Gazprom');
  });

  it('answers empty, huge and garbage queries calmly', () => {
    expect(retriever.search('')).toEqual([]);
    expect(retriever.search('   ')).toEqual([]);
    expect(retriever.search('%%% ((( ||| \'" !!! \u0000')).toEqual([]);
    const huge = 'Iran Russia drones Syria '.repeat(100_000);
    const res = retriever.search(huge, 3);
    expect(res.length).toBeLessThanOrEqual(3);
    expect(() => retriever.search('a'.repeat(10_000))).not.toThrow();
    expect(() =>
      retriever.forMention({ text: huge, topics: ['drones'], terms: ['x'.repeat(5000)] }),
    ).not.toThrow();
  });

  it('works without a prebuilt index and on an empty corpus', () => {
    const noIndex = createRetriever(corpus);
    expect(noIndex.search('Astana')[0]?.passage.id).toBe('s004-p11');
    const empty: Corpus = { sources: [], passages: [] };
    expect(createRetriever(empty).search('Iran')).toEqual([]);
    expect(
      createRetriever(empty).forMention({ text: 'Iran', topics: ['drones'], terms: [] }).passages,
    ).toEqual([]);
  });
});
