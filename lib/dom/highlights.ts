/**
 * Paints mentions with the CSS Custom Highlight API: the page's DOM is never touched. One
 * highlight per topic, plus one for a mention of both topics (styled with both colours) and
 * `fact-context-flash` for a mention the side panel asked to reveal.
 */
import type { Topic } from '../../engine/types';
import { randomElementName } from './own-ui';

/**
 * Highlight names of the default look, as the manifest's stylesheet (`public/highlights.css`)
 * styles them on every page. Fixed, so any page can guess them (README, "What a page can
 * see").
 */
export const HIGHLIGHT_NAMES = {
  drones: 'fact-context-drones',
  syria: 'fact-context-syria',
  both: 'fact-context-both',
  flash: 'fact-context-flash',
} as const;

/** The highlight name of each group of mentions. */
export type HighlightNames = Record<Group, string>;

/**
 * Names for the user's own look (colours, underline), drawn at random for each page load: no
 * rule of the manifest's stylesheet or of the page reaches them, so the sheet the session
 * adopts styles them alone, and a page cannot guess them.
 */
export function randomHighlightNames(): HighlightNames {
  // A custom-element name is a valid highlight name too (a CSS identifier).
  return { drones: randomElementName(), syria: randomElementName(), both: randomElementName() };
}

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
const GROUPS = ['drones', 'syria', 'both'] as const;

/**
 * Registered highlights, kept across paints: ranges are added and removed one by one, because
 * replacing a whole registry entry makes the browser restyle every highlighted node again.
 *
 * `members` mirrors what we added: we never iterate a `Highlight`. In Firefox a content script
 * sees the page's `Highlight` through an Xray wrapper, and iterating a setlike through it
 * throws "Xray wrapping of iterators not supported" (seen in Firefox ESR 153: that exception
 * left pages with no highlights and no report). `has`/`add`/`delete`/`size` work through Xrays.
 */
const registered = new Map<Group, { name: string; highlight: Highlight; members: Set<Range> }>();

/** The group a mention's range is painted in, if any of its topics is switched on. */
function groupOf(topics: readonly Topic[], enabled: Record<Topic, boolean>): Group | undefined {
  const on = visibleTopics(topics, enabled);
  return on.length === 2 ? 'both' : on[0];
}

/**
 * The registered highlight of `group` under `name`: ours as registered, or a new one holding
 * our members again when the look changed or the page removed or replaced our entry.
 */
function entryOf(group: Group, name: string) {
  let entry = registered.get(group);
  // The look changed: its mentions move to a highlight under the new name.
  if (entry && entry.name !== name) {
    if (CSS.highlights.get(entry.name) === entry.highlight) CSS.highlights.delete(entry.name);
    entry = { ...entry, name };
  }
  if (!entry || CSS.highlights.get(name) !== entry.highlight) {
    const members = entry?.members ?? new Set<Range>();
    const highlight = new Highlight();
    for (const range of members) highlight.add(range);
    entry = { name, highlight, members };
  }
  registered.set(group, entry);
  return entry;
}

/** Registers a group's highlight while it has members, and only then. */
function register({ name, highlight, members }: ReturnType<typeof entryOf>) {
  if (members.size === 0) {
    if (CSS.highlights.get(name) === highlight) CSS.highlights.delete(name);
  } else if (CSS.highlights.get(name) !== highlight) CSS.highlights.set(name, highlight);
}

/**
 * Makes our highlights show exactly the given mentions (only their enabled topics), under
 * `names`. Degrades to a no-op where the API is missing. Its cost grows with all the
 * mentions: for what a scan changed, `paintChanges`.
 */
export function paintHighlights(
  mentions: readonly Paintable[],
  enabled: Record<Topic, boolean>,
  names: HighlightNames = HIGHLIGHT_NAMES,
): void {
  if (!highlightsSupported()) return;
  const wanted: Record<Group, Set<Range>> = {
    drones: new Set(),
    syria: new Set(),
    both: new Set(),
  };
  for (const m of mentions) {
    const group = groupOf(m.topics, enabled);
    if (group) wanted[group].add(m.range);
  }
  for (const group of GROUPS) {
    const entry = entryOf(group, names[group]);
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
    register(entry);
  }
}

/**
 * Paints what changed since the last paint, with the same topics and names: `added` mentions
 * in, `removed` ones out. Its cost grows with the changes only, so a scan can paint after each
 * of its time slices. (A change of settings or look repaints all: `paintHighlights`.)
 */
export function paintChanges(
  added: readonly Paintable[],
  removed: readonly Paintable[],
  enabled: Record<Topic, boolean>,
  names: HighlightNames = HIGHLIGHT_NAMES,
): void {
  if (!highlightsSupported() || (!added.length && !removed.length)) return;
  const entries = GROUPS.map((group) => entryOf(group, names[group]));
  for (const m of removed) {
    for (const { highlight, members } of entries) {
      if (members.delete(m.range)) highlight.delete(m.range);
    }
  }
  for (const m of added) {
    const group = groupOf(m.topics, enabled);
    if (!group) continue;
    const { highlight, members } = entries[GROUPS.indexOf(group)]!;
    members.add(m.range);
    highlight.add(m.range);
  }
  entries.forEach(register);
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
  for (const { name, highlight } of registered.values()) {
    if (CSS.highlights.get(name) === highlight) CSS.highlights.delete(name);
  }
  registered.clear();
}
