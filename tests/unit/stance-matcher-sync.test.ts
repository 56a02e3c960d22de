/**
 * The stance rules read their cue matcher from `data/generated/stance-matcher.json`, compiled at
 * build time from the stance cues. These tests fail while that file is stale (run `npm run
 * cues:build`) and check that it reads every cue word, and gives every labelled sentence and
 * corpus passage the same framing, as a fresh compile of the stance cues does.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpus } from '../../data/corpus';
import { stanceOf } from '../../engine/stance';
import { compileStanceCues, stanceMatcherData } from '../../engine/stance/compile-cues';
import { STANCE_CUES } from '../../engine/stance/cues';
import { stanceMatcherFromData, type StanceMatcherData } from '../../engine/stance/match';
import { readWords } from '../../engine/stance/tokens';

const FILE = resolve(import.meta.dirname, '../../data/generated/stance-matcher.json');
const fresh = compileStanceCues();

/** Texts of at most `max` characters made of `words`. */
function chunks(words: readonly string[], max = 1000): string[] {
  const out: string[] = [];
  let text = '';
  for (const w of words) {
    if (text && text.length + w.length + 2 > max) {
      out.push(text);
      text = '';
    }
    text += `${w}, `;
  }
  if (text) out.push(text);
  return out;
}

/**
 * Every cue form a language listed first, as written, capitalized, through two of its
 * inflection rules and behind one of its clitic prefixes: the words each lookup path reads.
 */
function languageWords(index: number): string[] {
  const own = 2 ** index;
  const { forms, owners, suffixes, prefixes } = fresh.matcher;
  const rules = [...suffixes.values()].flat().filter(([, , bits]) => bits & own);
  const clitics = [...prefixes.values()].flat().filter(([, , bits]) => bits & own);
  const words: string[] = [];
  let n = 0;
  for (const key of forms.keys()) {
    if (!((owners.get(key) ?? 0) & own)) continue;
    n++;
    words.push(key, key.charAt(0).toUpperCase() + key.slice(1));
    for (const rule of [rules[n % (rules.length || 1)], rules[(n * 7 + 3) % (rules.length || 1)]]) {
      const [suffix = '', replacement = ''] = rule ?? [];
      if (suffix && key.endsWith(replacement)) {
        words.push(key.slice(0, key.length - replacement.length) + suffix);
      }
    }
    const [prefix = '', replacement = ''] = clitics[n % (clitics.length || 1)] ?? [];
    if (prefix && key.startsWith(replacement)) words.push(prefix + key.slice(replacement.length));
  }
  return words;
}

/** The labelled stance sentences, the detection fixtures' sentences and the corpus passages. */
function naturalTexts(): string[] {
  const root = resolve(import.meta.dirname, '../fixtures');
  const lines = (file: string) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => (JSON.parse(line) as { text: string }).text);
  const detection = resolve(root, 'detection');
  return [
    ...lines(resolve(root, 'stance/dev.jsonl')),
    ...readdirSync(detection)
      .filter((f) => f.endsWith('.jsonl'))
      .flatMap((f) => lines(resolve(detection, f))),
    ...corpus.passages.map((p) => p.text),
  ];
}

describe('generated stance matcher', () => {
  it('is current (else run `npm run cues:build`)', () => {
    expect(readFileSync(FILE, 'utf8')).toBe(`${JSON.stringify(stanceMatcherData(fresh))}\n`);
  });

  it('reads back into the tables and rows a fresh compile of the stance cues builds', () => {
    const data = JSON.parse(readFileSync(FILE, 'utf8')) as StanceMatcherData;
    const read = stanceMatcherFromData(data);
    expect(read.matcher).toEqual(fresh.matcher);
    expect([...read.matcher.forms.keys()]).toEqual([...fresh.matcher.forms.keys()]);
    expect(read.rows).toEqual(fresh.rows);
  });

  it("stores the rows' languages whatever their order", () => {
    const mixed = {
      matcher: fresh.matcher,
      rows: [
        { kinds: 1, lang: 'en', order: 'before' as const },
        { kinds: 2, lang: 'ar', order: 'after' as const },
        { kinds: 3, lang: 'en', order: 'before' as const },
      ],
    };
    const back = stanceMatcherFromData(JSON.parse(JSON.stringify(stanceMatcherData(mixed))));
    expect(back.rows).toEqual(mixed.rows);
  });

  it.each(STANCE_CUES.map((set, i) => [set.lang, i] as const))(
    'reads the cues a fresh compile reads in %s cue words, inflected and prefixed',
    (_lang, index) => {
      let found = 0;
      for (const text of chunks(languageWords(index))) {
        const got = readWords(text);
        const want = readWords(text, fresh);
        expect(got.cues).toEqual(want.cues);
        expect(got.kinds).toEqual(want.kinds);
        found += got.cues.length;
      }
      expect(found).toBeGreaterThan(100);
    },
  );

  it('gives every labelled sentence, news sentence and corpus passage the same framing', () => {
    const texts = naturalTexts();
    expect(texts.length).toBeGreaterThan(300);
    const stances = new Set<string>();
    for (const text of texts) {
      const got = stanceOf(text);
      expect(got).toEqual(stanceOf(text, fresh));
      if (got.stance) stances.add(got.stance);
    }
    expect(stances).toEqual(new Set(['asserted', 'attributed', 'denied', 'hedged']));
  });
});
