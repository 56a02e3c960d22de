/**
 * Topic detection with every lexicon unless told otherwise: what the background, the panel,
 * the CLI and the evaluations use, and the page UI with its stage's lexicons. The probe's
 * detector stages use `detect-core.ts` with the lexicons they ship
 * (`engine/lexicon/sets.ts`, `extra.ts`).
 */
import * as core from './detect-core';
import {
  EXTRA_LEXICONS_2,
  EXTRA_LEXICONS_3,
  EXTRA_LEXICONS_4,
  EXTRA_LEXICONS_5,
  EXTRA_LEXICONS_6,
} from './lexicon/extra';
import { BASE_LEXICONS } from './lexicon/sets';
import type { Lexicon } from './lexicon/types';
import type { Mention, TextBlock, Topic } from './types';

export type { DocumentReader, ReaderState, TextGate } from './detect-core';
export { sameReaderState } from './detect-core';

/**
 * Every lexicon, English first (its forms win shared spellings), then the rest in the order
 * that decides which of two lexicons sharing a Latin spelling wins.
 */
export const DEFAULT_LEXICONS: readonly Lexicon[] = [
  ...BASE_LEXICONS,
  ...EXTRA_LEXICONS_4.slice(1),
  ...EXTRA_LEXICONS_2.slice(1),
  ...EXTRA_LEXICONS_5.slice(1),
  ...EXTRA_LEXICONS_3.slice(1),
  ...EXTRA_LEXICONS_6.slice(1),
];

/** Options for detection; lexicons default to `DEFAULT_LEXICONS`. */
export type DetectOptions = Partial<core.DetectOptions>;

const withDefaults = <T extends DetectOptions>(options: T) => ({
  ...options,
  lexicons: options.lexicons ?? DEFAULT_LEXICONS,
});

/** See `detect-core.ts`: mentions of text blocks, each alone or (`document`) as one document. */
export function detectMentions(
  blocks: readonly TextBlock[],
  options: DetectOptions & { document?: boolean } = {},
): Mention[] {
  const withLexicons = withDefaults(options);
  return options.document
    ? core.detectDocument(blocks, withLexicons)
    : core.detectMentions(blocks, withLexicons);
}

/** See `detect-core.ts`: reads a document block by block. */
export function createDocumentReader(
  options: Omit<core.ReaderOptions, 'lexicons'> & DetectOptions = {},
): core.DocumentReader {
  return core.createDocumentReader(withDefaults(options));
}

/** Topics of a standalone text (e.g. a corpus passage or an eval line), in `TOPICS` order. */
export function detectTopics(text: string, options: DetectOptions = {}): Topic[] {
  return core.detectTopics(text, withDefaults(options));
}
