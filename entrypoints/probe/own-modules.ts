/**
 * What the probe asks of its extension, only once a frame's text passed the vocabulary gate:
 * the detector stage for the page's language, whether the extension is active on this site,
 * and the page UI.
 *
 * The extension API is `api` here, never a parameter named `browser`: WXT's import scan does
 * not count a parameter as a declaration, and would import its own `browser`
 * (webextension-polyfill, about 10 kB) into the probe.
 */
import { stageOf } from '../../engine/lexicon/stage-langs';
import { DETECTOR_STAGE_ENTRYPOINTS, PAGE_UI_ENTRYPOINT, scriptOf } from '../../lib/manifest-names';
import { SETTINGS_KEY, isActiveOn, validateActivity } from '../../lib/settings';
import type { FirstReading, StartPageUi } from '../../lib/dom/first-reading';
import type { DetectorStage } from '../probe-detector/stage';
import type { Browser } from './native-browser';

/**
 * Imports one of the extension's own modules into this content script's world and resolves to
 * its default export. A dynamic import from a content script needs no host permission (see
 * `web_accessible_resources` in wxt.config.ts).
 */
async function importOwn<T>(
  api: Browser,
  entrypoint: (typeof DETECTOR_STAGE_ENTRYPOINTS)[number] | typeof PAGE_UI_ENTRYPOINT,
): Promise<T> {
  const url = api.runtime.getURL(`/${scriptOf(entrypoint)}`);
  const module = (await import(/* @vite-ignore */ url)) as { default: T };
  return module.default;
}

/**
 * The detector stage this frame needs (`engine/lexicon/sets.ts`): by the language its
 * document declares, or by Hebrew, Devanagari or Kannada letters in `sample`; else the base
 * stage.
 */
export function loadStage(api: Browser, sample: readonly string[]): Promise<DetectorStage> {
  const stage = stageOf(document.documentElement?.lang ?? '', sample);
  return importOwn(api, DETECTOR_STAGE_ENTRYPOINTS[stage - 1]!);
}

/**
 * Whether the extension runs on `hostname` (not paused, the site not disabled), read through
 * the same validator as every other reader: the probe never stays off on a site the options
 * page does not list. A storage error reads as the defaults, as it does for the page UI.
 */
export async function isActive(api: Browser, hostname: string): Promise<boolean> {
  const stored: Record<string, unknown> = await api.storage.sync
    .get(SETTINGS_KEY)
    .catch(() => ({}));
  return isActiveOn(validateActivity(stored[SETTINGS_KEY]), hostname);
}

/** Imports the page UI and starts it with what the probe read. */
export async function loadPageUi(api: Browser, reading: FirstReading): Promise<void> {
  const start = await importOwn<StartPageUi>(api, PAGE_UI_ENTRYPOINT);
  start(reading);
}
