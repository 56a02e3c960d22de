/**
 * Topic detection. PLACEHOLDER implementation with the final interface: a simple
 * keyword co-occurrence rule per sentence. The detection owner replaces the internals.
 */
import type { Mention, TextBlock, Topic } from './types';

const SENTENCE = /[^.!?]+[.!?]*/g;

function topicsOfSentence(s: string): { topics: Topic[]; terms: string[] } {
  const l = s.toLowerCase();
  const terms: string[] = [];
  const has = (re: RegExp, term: string) => (re.test(l) ? (terms.push(term), true) : false);
  const iran = has(/\biran|tehran|soleimani|suleimani|soleymani|quds/, 'iran');
  const russia = has(/\bruss|moscow|kremlin|putin/, 'russia');
  const drone = has(/drone|uav|shahed|mohajer|geran/, 'drone');
  const syria = has(/syria|assad|damascus|astana/, 'syria');
  const topics: Topic[] = [];
  if ((iran && russia && drone) || /shahed|geran/.test(l)) topics.push('drones');
  if (iran && russia && syria) topics.push('syria');
  return { topics, terms };
}

/** Finds topic mentions in page text blocks; a mention never spans two blocks. */
export function detectMentions(blocks: readonly TextBlock[]): Mention[] {
  const out: Mention[] = [];
  blocks.forEach((b, block) => {
    for (const m of b.text.matchAll(SENTENCE)) {
      const { topics, terms } = topicsOfSentence(m[0]);
      if (topics.length === 0) continue;
      const lead = m[0].length - m[0].trimStart().length;
      const start = (m.index ?? 0) + lead;
      const end = (m.index ?? 0) + m[0].trimEnd().length;
      out.push({ block, start, end, text: b.text.slice(start, end), topics, terms, score: 0.5 });
    }
  });
  return out;
}

/** Topics of a standalone text (e.g. a corpus passage or an eval line). */
export function detectTopics(text: string): Topic[] {
  const set = new Set<Topic>();
  for (const m of detectMentions([{ text }])) m.topics.forEach((t) => set.add(t));
  return [...set].sort();
}
