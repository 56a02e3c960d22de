/**
 * User settings: the schema, defaults and validation. Shape only; storage access lives in
 * `lib/storage/settings-store.ts` (WXT storage, `sync:` area).
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

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  version: 1,
  paused: false,
  topics: Object.freeze({ drones: true, syria: true }),
  highlightStyle: 'background',
  colors: Object.freeze({ drones: '#f5b942', syria: '#6fb7ff' }),
  hoverDelayMs: 300,
  disabledSites: Object.freeze([]) as unknown as string[],
});

/** Bounds of the hover delay, ms. */
export const HOVER_DELAY_MIN = 0;
export const HOVER_DELAY_MAX = 2000;

/**
 * At most this many disabled sites: `storage.sync` allows 8 KB per item, and the whole
 * settings object is one item.
 */
export const MAX_DISABLED_SITES = 200;

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

function pickSites(v: unknown, fallback: readonly string[]): string[] {
  // An older format kept the list as one comma- or newline-separated string.
  if (!Array.isArray(v) && typeof v !== 'string') return [...fallback];
  const list: unknown[] = Array.isArray(v) ? v : v.split(/[\s,]+/);
  const hosts = list
    .map((s) => (typeof s === 'string' ? parseHostname(s) : null))
    .filter((s): s is string => s !== null);
  return [...new Set(hosts)].slice(0, MAX_DISABLED_SITES);
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
  let s = input.trim().toLowerCase();
  if (s === '') return null;
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
  return HOSTNAME.test(s) || IPV6.test(s) ? s : null;
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
  return {
    version: 1,
    paused: pickBool(r.paused, d.paused),
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
    disabledSites: pickSites(r.disabledSites, d.disabledSites),
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
export function isActiveOn(settings: Settings, hostname: string): boolean {
  if (settings.paused) return false;
  return !isSiteDisabled(settings, hostname);
}

/** Whether a hostname (or a parent domain of it) is on the disabled-sites list. */
export function isSiteDisabled(settings: Settings, hostname: string): boolean {
  const host = hostname.toLowerCase();
  return settings.disabledSites.some((s) => host === s || host.endsWith(`.${s}`));
}
