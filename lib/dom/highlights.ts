/**
 * Paints mentions with the CSS Custom Highlight API: the page's DOM is never touched. One
 * highlight per topic, plus `fact-context-both` for a mention of both topics (styled with both
 * colours) and `fact-context-flash` for a mention the side panel asked to reveal.
 */
import type { Topic } from '../../engine/types';

/** Highlight names, as used in `::highlight(...)` rules. */
export const HIGHLIGHT_NAMES = {
  drones: 'fact-context-drones',
  syria: 'fact-context-syria',
  both: 'fact-context-both',
  flash: 'fact-context-flash',
} as const;

/** Whether this browser supports the CSS Custom Highlight API. */
export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** What to paint: a range and the mention's topics. */
export interface Paintable {
  range: Range;
  topics: readonly Topic[];
}

/** The topics of a mention that are switched on. */
export function visibleTopics(topics: readonly Topic[], enabled: Record<Topic, boolean>): Topic[] {
  return topics.filter((t) => enabled[t]);
}

type Group = 'drones' | 'syria' | 'both';

/**
 * Registered highlights, kept across paints: ranges are added and removed one by one, because
 * replacing a whole registry entry makes the browser restyle every highlighted node again.
 *
 * `members` mirrors what we added: we never iterate a `Highlight`. In Firefox a content script
 * sees the page's `Highlight` through an Xray wrapper, and iterating a setlike through it
 * throws "Xray wrapping of iterators not supported" (seen in Firefox ESR 153: that exception
 * left pages with no highlights and no report). `has`/`add`/`delete`/`size` work through Xrays.
 */
const registered = new Map<Group, { highlight: Highlight; members: Set<Range> }>();

/**
 * Makes our highlights show exactly the given mentions (only their enabled topics). Degrades to
 * a no-op where the API is missing.
 */
export function paintHighlights(
  mentions: readonly Paintable[],
  enabled: Record<Topic, boolean>,
): void {
  if (!highlightsSupported()) return;
  const wanted: Record<Group, Set<Range>> = {
    drones: new Set(),
    syria: new Set(),
    both: new Set(),
  };
  for (const m of mentions) {
    const topics = visibleTopics(m.topics, enabled);
    if (topics.length === 2) wanted.both.add(m.range);
    else if (topics[0]) wanted[topics[0]].add(m.range);
  }
  for (const group of ['drones', 'syria', 'both'] as const) {
    const name = HIGHLIGHT_NAMES[group];
    let entry = registered.get(group);
    // Re-register if the page (or a previous session) removed or replaced our entry.
    if (!entry || CSS.highlights.get(name) !== entry.highlight) {
      entry = { highlight: new Highlight(), members: new Set() };
      registered.set(group, entry);
    }
    const { highlight, members } = entry;
    for (const range of members) {
      if (!wanted[group].has(range)) {
        highlight.delete(range);
        members.delete(range);
      }
    }
    for (const range of wanted[group]) {
      // `has` too: the page may have deleted a range from our (shared) highlight object.
      if (!members.has(range) || !highlight.has(range)) {
        highlight.add(range);
        members.add(range);
      }
    }
    if (members.size === 0) CSS.highlights.delete(name);
    else if (CSS.highlights.get(name) !== highlight) CSS.highlights.set(name, highlight);
  }
}

let flashTimer: ReturnType<typeof setTimeout> | undefined;

/** Flashes one range for a moment (a mention revealed from the side panel). */
export function flashRange(range: Range, ms = 1600): void {
  if (!highlightsSupported()) return;
  const flash = new Highlight(range);
  flash.priority = 1;
  CSS.highlights.set(HIGHLIGHT_NAMES.flash, flash);
  clearTimeout(flashTimer);
  flashTimer = setTimeout(() => CSS.highlights.delete(HIGHLIGHT_NAMES.flash), ms);
}

/** Removes all our highlights. */
export function clearHighlights(): void {
  if (!highlightsSupported()) return;
  Object.values(HIGHLIGHT_NAMES).forEach((name) => CSS.highlights.delete(name));
  registered.clear();
}
