/**
 * The probe's detector stage for pages in Estonian, Indonesian or Bulgarian
 * (with English), loaded instead of `entrypoints/probe-detector/` (see
 * `engine/lexicon/sets.ts`), so no stage outgrows the content script's budget.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import data from '../../data/generated/stage-matcher-3.json';
import type { MatcherData } from '../../engine/lexicon/matcher-data';
import { stageWith } from '../probe-detector/stage';

export default defineUnlistedScript({ main: () => stageWith(data as unknown as MatcherData) });
