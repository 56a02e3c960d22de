/**
 * User settings: the schema, defaults and validation. Shape only; storage access lives
 * with the settings owner (WXT storage, `sync:` area).
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
  /** Hostnames where the extension is off. */
  disabledSites: string[];
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  version: 1,
  paused: false,
  topics: { drones: true, syria: true },
  highlightStyle: 'background',
  colors: { drones: '#f5b942', syria: '#6fb7ff' },
  hoverDelayMs: 300,
  disabledSites: [],
});

const HEX_COLOR = /^#[0-9a-f]{6}$/i;
const HOSTNAME = /^[a-z0-9.-]{1,253}$/i;

function pickBool(v: unknown, fallback: boolean): boolean {
  return typeof v === 'boolean' ? v : fallback;
}

function pickColor(v: unknown, fallback: string): string {
  return typeof v === 'string' && HEX_COLOR.test(v) ? v.toLowerCase() : fallback;
}

function record(v: unknown): Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
    ? (v as Record<string, unknown>)
    : {};
}

/**
 * Turns whatever is stored (missing, from an older version, hand-edited, corrupt) into valid
 * settings. Each field is checked on its own: one bad field falls back to its default and
 * leaves the others as the user set them.
 */
export function validateSettings(raw: unknown): Settings {
  const r = record(raw);
  const d = DEFAULT_SETTINGS;
  const topics = record(r.topics);
  const colors = record(r.colors);
  const delay = r.hoverDelayMs;
  const sites = Array.isArray(r.disabledSites) ? r.disabledSites : [];
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
    hoverDelayMs:
      typeof delay === 'number' && Number.isFinite(delay)
        ? Math.min(2000, Math.max(0, Math.round(delay)))
        : d.hoverDelayMs,
    disabledSites: [
      ...new Set(
        sites
          .filter((s): s is string => typeof s === 'string' && HOSTNAME.test(s))
          .map((s) => s.toLowerCase()),
      ),
    ].slice(0, 1000),
  };
}

/** Whether the extension should run on a page with this hostname. */
export function isActiveOn(settings: Settings, hostname: string): boolean {
  if (settings.paused) return false;
  const host = hostname.toLowerCase();
  return !settings.disabledSites.some((s) => host === s || host.endsWith(`.${s}`));
}
