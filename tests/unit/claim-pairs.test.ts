/**
 * A claim beside its denial (`components/passage/claim-pairs.ts`): among the passages shown for
 * a mention, a source's denial of one of the mention's matters and another's claim of it are
 * shown as one labelled pair; the rest keep their order.
 */
import { describe, expect, it } from 'vitest';
import { corpus, fuseIndexJson } from '../../data/corpus';
import { groupClaimsAndDenials } from '../../components/passage/claim-pairs';
import { createRetriever } from '../../engine/retrieval/retriever';
import type { MentionMatter, Passage, RetrievedPassage } from '../../engine/types';

const retriever = createRetriever(corpus, fuseIndexJson);

const result = (id: string, stance: Passage['stance'], matters: string[]): RetrievedPassage =>
  ({
    passage: { id, stance, matters, speaker: null },
    source: { outlet: id },
    score: 1,
    matched: [],
    match: 'matter',
  }) as unknown as RetrievedPassage;

const matter = (id: string, label: string): MentionMatter => ({
  id,
  label,
  cues: [],
  from: 'sentence',
  covered: true,
});

const ids = (groups: ReturnType<typeof groupClaimsAndDenials>) =>
  groups.map((g) =>
    g.kind === 'single' ? g.result.passage.id : `${g.claim.passage.id}|${g.denial.passage.id}`,
  );

describe('groupClaimsAndDenials', () => {
  it('pairs the corpus’s denial of a matter with a claim of it, on a real mention', () => {
    const found = retriever.forMention(
      {
        text: 'In Syria, Russia and Iran are competing with each other for influence over the Assad government.',
        topics: ['syria'],
        terms: ['russia', 'iran', 'syria', 'assad'],
      },
      4,
    );
    const groups = groupClaimsAndDenials(found.passages, found.matters);
    const pair = groups.find((g) => g.kind === 'pair');
    expect(pair).toBeDefined();
    if (pair?.kind !== 'pair') return;
    expect(pair.denial.passage.stance).toBe('denied');
    expect(['asserted', 'attributed', 'hedged']).toContain(pair.claim.passage.stance);
    expect(pair.label).toMatch(/^A claim and a denial on: /);
    // Every passage is shown once.
    const shown = groups.flatMap((g) => (g.kind === 'single' ? [g.result] : [g.claim, g.denial]));
    expect(shown.map((r) => r.passage.id).sort()).toEqual(
      found.passages.map((r) => r.passage.id).sort(),
    );
  });

  it('puts the pair where the first of the two stood, the claim first', () => {
    const matters = [matter('M', 'The matter')];
    const groups = groupClaimsAndDenials(
      [
        result('a', 'denied', ['M']),
        result('b', undefined, ['M']),
        result('c', 'attributed', ['M']),
        result('d', 'asserted', ['M']),
      ],
      matters,
    );
    expect(ids(groups)).toEqual(['c|a', 'b', 'd']);
    expect(groups[0]).toMatchObject({ label: 'A claim and a denial on: The matter' });
  });

  it('pairs nothing without a shared matter of the mention, a claim, or a denial', () => {
    const matters = [matter('M', 'The matter'), matter('N', 'Another')];
    const apart = [result('a', 'denied', ['M']), result('b', 'asserted', ['N'])];
    expect(ids(groupClaimsAndDenials(apart, matters))).toEqual(['a', 'b']);
    const notTheMentions = [result('a', 'denied', ['X']), result('b', 'asserted', ['X'])];
    expect(ids(groupClaimsAndDenials(notTheMentions, matters))).toEqual(['a', 'b']);
    const twoDenials = [result('a', 'denied', ['M']), result('b', 'denied', ['M'])];
    expect(ids(groupClaimsAndDenials(twoDenials, matters))).toEqual(['a', 'b']);
    const noDenial = [result('a', 'asserted', ['M']), result('b', 'hedged', ['M'])];
    expect(ids(groupClaimsAndDenials(noDenial, matters))).toEqual(['a', 'b']);
    expect(groupClaimsAndDenials([], matters)).toEqual([]);
  });

  it('gives each denial its own claim', () => {
    const matters = [matter('M', 'The matter')];
    const groups = groupClaimsAndDenials(
      [
        result('a', 'asserted', ['M']),
        result('b', 'denied', ['M']),
        result('c', 'denied', ['M']),
        result('d', 'hedged', ['M']),
      ],
      matters,
    );
    expect(ids(groups)).toEqual(['a|b', 'd|c']);
  });
});
