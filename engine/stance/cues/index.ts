/** Every language's stance cues, English first (its forms win shared spellings). */
import { AR_STANCE } from './ar';
import { DE_STANCE } from './de';
import { EN_STANCE } from './en';
import { FA_STANCE } from './fa';
import { FR_STANCE } from './fr';
import { RU_STANCE } from './ru';
import { UK_STANCE } from './uk';
import type { StanceCues } from '../types';

export const STANCE_CUES: readonly StanceCues[] = [
  EN_STANCE,
  RU_STANCE,
  UK_STANCE,
  FR_STANCE,
  DE_STANCE,
  FA_STANCE,
  AR_STANCE,
];
