/**
 * The context gate (`engine/context-gate.ts`): a block it rejects is one the reader, with a
 * context in force, would analyse to nothing. It must never reject a block the analysis reads
 * (a lost mention), in any language, spelling, inflection or clitic; and it spares the reader
 * the blocks of a page that cannot use the context.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpus } from '../../data/corpus';
import { contextGate } from '../../engine/context-gate';
import { analyzeBlock } from '../../engine/detect-block';
import { DEFAULT_LEXICONS } from '../../engine/detect';
import { createDocumentReader } from '../../engine/detect-core';
import { compileLexicons, type Matcher } from '../../engine/lexicon/compile';
import type { Stage } from '../../engine/lexicon/stage-langs';
import { STAGE_LEXICONS } from '../../engine/lexicon/stages';
import type { Lexicon } from '../../engine/lexicon/types';

const ROOT = resolve(import.meta.dirname, '../..');

/** The `text` of every line of the working fixture files (the frozen ones stay unread). */
function fixtureTexts(): string[] {
  const texts: string[] = [];
  for (const dir of ['tests/fixtures/detection', 'tests/fixtures/work', 'tests/fixtures/stance']) {
    for (const file of readdirSync(resolve(ROOT, dir)).filter((f) => f.endsWith('.jsonl'))) {
      for (const line of readFileSync(resolve(ROOT, dir, file), 'utf8').split('\n')) {
        if (line.trim()) texts.push((JSON.parse(line) as { text: string }).text);
      }
    }
  }
  return texts;
}

/**
 * Every form of `lexicons` as written, capitalized, upper-cased, through each inflection rule
 * that fits it and behind each clitic prefix: the spellings the analysis finds terms in.
 */
function spellings(lexicons: readonly Lexicon[]): string[] {
  const out: string[] = [];
  for (const lex of lexicons) {
    const rules = (lex.suffixes ?? '').split(';').filter(Boolean);
    const prefixes = (lex.prefixes ?? '').split(';').filter(Boolean);
    for (const [, list] of lex.terms) {
      for (const form of list.split(/[|;]/)) {
        out.push(form, form.charAt(0).toUpperCase() + form.slice(1), form.toUpperCase());
        const inflected = [form];
        for (const rule of rules) {
          const [suffix = '', replacement = ''] = rule.split('>');
          if (suffix && form.endsWith(replacement)) {
            inflected.push(form.slice(0, form.length - replacement.length) + suffix);
          }
        }
        out.push(...inflected);
        for (const rule of prefixes) {
          const [prefix = '', replacement = ''] = rule.split('>');
          for (const word of inflected) {
            if (prefix && word.startsWith(replacement)) {
              out.push(prefix + word.slice(replacement.length));
            }
          }
        }
      }
    }
  }
  return out;
}

/** The texts a gate must judge as the analysis does: natural text and every spelling alone. */
function judged(lexicons: readonly Lexicon[]): string[] {
  return [
    ...fixtureTexts(),
    ...corpus.passages.map((p) => p.text),
    ...spellings(lexicons).map((w) => `Officials said ${w} was discussed.`),
  ];
}

/** How many texts the gate rejects that the analysis, with a context in force, reads. */
function lost(m: Matcher, texts: readonly string[]): { lost: number; rejected: number } {
  const gate = contextGate(m);
  let lostCount = 0;
  let rejected = 0;
  for (const text of texts) {
    if (gate.test(text)) continue;
    rejected++;
    if (analyzeBlock(text, m, true) !== null) lostCount++;
  }
  return { lost: lostCount, rejected };
}

describe('context gate', () => {
  it.each(Object.keys(STAGE_LEXICONS).map(Number) as Stage[])(
    'rejects no text the analysis reads with a context, with the lexicons of stage %i',
    (stage) => {
      const lexicons = STAGE_LEXICONS[stage];
      // Counted, not listed: a failure does not print the texts.
      const { lost: n, rejected } = lost(compileLexicons(lexicons), judged(lexicons));
      expect(n).toBe(0);
      expect(rejected).toBeGreaterThan(0);
    },
  );

  it('rejects no text the analysis reads with a context, with every lexicon', () => {
    const { lost: n } = lost(compileLexicons(DEFAULT_LEXICONS), judged(DEFAULT_LEXICONS));
    expect(n).toBe(0);
  });

  it('passes text whose words the tokenizer rejoins or folds', () => {
    const gate = contextGate(compileLexicons(DEFAULT_LEXICONS));
    for (const text of [
      'The dro\u00adnes arrived.',
      'The Sha-\nhed was seen.',
      'The drоnes arrived.', // Cyrillic о
      'وصلت المسيّرات',
      'The Kremlin said so.',
      'המל"טים הגיעו', // a Hebrew acronym typed with an ASCII quote
    ]) {
      expect(gate.test(text)).toBe(true);
    }
    expect(gate.test('The council met to discuss the library budget.')).toBe(false);
  });

  it('spares a reader with a context in force the blocks that cannot use it', () => {
    const m = compileLexicons(STAGE_LEXICONS[1]);
    const reader = createDocumentReader({ lexicons: m, headline: '' });
    // The first block tells the drones topic: a context is in force for the next ones.
    expect(
      reader.read('Iran has supplied Russia with hundreds of Shahed-136 drones for its war.'),
    ).toHaveLength(1);
    expect(reader.quiet()).toBe(false);
    let lookups = 0;
    const counted = m.owners;
    m.owners = new (class extends Map<string, number> {
      override get(key: string) {
        lookups++;
        return super.get(key);
      }
    })(counted);
    try {
      const filler = 'The council met on Monday to discuss the library budget and the new roads.';
      expect(reader.read(filler)).toEqual([]);
      expect(lookups).toBe(0);
      // A block that can use the context is still read: the drones spoken of again.
      expect(reader.read('The drones were delivered by sea.')).toHaveLength(1);
      expect(lookups).toBeGreaterThan(0);
    } finally {
      m.owners = counted;
    }
  });
});
