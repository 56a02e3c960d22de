/**
 * Which corpus passages the page's mentions lead to, so other views (the timeline) can
 * show the page's mentions next to the events of those passages.
 */
import type { MentionSummary } from '../../lib/messages';
import type { RetrievedPassage } from '../../engine/types';

/** A page mention with the frame it is in. */
export type PageMention = MentionSummary & { frameId: number };

/** Stable key of a mention across frames. */
export function mentionKey(m: Pick<PageMention, 'frameId' | 'id'>): string {
  return `${m.frameId}:${m.id}`;
}

/** The passages retrieved for one mention. */
export type RetrieveForMention = (m: PageMention) => RetrievedPassage[];

/** Maps each passage id to the page mentions whose top passages include it. */
export function linkMentionsToPassages(
  mentions: readonly PageMention[],
  retrieve: RetrieveForMention,
): Map<string, PageMention[]> {
  const links = new Map<string, PageMention[]>();
  for (const m of mentions) {
    for (const r of retrieve(m)) {
      const list = links.get(r.passage.id) ?? [];
      if (!list.some((x) => mentionKey(x) === mentionKey(m))) list.push(m);
      links.set(r.passage.id, list);
    }
  }
  return links;
}
