import { describe, expect, it } from 'vitest';
import { DEFAULT_LEXICONS } from '../../engine/detect';
import { AR } from '../../engine/lexicon/ar';
import { CYRILLIC, transliterated } from '../../engine/lexicon/script';
import { topicGate } from '../../entrypoints/probe/gate';
import { GATE_FLAGS, GATE_SOURCE } from '../../entrypoints/probe/gate-pattern.generated';

describe('precomputed content-script gate', () => {
  it('equals topicGate(DEFAULT_LEXICONS) (else run `npx tsx scripts/build-gate.ts`)', () => {
    const gate = topicGate(DEFAULT_LEXICONS);
    expect(GATE_SOURCE).toBe(gate.source);
    expect(GATE_FLAGS).toBe(gate.flags);
  });
});

describe('transliterated lexicons', () => {
  it('decode lazily, once', () => {
    const raw = { lang: 'xx', terms: [[1, 'iran;moskva']] as const, suffixes: 'om>;a>' };
    const lex = transliterated(CYRILLIC, raw);
    expect(lex.lang).toBe('xx');
    expect(lex.terms).toEqual([[1, 'иран;москва']]);
    expect(lex.terms).toBe(lex.terms);
    expect(lex.suffixes).toBe('ом>;а>');
    expect(lex.prefixes).toBeUndefined();
  });

  it('read in their script', () => {
    expect(AR.terms.flatMap(([, list]) => list).join(';')).toMatch(/^[^A-Za-z]*$/);
    expect(AR.prefixes).toMatch(/ال/);
  });
});
