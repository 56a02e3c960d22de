/**
 * The probe's second stage: the topic detector, imported by the always-on probe
 * (`entrypoints/probe/`) only when its vocabulary gate passed some text of a frame. A page
 * whose text the gate rejects (most pages) never loads it, so the script that runs on every
 * page stays small (sizes as `npm run bench:browser` prints them).
 *
 * It carries the base lexicons (`engine/lexicon/sets.ts`), compiled at build time
 * (`engine/lexicon/stage-matchers.ts`); pages in the other languages get
 * one of the extra stages (`probe-detector-2` to `-6`) instead. Built as ES modules
 * (wxt.config.ts), so `import()` hands the probe the stage.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import data from '../../data/generated/stage-matcher-1.json';
import type { MatcherData } from '../../engine/lexicon/matcher-data';
import { stageWith } from './stage';

export default defineUnlistedScript({ main: () => stageWith(data as unknown as MatcherData) });
