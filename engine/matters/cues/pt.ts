/** Matter cues for language 'pt': the words that name each concept (`../concepts.ts`). */
import type { CueLexicon } from './types';

export const PT_CUES: CueLexicon = {
  lang: 'pt',
  cues: [],
};
