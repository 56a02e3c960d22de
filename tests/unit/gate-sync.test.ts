import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LEXICONS } from '../../engine/detect';
import { AR } from '../../engine/lexicon/ar';
import { CYRILLIC, transliterated } from '../../engine/lexicon/script';
import { lowercaseGate, topicGate } from '../../entrypoints/probe/gate';
import { GATE_FLAGS, GATE_SOURCE } from '../../entrypoints/probe/gate-pattern.generated';

/** The gate as the content script runs it: its pattern, on the text lower-cased. */
const shipped = new RegExp(GATE_SOURCE, GATE_FLAGS);
const passes = (text: string) => shipped.test(text.toLowerCase());
/** The gate's definition: case-insensitive. */
const definition = topicGate(DEFAULT_LEXICONS);

/** Every UTF-16 code unit, one after the other. */
const ALL_UNITS = Array.from({ length: 0x10000 }, (_, u) => String.fromCharCode(u)).join('');

/** The code units a case-insensitive regex matches against `unit`, as the engine decides. */
function caseVariants(unit: string): string[] {
  const escaped = `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`;
  return ALL_UNITS.match(new RegExp(`[${escaped}]`, 'gi')) ?? [];
}

describe('precomputed content-script gate', () => {
  it('equals lowercaseGate(DEFAULT_LEXICONS) (else run `npx tsx scripts/build-gate.ts`)', () => {
    const gate = lowercaseGate(DEFAULT_LEXICONS);
    expect(GATE_SOURCE).toBe(gate.source);
    expect(GATE_FLAGS).toBe(gate.flags);
    // No case-insensitive flag: compiling case equivalents is the cost it avoids.
    expect(GATE_FLAGS).not.toContain('i');
  });

  it('passes every case variant of every gate word, one changed character at a time', () => {
    // Each character lower-cases on its own, so one changed character at a time covers every
    // mix of cases. The variants are the engine's own case-insensitive matches.
    const words = definition.source.split('|').filter((w) => /^[\p{L}\p{M}\d]+$/u.test(w));
    expect(words.length).toBeGreaterThan(100);
    let variants = 0;
    for (const word of words) {
      for (let i = 0; i < word.length; i++) {
        for (const unit of caseVariants(word[i]!)) {
          const variant = word.slice(0, i) + unit + word.slice(i + 1);
          expect(definition.test(variant), variant).toBe(true);
          expect(passes(`(${variant})`), variant).toBe(true);
          variants++;
        }
      }
      expect(passes(word.toUpperCase()), word).toBe(definition.test(word.toUpperCase()));
    }
    expect(variants).toBeGreaterThan(1_000);
  });

  it('passes every character that passes a text on its own, in either case', () => {
    const loners = [...ALL_UNITS].filter((unit) => definition.test(unit));
    // Soft hyphen, zero-width characters, Greek and Cyrillic, and their case equivalents.
    expect(loners.length).toBeGreaterThan(400);
    for (const unit of loners)
      expect(passes(`a${unit}b`), unit.charCodeAt(0).toString(16)).toBe(true);
    expect(passes('Teh-\nran')).toBe(true);
    expect(passes('Teh\u2010 \t\nran')).toBe(true);
  });

  it('passes what the definition passes in the detection fixtures, and rejects the same', () => {
    const dir = resolve(import.meta.dirname, '../fixtures/detection');
    const texts = readdirSync(dir)
      .filter((f) => f.endsWith('.jsonl'))
      .flatMap((f) => readFileSync(resolve(dir, f), 'utf8').split('\n'))
      .filter((line) => line.trim())
      .map((line) => (JSON.parse(line) as { text: string }).text);
    let passed = 0;
    let rejected = 0;
    for (const text of texts) {
      for (const v of [text, text.toUpperCase()]) {
        expect(passes(v), v).toBe(definition.test(v));
        if (passes(v)) passed++;
        else rejected++;
      }
      // Turkish capitals: "İ" lower-cases to "i" and a dot, so this gate passes "ROUHANİ"
      // where the definition needs its own word for it; never the other way round.
      const dotted = text.replace(/i/g, 'İ');
      if (definition.test(dotted)) expect(passes(dotted), dotted).toBe(true);
    }
    expect(passed).toBeGreaterThan(200);
    expect(rejected).toBeGreaterThan(20);
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
