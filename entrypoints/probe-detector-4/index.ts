/**
 * The probe's detector stage for pages in French, German, Spanish or Portuguese (with
 * English), loaded instead of `entrypoints/probe-detector/` (see `engine/lexicon/sets.ts`),
 * so no stage outgrows the content script's budget.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { EXTRA_LEXICONS_4 } from '../../engine/lexicon/extra';
import { stageWith } from '../probe-detector/stage';

export default defineUnlistedScript({ main: () => stageWith(EXTRA_LEXICONS_4) });
