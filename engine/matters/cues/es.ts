/** Matter cues for language 'es': the words that name each concept (`../concepts.ts`). */
import type { CueLexicon } from './types';

export const ES_CUES: CueLexicon = {
  lang: 'es',
  cues: [],
};
