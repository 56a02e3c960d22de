/**
 * The probe's second stage: the topic detector, imported by the always-on probe
 * (`entrypoints/probe/`) only when its vocabulary gate passed some text of a frame. A page
 * whose text the gate rejects (most pages) never loads it, so the script that runs on every
 * page stays small: 5.5 kB, where it was 23.6 kB with the detector inside (this stage is
 * 16.4 kB; sizes as `npm run bench:browser` prints them).
 *
 * Built as an ES module (wxt.config.ts), so `import()` hands the probe this function.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { detectMentions } from '../../engine/detect';

/** Whether any of these text blocks holds a topic mention. */
export type HasMention = (blocks: readonly string[]) => boolean;

const hasMention: HasMention = (blocks) =>
  detectMentions(blocks.map((text) => ({ text }))).length > 0;

export default defineUnlistedScript({ main: () => hasMention });
