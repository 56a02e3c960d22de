import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LEXICONS } from '../../engine/detect';
import { AR } from '../../engine/lexicon/ar';
import { CYRILLIC, transliterated } from '../../engine/lexicon/script';
import { lowercaseGate, lowercaseGateParts, topicGate } from '../../entrypoints/probe/gate';
import * as generated from '../../entrypoints/probe/gate-pattern.generated';
import { WHOLE_GATE_SOURCE, gateSearch } from '../../entrypoints/probe/gate-search';

/** The whole gate the content script ships, for lower-cased text. */
const shipped = new RegExp(WHOLE_GATE_SOURCE);
/** Its alternatives (none holds a `|` of its own). */
const alternativesOf = (source: string) => source.split('|').sort();
/** The gate as the content script runs it: its search, on the text lower-cased. */
const search = gateSearch();
const passes = (text: string) => search(text.toLowerCase()) >= 0;
/** The gate's definition: case-insensitive. */
const definition = topicGate(DEFAULT_LEXICONS);

/** Every UTF-16 code unit, one after the other. */
const ALL_UNITS = Array.from({ length: 0x10000 }, (_, u) => String.fromCharCode(u)).join('');

/** The code units a case-insensitive regex matches against `unit`, as the engine decides. */
function caseVariants(unit: string): string[] {
  const escaped = `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`;
  return ALL_UNITS.match(new RegExp(`[${escaped}]`, 'gi')) ?? [];
}

/** The texts of the detection fixtures (tests/fixtures/detection/*.jsonl). */
function detectionFixtureTexts(): string[] {
  const dir = resolve(import.meta.dirname, '../fixtures/detection');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => readFileSync(resolve(dir, f), 'utf8').split('\n'))
    .filter((line) => line.trim())
    .map((line) => (JSON.parse(line) as { text: string }).text);
}
describe('precomputed content-script gate', () => {
  it('equals lowercaseGate(DEFAULT_LEXICONS) (else run `npx tsx scripts/build-gate.ts`)', () => {
    const gate = lowercaseGate(DEFAULT_LEXICONS);
    expect(alternativesOf(WHOLE_GATE_SOURCE)).toEqual(alternativesOf(gate.source));
    const parts = lowercaseGateParts(DEFAULT_LEXICONS);
    expect(parts.source).toBe(gate.source);
    expect({
      nonAscii: generated.GATE_NON_ASCII,
      asciiWords: generated.GATE_ASCII_WORDS,
      otherWords: generated.GATE_OTHER_WORDS,
      hyphenBreak: generated.GATE_HYPHEN_BREAK,
    }).toEqual({
      nonAscii: parts.nonAscii,
      asciiWords: parts.asciiWords,
      otherWords: parts.otherWords,
      hyphenBreak: parts.hyphenBreak,
    });
    // No case-insensitive flag: compiling case equivalents is the cost it avoids.
    expect(gate.flags).not.toContain('i');
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
    const texts = detectionFixtureTexts();
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

/** A small seeded generator (mulberry32), so a failure names a text that can be rerun. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('the gate search (gate-search.ts)', () => {
  const words = WHOLE_GATE_SOURCE.split('|').filter((w) => /^[\p{L}\p{M}\d]+$/u.test(w));
  const nonAscii = new RegExp(generated.GATE_NON_ASCII);
  /** What the whole shipped pattern says: where its leftmost match starts. */
  const whole = (lower: string) => lower.search(shipped);

  it('holds one of its non-ASCII characters in every word that is not ASCII throughout', () => {
    expect(words.length).toBeGreaterThan(150);
    for (const w of words) expect(!/[\u0080-\uffff]/.test(w) || nonAscii.test(w), w).toBe(true);
  });

  it('finds the leftmost match of the whole pattern in random text', () => {
    // Gate words whole, cut and re-cased; letters that lower-case onto gate letters (Kelvin
    // sign, Turkish İ, Ohm sign); characters of the class; hyphens before line breaks; and
    // the punctuation of ordinary English pages (no-break space, curly quotes, dashes).
    const odd = [
      ' ',
      ' ',
      ' ',
      '\n',
      '\t',
      '\r',
      '-',
      '\u2010',
      '\u2011',
      '\u00a0',
      '\u2019',
      '\u201c',
      '\u2014',
      '\u2026',
      'é',
      'É',
      'è',
      'ü',
      'İ',
      'ı',
      'ſ',
      '\u212a',
      '\u212b',
      '\u2126',
      'µ',
      '\u00ad',
      '\u200b',
      '\ufeff',
      'ж',
      'Ω',
      'ה',
      'ب',
      'क',
      'ಕ',
      '\ud83d\ude00',
      '\ud83d',
      'ß',
    ];
    const next = random(14);
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
    const piece = () => {
      const r = next();
      if (r < 0.35) return pick('abcdefghijklmnopqrstuvwxyz'.split(''));
      if (r < 0.55) return pick(odd);
      const w = pick(words);
      const from = next() < 0.5 ? 0 : Math.floor(next() * w.length);
      const to = next() < 0.5 ? w.length : from + Math.floor(next() * (w.length - from + 1));
      const cut = w.slice(from, to);
      const c = next();
      return c < 0.3
        ? cut.toUpperCase()
        : c < 0.45
          ? cut.charAt(0).toUpperCase() + cut.slice(1)
          : cut;
    };
    let asciiPath = 0;
    let passed = 0;
    for (let i = 0; i < 20_000; i++) {
      let text = '';
      const n = 1 + Math.floor(next() * 30);
      for (let j = 0; j < n; j++) text += piece();
      // Half of them as an English page without accents is: ASCII throughout.
      if (i % 2) text = text.replace(/[\u0080-\uffff]/g, '');
      const lower = text.toLowerCase();
      const expected = whole(lower);
      expect(search(lower), JSON.stringify(text)).toBe(expected);
      if (!nonAscii.test(lower)) asciiPath++;
      if (expected >= 0) passed++;
    }
    // Both ways through the search, and both answers, often.
    expect(asciiPath).toBeGreaterThan(2_000);
    expect(passed).toBeGreaterThan(2_000);
    expect(20_000 - passed).toBeGreaterThan(2_000);
  });

  it('finds the leftmost match of the whole pattern in the detection fixtures', () => {
    const texts = detectionFixtureTexts();
    let asciiPath = 0;
    for (const text of texts) {
      // Each text, and the text with its accents, dashes and other non-ASCII removed.
      for (const v of [text, text.replace(/[\u0080-\uffff]/g, '')]) {
        for (const lower of [v.toLowerCase(), v.toUpperCase().toLowerCase()]) {
          expect(search(lower), v).toBe(whole(lower));
          if (!nonAscii.test(lower)) asciiPath++;
        }
      }
    }
    const page = texts.join('\n').toLowerCase();
    expect(search(page)).toBe(whole(page));
    expect(asciiPath).toBeGreaterThan(200);
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
