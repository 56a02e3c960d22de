/**
 * Which corpus passages the page's mentions lead to, so other views (the timeline) can
 * show the page's mentions next to the events of those passages.
 */
import type { MentionSummary } from '../../lib/messages';
import type { MentionContext } from '../../engine/types';

/** A page mention with the frame it is in. */
export type PageMention = MentionSummary & { frameId: number };

/** Stable key of a mention across frames. */
export function mentionKey(m: Pick<PageMention, 'frameId' | 'id'>): string {
  return `${m.frameId}:${m.id}`;
}

/** What the corpus has for one mention. */
export type RetrieveForMention = (m: PageMention) => MentionContext | undefined;

/**
 * Maps each passage id to the page mentions whose passages on their matter include it (not
 * mere context), so the timeline marks the events of the matters the page speaks of.
 */
export function linkMentionsToPassages(
  mentions: readonly PageMention[],
  retrieve: RetrieveForMention,
): Map<string, PageMention[]> {
  const links = new Map<string, PageMention[]>();
  for (const m of mentions) {
    for (const r of retrieve(m)?.passages ?? []) {
      if (r.match !== 'matter') continue;
      const list = links.get(r.passage.id) ?? [];
      if (!list.some((x) => mentionKey(x) === mentionKey(m))) list.push(m);
      links.set(r.passage.id, list);
    }
  }
  return links;
}
