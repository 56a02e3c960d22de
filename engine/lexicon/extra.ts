/**
 * The lexicons of the extra detector stages (see `sets.ts`, `stage-langs.ts`), English first
 * in each, split so that each stage stays within its size budget.
 */
import { BG } from './bg';
import { DE } from './de';
import { EN } from './en';
import { ES } from './es';
import { ET } from './et';
import { FR } from './fr';
import { HE } from './he';
import { HI } from './hi';
import { ID } from './id';
import { IT } from './it';
import { KN } from './kn';
import { NL } from './nl';
import { PL } from './pl';
import { PT } from './pt';
import { SK } from './sk';
import { TR } from './tr';
import type { Lexicon } from './types';

/** Italian, Turkish and Dutch. */
export const EXTRA_LEXICONS_2: readonly Lexicon[] = [EN, IT, TR, NL];

/** Estonian, Indonesian and Bulgarian. */
export const EXTRA_LEXICONS_3: readonly Lexicon[] = [EN, ET, ID, BG];

/** French, German, Spanish and Portuguese. */
export const EXTRA_LEXICONS_4: readonly Lexicon[] = [EN, FR, DE, ES, PT];

/** Polish and Slovak. */
export const EXTRA_LEXICONS_5: readonly Lexicon[] = [EN, PL, SK];

/** Hebrew, Hindi and Kannada (also chosen by their letters). */
export const EXTRA_LEXICONS_6: readonly Lexicon[] = [EN, HE, HI, KN];
