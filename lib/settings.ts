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
