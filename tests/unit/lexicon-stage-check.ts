/**
 * Shared checks for the per-language lexicon tests (`lexicon-<lang>.test.ts`): a sentence must
 * get the same topics from the whole detector (background, panel, CLI) and from the detector
 * stage a page declared in its language loads (`engine/lexicon/extra.ts`), which carries only
 * English and that stage's lexicons.
 */
import { expect, it } from 'vitest';
import { detectMentions, detectTopics } from '../../engine/detect';
import { detectMentions as detectWith } from '../../engine/detect-core';
import type { Lexicon } from '../../engine/lexicon/types';
import { TOPICS, type Topic } from '../../engine/types';

/** A news sentence and the topics a careful editor gives it. */
export type Case = readonly [text: string, topics: readonly Topic[]];

/** Topics of a text read with `lexicons` only. */
export function topicsWith(text: string, lexicons: readonly Lexicon[]): Topic[] {
  const found = new Set(detectWith([{ text }], { lexicons }).flatMap((m) => m.topics));
  return TOPICS.filter((t) => found.has(t));
}

/** One test per sentence, with every lexicon and with the page's detector stage. */
export function itDetects(cases: readonly Case[], stage: readonly Lexicon[]): void {
  for (const [text, topics] of cases) {
    it(`${topics.join('+') || 'neither'}: ${text}`, () => {
      expect(detectTopics(text)).toEqual(topics);
      expect(topicsWith(text, stage)).toEqual(topics);
    });
  }
}

/** Topics of the LAST block of a document, read after the blocks before it. */
export function lastBlockTopics(blocks: readonly string[]): Topic[] {
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
