/**
 * User settings: the schema, defaults and the one validator every reader uses (the probe, the
 * page UI, the popup and the options page), so whatever one of them sees, the others see too.
 * Pure and small: the probe bundles it. Storage access lives in `lib/storage/settings-store.ts`
 * (WXT storage, `sync:` area); the probe reads the same item through `validateActivity`.
 *
 * Rule: a missing, old or corrupt stored value never breaks the extension and never wipes
 * the other settings — each field is validated on its own and falls back to its default.
 */
import type { Topic } from '../engine/types';

export type HighlightStyle = 'background' | 'underline';

export interface Settings {
  /** Schema version, for migrations. */
  version: 1;
  /** Pause on every site. */
  paused: boolean;
  topics: Record<Topic, boolean>;
  highlightStyle: HighlightStyle;
  /** Highlight colours per topic, `#rrggbb`. */
  colors: Record<Topic, string>;
  /** Hover delay before the popover opens, ms (0–2000). */
  hoverDelayMs: number;
  /** Hostnames where the extension is off (a hostname also covers its subdomains). */
  disabledSites: string[];
}

/** The settings that decide whether the extension runs on a page. */
export type Activity = Pick<Settings, 'paused' | 'disabledSites'>;

/**
 * Their defaults, apart so that the probe does not bundle every default. A plain object, so a
 * bundler sees that reading it has no side effect; nothing writes to it.
 */
const DEFAULT_ACTIVITY: Readonly<Activity> = { paused: false, disabledSites: [] };

// Pure: a bundle that uses none of the defaults (the probe) leaves them out.
export const DEFAULT_SETTINGS: Readonly<Settings> = /* @__PURE__ */ Object.freeze({
  version: 1,
  paused: DEFAULT_ACTIVITY.paused,
  topics: /* @__PURE__ */ Object.freeze({ drones: true, syria: true }),
  highlightStyle: 'background',
  colors: /* @__PURE__ */ Object.freeze({ drones: '#f5b942', syria: '#6fb7ff' }),
  hoverDelayMs: 300,
  disabledSites: /* @__PURE__ */ Object.freeze(DEFAULT_ACTIVITY.disabledSites) as string[],
});

/** Bounds of the hover delay, ms. */
export const HOVER_DELAY_MIN = 0;
export const HOVER_DELAY_MAX = 2000;

/** The key of the one `storage.sync` item that holds all the settings. */
export const SETTINGS_KEY = 'settings';

/**
 * `storage.sync`'s QUOTA_BYTES_PER_ITEM in Chrome and Firefox: an item's key plus the JSON of
 * its value, in bytes. A write over it is refused.
 */
export const QUOTA_BYTES_PER_ITEM = 8192;

/**
 * The bytes `storage.sync` counts for settings stored under {@link SETTINGS_KEY}. Exact for
 * valid settings, which are ASCII (hostnames are punycode) and hold no character that JSON
 * escapes.
 */
export function itemBytes(settings: Settings): number {
  return SETTINGS_KEY.length + JSON.stringify(settings).length;
}

/**
 * Every field but the site list at its widest JSON. The list gets what this leaves of the
 * item, so no change to another field can push a full list over the quota.
 */
export const WIDEST_SETTINGS: Readonly<Settings> = {
  version: 1,
  paused: false,
  topics: { drones: false, syria: false },
  highlightStyle: 'background',
  colors: { drones: '#000000', syria: '#000000' },
  hoverDelayMs: HOVER_DELAY_MAX,
  disabledSites: [],
};

/**
 * Bytes the site list may take between its brackets (quoted names and the commas):
 * `QUOTA_BYTES_PER_ITEM - itemBytes(WIDEST_SETTINGS)`, written out because the probe bundles
 * it; a unit test checks the sum.
 */
export const SITE_LIST_BYTES = 7_999;

/** Whether a list of (valid) hostnames fits in {@link SITE_LIST_BYTES}. */
export function siteListFits(sites: readonly string[]): boolean {
  return JSON.stringify(sites).length - 2 <= SITE_LIST_BYTES;
}

/** Longer input is not a hostname or a page address we read (nor could it be stored). */
const MAX_INPUT = QUOTA_BYTES_PER_ITEM;

const HEX_COLOR = /^#[0-9a-f]{6}$/i;
/** A DNS hostname: dot-separated labels of letters, digits and inner hyphens. */
const HOSTNAME =
  /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i;
const IPV6 = /^\[[0-9a-f:.]+\]$/i;

function pickBool(v: unknown, fallback: boolean): boolean {
  return typeof v === 'boolean' ? v : fallback;
}

function pickColor(v: unknown, fallback: string): string {
  return typeof v === 'string' && HEX_COLOR.test(v) ? v.toLowerCase() : fallback;
}

function pickDelay(v: unknown, fallback: number): number {
  // Older or hand-edited values may hold the number as a string ("300").
  const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
  return typeof n === 'number' && Number.isFinite(n)
    ? Math.min(HOVER_DELAY_MAX, Math.max(HOVER_DELAY_MIN, Math.round(n)))
    : fallback;
}

