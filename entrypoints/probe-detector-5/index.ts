/**
 * The probe's detector stage for pages in Polish or Slovak (with English), loaded instead of
 * `entrypoints/probe-detector/` (see `engine/lexicon/stage-langs.ts`).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import data from '../../data/generated/stage-matcher-5.json';
import type { MatcherData } from '../../engine/lexicon/matcher-data';
import { stageWith } from '../probe-detector/stage';

export default defineUnlistedScript({ main: () => stageWith(data as unknown as MatcherData) });
