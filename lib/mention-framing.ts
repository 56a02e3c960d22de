/**
 * The one mapping from a mention, as the page reports it, to how the page frames it: used by
 * the background (the popover's reply) and the side panel, so both tell the same. Read from
 * the highlighted sentence, as the CLI and `npm run eval:stance` read it.
 */
import { stanceOf } from '../engine/stance';
import { readWords } from '../engine/stance/tokens';
import { K } from '../engine/stance/types';
import { LIMITS, type MentionFraming, type MentionSummary } from './messages';

/** Longest text read for the hedge word (the stance rules clip long texts likewise). */
const HEDGE_CHARS = 1200;

/** The first hedge word or phrase of `text` ("reportedly", "is believed"), verbatim, or null. */
export function hedgeWord(text: string): string | null {
  const clipped = text.slice(0, HEDGE_CHARS);
  const w = readWords(clipped);
  const cue = w.cues.find((c) => c.kinds & K.HEDGE);
  if (!cue) return null;
  const start = w.start[cue.k];
  const end = w.end[cue.k + cue.len - 1];
  if (start === undefined || end === undefined) return null;
  const word = clipped.slice(start, end).replace(/\s+/g, ' ').trim();
  return word && word.length <= LIMITS.hedge ? word : null;
}

/** How the page frames `mention`'s sentence. Never throws; all null when unsure. */
export function mentionFraming(mention: Pick<MentionSummary, 'text'>): MentionFraming {
  try {
    const { stance, speaker } = stanceOf(mention.text);
    const name = speaker?.replace(/\s+/g, ' ').trim().slice(0, LIMITS.speaker) || null;
    return {
      stance: stance ?? null,
      speaker: stance ? name : null,
      hedge: stance === 'hedged' ? hedgeWord(mention.text) : null,
    };
  } catch {
    return { stance: null, speaker: null, hedge: null };
  }
}