/**
 * Valid, distinct hostnames in their order, as many as fit in {@link SITE_LIST_BYTES}: the
 * first that does not fit ends the list (the sites added last go), whatever the entries'
 * count. Reads at most as many entries as one stored item can hold.
 */
function pickSites(v: unknown, fallback: readonly string[]): string[] {
  // An older format kept the list as one comma- or newline-separated string.
  const list = typeof v === 'string' ? v.slice(0, MAX_INPUT).split(/[\s,]+/) : v;
  if (!Array.isArray(list)) return [...fallback];
  const sites = new Set<string>();
  // The first entry has no comma before it.
  let room = SITE_LIST_BYTES + 1;
  for (const s of list.slice(0, QUOTA_BYTES_PER_ITEM / 2)) {
    // Stored entries are hostnames as `parseHostname` gives them; anything else is junk.
    const host = typeof s === 'string' ? s.toLowerCase() : '';
    if (!isHostname(host) || sites.has(host)) continue;
    room -= host.length + 3;
    if (room < 0) break;
    sites.add(host);
  }
  return [...sites];
}

function record(v: unknown): Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
    ? (v as Record<string, unknown>)
    : {};
}

/**
 * The hostname a user meant, from a hostname or a pasted URL ("https://News.example.com/a"
 * → "news.example.com"; "*.example.com" → "example.com"), or null when it is not one.
 */
export function parseHostname(input: string): string | null {
  if (input.length > MAX_INPUT) return null;
  let s = input.trim().toLowerCase();
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(s)) {
    try {
      s = new URL(s).hostname;
    } catch {
      return null;
    }
  } else {
    s = s
      .replace(/^\*\./, '')
      .replace(/[/?#].*$/, '')
      .replace(/:\d+$/, '');
  }
  s = s.replace(/\.$/, '');
  return isHostname(s) ? s : null;
}

/** A hostname in its stored form: lower-case DNS labels, or an IPv6 address in brackets. */
function isHostname(s: string): boolean {
  return HOSTNAME.test(s) || IPV6.test(s);
}

/**
 * The part of {@link validateSettings} that decides whether the extension runs on a page: the
 * probe, which must stay small, bundles this part alone; `validateSettings` is built on it, so
 * every reader decides alike.
 */
export function validateActivity(
  raw: unknown,
  fallback: Readonly<Activity> = DEFAULT_ACTIVITY,
): Activity {
  const r = record(raw);
  return {
    paused: pickBool(r.paused, fallback.paused),
    disabledSites: pickSites(r.disabledSites, fallback.disabledSites),
  };
}

/**
 * Turns whatever is stored (missing, from an older version, hand-edited, corrupt) into valid
 * settings. Each field is checked on its own: one bad field falls back to its default and
 * leaves the others as the user set them. Unknown keys are dropped. `fallback` supplies the
 * value for an invalid field (the defaults, or the current settings when applying a patch).
 */
export function validateSettings(
  raw: unknown,
  fallback: Readonly<Settings> = DEFAULT_SETTINGS,
): Settings {
  const r = record(raw);
  const d = fallback;
  const topics = record(r.topics);
  const colors = record(r.colors);
  const { paused, disabledSites } = validateActivity(r, d);
  return {
    version: 1,
    paused,
    topics: {
      drones: pickBool(topics.drones, d.topics.drones),
      syria: pickBool(topics.syria, d.topics.syria),
    },
    highlightStyle:
      r.highlightStyle === 'underline' || r.highlightStyle === 'background'
        ? r.highlightStyle
        : d.highlightStyle,
    colors: {
      drones: pickColor(colors.drones, d.colors.drones),
      syria: pickColor(colors.syria, d.colors.syria),
    },
    hoverDelayMs: pickDelay(r.hoverDelayMs, d.hoverDelayMs),
    disabledSites,
  };
}

/** A change to some settings; `topics` and `colors` may name only the topics that change. */
export type SettingsPatch = Partial<Omit<Settings, 'version' | 'topics' | 'colors'>> & {
  topics?: Partial<Record<Topic, boolean>>;
  colors?: Partial<Record<Topic, string>>;
};

/**
 * Applies a patch to valid settings. A field of the patch that is invalid is ignored: the
 * current value stays (not the default).
 */
export function applyPatch(current: Settings, patch: SettingsPatch): Settings {
  return validateSettings(
    {
      ...current,
      ...patch,
      topics: { ...current.topics, ...patch.topics },
      colors: { ...current.colors, ...patch.colors },
    },
    current,
  );
}

/** Whether the extension should run on a page with this hostname. */
export function isActiveOn(settings: Activity, hostname: string): boolean {
  if (settings.paused) return false;
  return !isSiteDisabled(settings, hostname);
}

/** Whether a hostname (or a parent domain of it) is on the disabled-sites list. */
export function isSiteDisabled(settings: Activity, hostname: string): boolean {
  const host = hostname.toLowerCase();
  return settings.disabledSites.some((s) => host === s || host.endsWith(`.${s}`));
}
