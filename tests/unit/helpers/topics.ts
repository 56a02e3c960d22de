/**
 * The one check of the detection class tests (`detect-classes*.test.ts`): each sentence must get
 * exactly the topics a careful editor gives it from the whole detector.
 */
import { expect } from 'vitest';
import { detectTopics } from '../../../engine/detect';

/** A news sentence and the topics it must get. */
export type Case = [text: string, topics: string[]];

/** Asserts the topics of every case, naming the sentence that fails. */
export const check = (cases: Case[]): void => {
  for (const [text, topics] of cases) expect(detectTopics(text), text).toEqual(topics);
};
