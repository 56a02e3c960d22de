/**
 * The one harness of the per-language lexicon tests (`lexicon-<lang>.test.ts`). A sentence
 * must get the same topics from the whole detector (background, panel, CLI) and from the
 * detector stage a page declared in its language loads (`engine/lexicon/stages.ts`), which
 * carries only English and that stage's lexicons.
 */
import { expect, it } from 'vitest';
import { DEFAULT_LEXICONS, detectMentions, detectTopics } from '../../../engine/detect';
import { detectMentions as detectWith } from '../../../engine/detect-core';
import { compileLexicons, lookupWord } from '../../../engine/lexicon/compile';
import { stageOf } from '../../../engine/lexicon/stage-langs';
import { STAGE_LEXICONS } from '../../../engine/lexicon/stages';
import type { Lexicon } from '../../../engine/lexicon/types';
import { TOPICS, type Topic } from '../../../engine/types';

/** A news sentence and the topics a careful editor gives it. */
export type Case = readonly [text: string, topics: readonly Topic[]];

/** Topics of a text read with `lexicons` only. */
function topicsWith(text: string, lexicons: readonly Lexicon[]): Topic[] {
  const found = new Set(detectWith([{ text }], { lexicons }).flatMap((m) => m.topics));
  return TOPICS.filter((t) => found.has(t));
}

/**
 * One test per sentence, with every lexicon and with the detector stage of a page whose
 * `<html lang>` is `lang`.
 */
export function itDetects(lang: string, cases: readonly Case[]): void {
  const stage = STAGE_LEXICONS[stageOf(lang, [])];
  for (const [text, topics] of cases) {
    it(`${topics.join('+') || 'neither'}: ${text}`, () => {
      expect(detectTopics(text)).toEqual(topics);
      expect(topicsWith(text, stage)).toEqual(topics);
    });
  }
}

/** Topics of the LAST block of a document, read after the blocks before it. */
function lastBlockTopics(blocks: readonly string[]): Topic[] {
  const last = blocks.length - 1;
  const found = new Set(
    detectMentions(
      blocks.map((text) => ({ text })),
      { document: true },
    )
      .filter((m) => m.block === last)
      .flatMap((m) => m.topics),
  );
  return TOPICS.filter((t) => found.has(t));
}

/**
 * A sentence that names no topic alone ("both countries deny it") gets `topics` from the
 * sentence before it in the document.
 */
export function itResolvesFromDocument(
  title: string,
  [before, sentence]: readonly [before: string, sentence: string],
  topics: readonly Topic[],
): void {
  it(title, () => {
    expect(detectTopics(sentence)).toEqual([]);
    expect(lastBlockTopics([before, sentence])).toEqual(topics);
  });
}

/**
 * Each word reaches the lexicon term given (undefined: none) through the language's endings.
 * `read` turns a word into what the lexicon looks up (default: as written).
 */
export function itReadsStems(
  title: string,
  stems: ReadonlyArray<readonly [word: string, term: string | undefined]>,
  read: (word: string) => string = (word) => word,
): void {
  it(title, () => {
    const m = compileLexicons(DEFAULT_LEXICONS);
    for (const [word, term] of stems) expect(lookupWord(m, read(word))?.term, word).toBe(term);
  });
}
