/**
 * Stance and speaker of a text: a mention's sentences or a corpus passage. What the page UI,
 * the background, the corpus build and the CLI call; the probe and the detector stages never
 * import it (they stay small), so a mention's stance is computed on demand from its text.
 */
import { sentenceSpans } from '../text/sentences';
import type { StanceMatcher } from './match';
import { sentenceStance } from './sentence';
import type { Framing, Stance } from './types';

export type { Framing, Stance } from './types';
export { STANCES } from './types';

/** Longest text read; the rest of a huge input is left out, not refused. */
const MAX_CHARS = 6000;
/** Longest sentence read. */
const MAX_SENTENCE = 1200;

/** The order in which a sentence's stance outweighs the others' in a longer text. */
const WEIGHT: Record<Stance, number> = { denied: 4, attributed: 3, hedged: 2, asserted: 1 };

/**
 * Combines the framings of several sentences of one text: a denial anywhere outweighs an
 * attribution, which outweighs a hedge (the first of a kind wins); "asserted" only when every
 * sentence asserts. Unsure when nothing is known.
 */
export function combineFramings(framings: readonly Framing[]): Framing {
  let best: Framing | undefined;
  let unsure = false;
  for (const f of framings) {
    if (!f.stance) {
      unsure = true;
      continue;
    }
    if (!best?.stance || WEIGHT[f.stance] > WEIGHT[best.stance]) best = f;
  }
  if (!best?.stance || (best.stance === 'asserted' && unsure)) return { speaker: null };
  const out: Framing = { stance: best.stance, speaker: best.speaker };
  if (best.hedge !== undefined) out.hedge = best.hedge;
  return out;
}

/**
 * How `text` (a mention's sentence or sentences, a passage) frames what it says, whom it
 * credits, and what hedged it. Never throws; no stance when the rules are unsure. `cues`: a
 * matcher other than the generated one (a test compares it with a fresh compile).
 */
export function stanceOf(text: string, cues?: StanceMatcher): Framing {
  try {
    if (typeof text !== 'string' || text.trim() === '') return { speaker: null };
    const clipped = text.slice(0, MAX_CHARS);
    const spans = sentenceSpans(clipped);
    const framings: Framing[] = [];
    for (let i = 0; i < spans.length; i += 2) {
      const sentence = clipped.slice(spans[i], spans[i + 1]).slice(0, MAX_SENTENCE);
      if (sentence.trim()) framings.push(sentenceStance(sentence, cues));
    }
    return combineFramings(framings);
  } catch {
    return { speaker: null };
  }
}

/** A mention (or any text-bearing record) with its stance and speaker filled in. */
export function withStance<T extends { text: string }>(
  item: T,
): T & { stance?: Stance; speaker: string | null } {
  const { stance, speaker } = stanceOf(item.text);
  return stance ? { ...item, stance, speaker } : { ...item, speaker };
}
