/**
 * Each detector stage reads its lexicons from `data/generated/stage-matcher-<stage>.json`,
 * compiled at build time. These tests fail while a file is stale (run `npm run gate:build`) and
 * check that the tables read back are the ones a fresh compile builds, and that a reader over
 * them finds what a reader over a fresh compile finds: in every fixture and eval file's texts
 * (read alone and as one document) and in every form of the stage's lexicons, inflected and
 * behind a clitic prefix.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpus } from '../../data/corpus';
import { createDocumentReader, type DetectOptions } from '../../engine/detect-core';
import { compileLexicons } from '../../engine/lexicon/compile';
import { matcherFromData, type MatcherData } from '../../engine/lexicon/matcher-data';
import type { Stage } from '../../engine/lexicon/stage-langs';
import { stageMatcherData, stageMatcherFile } from '../../engine/lexicon/stage-matchers';
import { STAGE_LEXICONS } from '../../engine/lexicon/stages';
import type { Lexicon } from '../../engine/lexicon/types';
import type { Mention } from '../../engine/types';

const ROOT = resolve(import.meta.dirname, '../..');
const STAGES = Object.keys(STAGE_LEXICONS).map(Number) as Stage[];

const read = (stage: Stage): MatcherData =>
  JSON.parse(readFileSync(resolve(ROOT, stageMatcherFile(stage)), 'utf8')) as MatcherData;

/** The `text` of every line of the working fixture and eval files (the frozen ones stay unread). */
function fixtureTexts(): string[] {
  const files = ['tests/fixtures/detection', 'tests/fixtures/work', 'tests/fixtures/stance']
    .flatMap((dir) =>
      readdirSync(resolve(ROOT, dir))
        .filter((f) => f.endsWith('.jsonl'))
        .map((f) => resolve(ROOT, dir, f)),
    )
    .concat(
      [resolve(ROOT, '../shared/eval/dev.jsonl'), resolve(ROOT, 'tests/fixtures/cli/batch.jsonl')]
        // The shared eval set sits beside the repository, where there is one.
        .filter((f) => existsSync(f)),
    );
  const texts: string[] = [];
  for (const file of files) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      try {
        const text = (JSON.parse(line) as { text?: unknown }).text;
        if (typeof text === 'string') texts.push(text);
      } catch {
        // Not a JSON line (blank, or the CLI fixture's deliberate errors).
      }
    }
  }
  return texts;
}

/**
 * Every form of `lexicons` as written, capitalized, through two of its lexicon's inflection
 * rules and behind one of its clitic prefixes: each lookup path of the matcher.
 */
function lexiconWords(lexicons: readonly Lexicon[]): string[] {
  const words: string[] = [];
  let n = 0;
  for (const lex of lexicons) {
    const rules = (lex.suffixes ?? '').split(';').filter(Boolean);
    const prefixes = (lex.prefixes ?? '').split(';').filter(Boolean);
    for (const [, list] of lex.terms) {
      for (const form of list.split(/[|;]/)) {
        n++;
        words.push(form, form.charAt(0).toUpperCase() + form.slice(1));
        for (const rule of [
          rules[n % (rules.length || 1)],
          rules[(n * 7 + 3) % (rules.length || 1)],
        ]) {
          const [suffix = '', replacement = ''] = (rule ?? '').split('>');
          if (suffix && form.endsWith(replacement)) {
            words.push(form.slice(0, form.length - replacement.length) + suffix);
          }
        }
        const [prefix = '', replacement = ''] = (prefixes[n % (prefixes.length || 1)] ?? '').split(
          '>',
        );
        if (prefix && form.startsWith(replacement))
          words.push(prefix + form.slice(replacement.length));
      }
    }
  }
  return words;
}

/** Sentences of lexicon words, a few to a sentence, so that forms meet as they do in text. */
function wordSentences(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i += 6) out.push(`${words.slice(i, i + 6).join(' ')}.`);
  return out;
}

/** What a reader finds in `texts`, each alone and all as one document. */
function findings(texts: readonly string[], lexicons: DetectOptions['lexicons']): Mention[][] {
  const alone = texts.map((text) => createDocumentReader({ lexicons, headline: '' }).read(text));
  const document = createDocumentReader({ lexicons });
  return [...alone, texts.flatMap((text, i) => document.read(text, i))];
}

describe('generated stage matchers', () => {
  it.each(STAGES)('stage %i is current (else run `npm run gate:build`)', (stage) => {
    expect(readFileSync(resolve(ROOT, stageMatcherFile(stage)), 'utf8')).toBe(
      `${JSON.stringify(stageMatcherData(stage))}\n`,
    );
  });

  it.each(STAGES)('stage %i reads back into the tables a fresh compile builds', (stage) => {
    const fresh = compileLexicons(STAGE_LEXICONS[stage]);
    const tables = matcherFromData(read(stage));
    expect(tables).toEqual(fresh);
    expect([...tables.forms.keys()]).toEqual([...fresh.forms.keys()]);
  });

  it.each(STAGES)(
    'stage %i finds what a fresh compile finds in the fixture and eval texts and its forms',
    (stage) => {
      const lexicons = STAGE_LEXICONS[stage];
      const tables = matcherFromData(read(stage));
      const texts = [...fixtureTexts(), ...corpus.passages.map((p) => p.text)];
      expect(texts.length).toBeGreaterThan(300);
      const words = wordSentences(lexiconWords(lexicons));
      const found = findings([...texts, ...words], tables);
      // Compared as a count first, so a failure does not print the texts.
      const fresh = findings([...texts, ...words], lexicons);
      const differing = found.filter((m, i) => JSON.stringify(m) !== JSON.stringify(fresh[i]));
      expect(differing.length).toBe(0);
      expect(found.flat().length).toBeGreaterThan(100);
    },
  );
});
