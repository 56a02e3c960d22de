/** Matter cues for language 'ru': the words that name each concept (`../concepts.ts`). */
import type { CueLexicon } from './types';

export const RU_CUES: CueLexicon = {
  lang: 'ru',
  cues: [],
};
