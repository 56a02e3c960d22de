/**
 * The probe's detector stage for pages in Polish or Slovak (with English), loaded instead of
 * `entrypoints/probe-detector/` (see `engine/lexicon/stage-langs.ts`).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { EXTRA_LEXICONS_5 } from '../../engine/lexicon/extra';
import { hasMentionWith } from '../probe-detector/has-mention';

export default defineUnlistedScript({ main: () => hasMentionWith(EXTRA_LEXICONS_5) });
