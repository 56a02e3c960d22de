/** The data type of a language's matter cues (see `engine/matters/concepts.ts`). */
import type { Concept } from '../concepts';

/**
 * Words of one language that name the concepts matters are made of. Forms are written and
 * matched exactly like a detection lexicon's (`engine/lexicon/types.ts`): `;` separates terms,
 * `|` a term's forms, words are tokenized like page text, and the detection lexicon's
 * inflection rules of the same language apply, so stems and endings cover inflected forms.
 * A form keeps its first row.
 */
export interface CueLexicon {
  lang: string;
  cues: readonly (readonly [Concept | readonly Concept[], string])[];
}
