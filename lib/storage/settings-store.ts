/**
 * Settings persisted in `storage.sync` through WXT's storage. Reads always pass through
 * `validateSettings`, so a corrupt stored value degrades field by field instead of breaking
 * the extension; writes merge into the validated current value and never drop other fields.
 * The site list changes only through the functions below, which refuse a site that does not
 * fit in the item rather than let the validator cut it. Every write may reject: storage.sync
 * refuses writes over its quotas (bytes, writes per minute and per hour).
 */
import { storage } from 'wxt/utils/storage';
import {
  type Settings,
  type SettingsPatch,
  DEFAULT_SETTINGS,
  SETTINGS_KEY,
  applyPatch,
  parseHostname,
  siteListFits,
  validateSettings,
} from '../settings';

/** The one stored item. Typed `unknown`: whatever is in storage is untrusted until validated. */
const item = storage.defineItem<unknown>(`sync:${SETTINGS_KEY}`, { fallback: DEFAULT_SETTINGS });

/** The current settings, valid whatever is stored (storage errors give the defaults). */
export async function getSettings(): Promise<Settings> {
  try {
    return validateSettings(await item.getValue());
  } catch {
    return validateSettings(undefined);
  }
}

/**
 * Changes some settings (not the site list) and keeps the others; invalid patch fields are
 * ignored. Resolves to the settings now stored. Rejects when storage refuses the write.
 */
export function updateSettings(patch: Omit<SettingsPatch, 'disabledSites'>): Promise<Settings> {
  return serial(() => write(patch));
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs read-modify-write changes one after another: two made at once (two switches flipped
 * quickly) would otherwise both read the same value, and the second write would undo the first.
 */
function serial<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

async function write(patch: SettingsPatch): Promise<Settings> {
  const next = applyPatch(await getSettings(), patch);
  await item.setValue(next);
  return next;
}

/** Puts every setting back to its default. */
export function resetSettings(): Promise<Settings> {
  return serial(async () => {
    const defaults = validateSettings(undefined);
    await item.setValue(defaults);
    return defaults;
  });
}

/** Result of adding a site to the disabled list. */
export type AddSiteResult =
  | { ok: true; hostname: string; settings: Settings }
  | { ok: false; reason: 'invalid' | 'duplicate' | 'full' };

/** Turns the extension off on a hostname (typed or pasted as a URL), validated. */
export function addDisabledSite(input: string): Promise<AddSiteResult> {
  const hostname = parseHostname(input);
  if (!hostname) return Promise.resolve({ ok: false, reason: 'invalid' });
  return serial(async (): Promise<AddSiteResult> => {
    const current = await getSettings();
    if (current.disabledSites.includes(hostname)) return { ok: false, reason: 'duplicate' };
    const disabledSites = [...current.disabledSites, hostname];
    if (!siteListFits(disabledSites)) return { ok: false, reason: 'full' };
    const settings = await write({ disabledSites });
    return { ok: true, hostname, settings };
  });
}

/** Turns the extension back on for a hostname on the list. */
export function removeDisabledSite(hostname: string): Promise<Settings> {
  return serial(async () => {
    const current = await getSettings();
    return write({ disabledSites: current.disabledSites.filter((s) => s !== hostname) });
  });
}

/** Result of the popup's per-site switch: refused when the site list has no room. */
export type SiteSwitchResult = { ok: true; settings: Settings } | { ok: false; reason: 'full' };

/**
 * Turns the extension on or off for a page's hostname (the popup switch). Turning it on also
 * removes any parent domain on the list that covers this hostname, so the switch always works.
 */
export function setSiteEnabled(hostname: string, enabled: boolean): Promise<SiteSwitchResult> {
  const host = parseHostname(hostname);
  return serial(async (): Promise<SiteSwitchResult> => {
    const current = await getSettings();
    if (!host) return { ok: true, settings: current };
    const disabledSites = enabled
      ? current.disabledSites.filter((s) => s !== host && !host.endsWith(`.${s}`))
      : [...current.disabledSites.filter((s) => s !== host), host];
    if (!siteListFits(disabledSites)) return { ok: false, reason: 'full' };
    return { ok: true, settings: await write({ disabledSites }) };
  });
}

/** Calls `onChange` with validated settings whenever they change; returns the unsubscribe. */
export function watchSettings(onChange: (s: Settings) => void): () => void {
  return item.watch((v) => onChange(validateSettings(v)));
}
