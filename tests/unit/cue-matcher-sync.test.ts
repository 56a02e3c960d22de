/**
 * The classifier reads its cue matcher from `data/generated/cue-matcher.json`, compiled at build
 * time from the cue lexicons. These tests fail while that file is stale (run `npm run
 * cues:build`) and check that it finds exactly what a fresh compile of the cue lexicons finds,
 * in every language.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpus } from '../../data/corpus';
import { DEFAULT_LEXICONS } from '../../engine/detect';
import { compileLexicons } from '../../engine/lexicon/compile';
import { matcherData, matcherFromData } from '../../engine/lexicon/matcher-data';
import { classifyMatters, conceptsOf } from '../../engine/matters/classify';
import {
  compileCues,
  cueMatcherData,
  type CueMatcherData,
} from '../../engine/matters/compile-cues';
import { CUE_LEXICONS } from '../../engine/matters/cues';

const FILE = resolve(import.meta.dirname, '../../data/generated/cue-matcher.json');
const fresh = compileCues();

/** Texts of at most `max` characters made of `words`. */
function chunks(words: readonly string[], max = 4000): string[] {
  const out: string[] = [];
  let text = '';
  for (const w of words) {
    if (text.length + w.length + 2 > max) {
      out.push(text);
      text = '';
    }
    text += `${w}, `;
  }
  if (text) out.push(text);
  return out;
}

/**
 * Every cue form of a language as written, capitalized, through two of its inflection rules
 * and behind one of its clitic prefixes: the words each lookup path of the matcher reads.
 */
function languageWords(lang: string): string[] {
  const lexicon = CUE_LEXICONS.find((l) => l.lang === lang)!;
  const base = DEFAULT_LEXICONS.find((l) => l.lang === lang);
  const rules = (base?.suffixes ?? '').split(';').filter(Boolean);
  const prefixes = (base?.prefixes ?? '').split(';').filter(Boolean);
  const words: string[] = [];
  let n = 0;
  for (const [, forms] of lexicon.cues) {
    for (const form of forms.split(/[|;]/)) {
      n++;
      words.push(form, form.charAt(0).toUpperCase() + form.slice(1));
      for (const rule of [rules[n % rules.length], rules[(n * 7 + 3) % rules.length]]) {
        const [suffix = '', replacement = ''] = (rule ?? '').split('>');
        if (suffix && form.endsWith(replacement)) {
          words.push(form.slice(0, form.length - replacement.length) + suffix);
        }
      }
      const [prefix = '', replacement = ''] = (prefixes[n % (prefixes.length || 1)] ?? '').split(
        '>',
      );
      if (prefix && form.startsWith(replacement)) {
        words.push(prefix + form.slice(replacement.length));
      }
    }
  }
  return words;
}

/** Sentences of the detection fixtures (several languages) and the corpus passages. */
function naturalTexts(): string[] {
  const dir = resolve(import.meta.dirname, '../fixtures/detection');
  const lines = readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => readFileSync(resolve(dir, f), 'utf8').split('\n'))
    .filter((line) => line.trim())
    .map((line) => (JSON.parse(line) as { text: string }).text);
  return [...lines, ...corpus.passages.map((p) => p.text)];
}

describe('generated cue matcher', () => {
  it('is current (else run `npm run cues:build`)', () => {
    expect(readFileSync(FILE, 'utf8')).toBe(`${JSON.stringify(cueMatcherData(fresh))}\n`);
  });

  it('reads back into the tables a fresh compile of the cue lexicons builds', () => {
    const data = JSON.parse(readFileSync(FILE, 'utf8')) as CueMatcherData;
    const read = matcherFromData(data.matcher);
    expect(read).toEqual(fresh.matcher);
    expect([...read.forms.keys()]).toEqual([...fresh.matcher.forms.keys()]);
    expect(data.rows).toEqual(fresh.rows);
  });

  it('round-trips the detection lexicons too (clitic prefixes, shared forms, phrases)', () => {
    const m = compileLexicons(DEFAULT_LEXICONS);
    expect(matcherFromData(JSON.parse(JSON.stringify(matcherData(m))))).toEqual(m);
  });

  it.each(CUE_LEXICONS.map((l) => l.lang))(
    'finds the concepts a fresh compile finds in %s cue words, inflected and prefixed',
    (lang) => {
      let found = 0;
      for (const text of chunks(languageWords(lang))) {
        const concepts = conceptsOf(text);
        expect(concepts).toEqual(conceptsOf(text, fresh));
        found += concepts.size;
      }
      expect(found).toBeGreaterThan(0);
    },
  );

  it('gives every news sentence and corpus passage the same concepts and matters', () => {
    const texts = naturalTexts();
    expect(texts.length).toBeGreaterThan(100);
    for (const text of texts) {
      expect(conceptsOf(text)).toEqual(conceptsOf(text, fresh));
    }
    expect(texts.filter((text) => classifyMatters({ text }).length > 0).length).toBeGreaterThan(50);
  });
});
