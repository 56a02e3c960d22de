/**
 * The probe's second stage: the topic detector, imported by the always-on probe
 * (`entrypoints/probe/`) only when its vocabulary gate passed some text of a frame. A page
 * whose text the gate rejects (most pages) never loads it, so the script that runs on every
 * page stays a few kilobytes: 21.4 kB with the detector inside, parsed and evaluated on every
 * page, against the size printed by `npm run bench:browser` now.
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
