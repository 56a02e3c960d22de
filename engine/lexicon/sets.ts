/**
 * Which lexicons ship where. The probe's detector stage (every page whose text passes the
 * vocabulary gate) carries the base set, within the content script's size budget; a page in
 * one of the other languages loads instead one of the three extra stages (`extra.ts`), each
 * within the same budget. The page UI reads a page with its stage's lexicons (`stages.ts`);
 * the background, the panel and the CLI use all of them (`engine/detect.ts`). English comes
 * first in each: its
 * forms win shared spellings, and the other lexicons rely on them ("iran", "drone", "shahed").
 */
import { AR } from './ar';
import { EN } from './en';
import { FA } from './fa';
import { RU } from './ru';
import { UK } from './uk';
import type { Lexicon } from './types';

/** English and the languages of the base detector stage. */
export const BASE_LEXICONS: readonly Lexicon[] = [EN, RU, UK, FA, AR];
