/**
 * Words shown with every passage: which topic it is about, where it was published and whose
 * reporting it repeats. Kept in one place so the popover, the panel and the popup agree.
 */
import type { Source, Topic } from '../../engine/types';

const TOPIC_LABELS: Record<Topic, string> = {
  drones: 'Iranian drones for Russia',
  syria: 'Russia–Iran alliance in Syria',
};

const TOPIC_SHORT: Record<Topic, string> = {
  drones: 'Drones',
  syria: 'Syria',
};

/** The full name of a topic, e.g. "Iranian drones for Russia". */
export function topicLabel(topic: Topic): string {
  return TOPIC_LABELS[topic];
}

/** A one-word name for tight spaces (badges, counts). */
export function topicShortLabel(topic: Topic): string {
  return TOPIC_SHORT[topic];
}

/**
 * "Published by Mohakeme" or, when the text credits other reporting,
 * "Published by Mohakeme · Based on the materials of The Telegraph".
 */
export function sourceByline(source: Pick<Source, 'outlet' | 'attribution'>): string {
  const published = `Published by ${source.outlet}`;
  const attribution = source.attribution?.trim();
  return attribution ? `${published} · ${attribution}` : published;
}

/** Shortens a quote to about `max` characters at a word boundary, with an ellipsis. */
export function excerpt(text: string, max = 160): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}
