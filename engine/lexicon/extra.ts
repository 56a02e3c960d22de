/**
 * The lexicons of the three extra detector stages (see `sets.ts`), English first in each, split
 * so that each stage stays within the content script's size budget.
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
import { KN } from './kn';
import { IT } from './it';
import { NL } from './nl';
import { PL } from './pl';
import { PT } from './pt';
import { SK } from './sk';
import { TR } from './tr';
import type { Lexicon } from './types';

/** Italian, Polish, Slovak, Turkish and Dutch. */
export const EXTRA_LEXICONS_2: readonly Lexicon[] = [EN, IT, PL, SK, TR, NL];

/** Estonian, Indonesian, Bulgarian, Hebrew, Hindi and Kannada. */
export const EXTRA_LEXICONS_3: readonly Lexicon[] = [EN, ET, ID, BG, HE, HI, KN];

/** French, German, Spanish and Portuguese. */
export const EXTRA_LEXICONS_4: readonly Lexicon[] = [EN, FR, DE, ES, PT];
