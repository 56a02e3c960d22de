/** Matter cues for language 'ar': the words that name each concept (`../concepts.ts`). */
import type { CueLexicon } from './types';

export const AR_CUES: CueLexicon = {
  lang: 'ar',
  cues: [],
};
