/**
 * Checks the matter cues of one language on news sentences: each names its matter first, and a
 * word that means something else in news does not bring a matter in.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { classifyMatters } from '../../engine/matters/classify';

export type Topic = 'drones' | 'syria';
/** [topics, sentence, the matter that must come first] */
export type FirstCase = readonly [readonly Topic[], string, string];
/** [topics, sentence, a matter that must not be recognised] */
export type NotCase = readonly [readonly Topic[], string, string];

export const D: readonly Topic[] = ['drones'];
export const S: readonly Topic[] = ['syria'];

const ids = (text: string, topics: readonly Topic[]) =>
  classifyMatters({ text, topics }).map((h) => h.id);

export function describeMatterCues(
  language: string,
  first: readonly FirstCase[],
  not: readonly NotCase[],
): void {
  describe(`matter cues: ${language}`, () => {
    // Compiling every language's cues takes seconds on a busy machine: once, outside the cases.
    beforeAll(() => void classifyMatters({ text: 'warm-up' }), 60_000);
    it.each(first.map(([t, text, id]) => ({ t, text, id })))(
      '$id first: $text',
      ({ t, text, id }) => {
        expect(ids(text, t)[0]).toBe(id);
      },
    );
    it.each(not.map(([t, text, id]) => ({ t, text, id })))('not $id: $text', ({ t, text, id }) => {
      expect(ids(text, t)).not.toContain(id);
    });
  });
}
