import { describe, expect, it } from 'vitest';
import { corpus } from '../../data/corpus';
import { linkMentionsToPassages, type PageMention } from '../../components/panel/mention-links';
import type { RetrievedPassage } from '../../engine/types';

describe('page mentions on the timeline', () => {
  const mention = (id: string): PageMention => ({
    id,
    frameId: 0,
    topics: ['drones'],
    text: 't',
    context: 'c',
    terms: [],
    score: 1,
  });

  it("maps each passage on a mention's matter to the page mentions that retrieved it, once each", () => {
    const [p1, p2, p3] = corpus.passages;
    const hit = (p: typeof p1, match: 'matter' | 'context' = 'matter') =>
      ({ passage: p!, source: corpus.sources[0]!, match }) as RetrievedPassage;
    const links = linkMentionsToPassages([mention('m1'), mention('m2')], (m) => ({
      matters: [],
      passages: m.id === 'm1' ? [hit(p1), hit(p2), hit(p1), hit(p3, 'context')] : [hit(p1)],
    }));
    expect(links.get(p1!.id)?.map((m) => m.id)).toEqual(['m1', 'm2']);
    expect(links.get(p2!.id)?.map((m) => m.id)).toEqual(['m1']);
    // Mere context on the topic does not place the page's mention on that passage's events.
    expect(links.has(p3!.id)).toBe(false);
  });
});
