/**
 * The names the manifest (`wxt.config.ts`) and the extension's code must agree on: the
 * entrypoints and `public/` files it declares or makes web-accessible, and the keyboard
 * command. Imports nothing, so the build config and the smallest script can both use it;
 * `tests/unit/manifest-names.test.ts` checks each name against the files it stands for.
 */

/** The always-on content script (`entrypoints/probe/`). */
export const PROBE_ENTRYPOINT = 'probe';

/** The page UI (`entrypoints/page-ui/`), imported by the probe once a frame has a mention. */
export const PAGE_UI_ENTRYPOINT = 'page-ui';

/**
 * The probe's detector stages (`entrypoints/probe-detector*`), stage 1 first: the base
 * lexicons, then the extra stages of `engine/lexicon/stages.ts`.
 */
export const DETECTOR_STAGE_ENTRYPOINTS = [
  'probe-detector',
  'probe-detector-2',
  'probe-detector-3',
  'probe-detector-4',
  'probe-detector-5',
  'probe-detector-6',
] as const;

/** An empty script declared at document_start (`public/`; wxt.config.ts says why). */
export const WORLD_AT_START_FILE = 'world-at-start.js';

/** The default highlight colours, injected with the probe (`public/`). */
export const HIGHLIGHTS_CSS_FILE = 'highlights.css';

/** The manifest command that opens the popover for the mention nearest the caret. */
export const OPEN_POPOVER_COMMAND = 'open-popover';

/** The file WXT builds an entrypoint into, at the root of the extension. */
export function scriptOf<E extends string>(entrypoint: E): `${E}.js` {
  return `${entrypoint}.js`;
}
