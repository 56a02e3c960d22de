/**
 * The lexicons of each detector stage (`stageOf` in `stage-langs.ts`), for the page UI, which
 * reads a page with the same lexicons as the probe's stage did. A module of its own, so a
 * detector stage never bundles the other stages' lexicons.
 */
import {
  EXTRA_LEXICONS_2,
  EXTRA_LEXICONS_3,
  EXTRA_LEXICONS_4,
  EXTRA_LEXICONS_5,
  EXTRA_LEXICONS_6,
} from './extra';
import { BASE_LEXICONS } from './sets';
import type { Stage } from './stage-langs';
import type { Lexicon } from './types';

export const STAGE_LEXICONS: Readonly<Record<Stage, readonly Lexicon[]>> = {
  1: BASE_LEXICONS,
  2: EXTRA_LEXICONS_2,
  3: EXTRA_LEXICONS_3,
  4: EXTRA_LEXICONS_4,
  5: EXTRA_LEXICONS_5,
  6: EXTRA_LEXICONS_6,
};
