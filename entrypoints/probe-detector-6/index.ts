/**
 * The probe's detector stage for pages in Hebrew, Hindi or Kannada (with English), chosen by
 * the page's language or by its letters, loaded instead of `entrypoints/probe-detector/` (see
 * `engine/lexicon/stage-langs.ts`).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { EXTRA_LEXICONS_6 } from '../../engine/lexicon/extra';
import { stageWith } from '../probe-detector/stage';

export default defineUnlistedScript({ main: () => stageWith(EXTRA_LEXICONS_6) });
