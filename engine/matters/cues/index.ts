/** Every language's matter cues, in one list (English first: its forms win shared spellings). */
import { AR_CUES } from './ar';
import { DE_CUES } from './de';
import { EN_CUES } from './en';
import { ES_CUES } from './es';
import { FA_CUES } from './fa';
import { FR_CUES } from './fr';
import { PT_CUES } from './pt';
import { RU_CUES } from './ru';
import { UK_CUES } from './uk';
import { IT_CUES } from './it';
import { PL_CUES } from './pl';
import { SK_CUES } from './sk';
import { ET_CUES } from './et';
import { TR_CUES } from './tr';
import { ID_CUES } from './id';
import { NL_CUES } from './nl';
import { BG_CUES } from './bg';
import { HE_CUES } from './he';
import { HI_CUES } from './hi';
import { KN_CUES } from './kn';
import type { CueLexicon } from './types';

export const CUE_LEXICONS: readonly CueLexicon[] = [
  EN_CUES,
  RU_CUES,
  UK_CUES,
  FR_CUES,
  DE_CUES,
  ES_CUES,
  FA_CUES,
  AR_CUES,
  PT_CUES,
  IT_CUES,
  PL_CUES,
  SK_CUES,
  ET_CUES,
  TR_CUES,
  ID_CUES,
  NL_CUES,
  BG_CUES,
  HE_CUES,
  HI_CUES,
  KN_CUES,
];
