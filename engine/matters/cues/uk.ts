/** Matter cues for language 'uk': the words that name each concept (`../concepts.ts`). */
import type { CueLexicon } from './types';

export const UK_CUES: CueLexicon = {
  lang: 'uk',
  cues: [],
};
