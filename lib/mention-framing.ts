/**
 * The one mapping from a mention, as the page reports it, to how the page frames it: used by
 * the background (the popover's reply) and the side panel, so both tell the same. Read from
 * the highlighted sentence, as the CLI and `npm run eval:stance` read it.
 */
import { stanceOf } from '../engine/stance';
import { LIMITS, type MentionFraming, type MentionSummary } from './messages';

/** `text` with runs of white space as one space, trimmed; null if empty or longer than `max`. */
function oneLine(text: string | null | undefined, max: number): string | null {
  const line = text?.replace(/\s+/g, ' ').trim();
  return line && line.length <= max ? line : null;
}

/** How the page frames `mention`'s sentence. Never throws; all null when unsure. */
export function mentionFraming(mention: Pick<MentionSummary, 'text'>): MentionFraming {
  try {
    const { stance, speaker, hedge } = stanceOf(mention.text);
    const name = speaker?.replace(/\s+/g, ' ').trim().slice(0, LIMITS.speaker) || null;
    return {
      stance: stance ?? null,
      speaker: stance ? name : null,
      hedge: stance === 'hedged' ? oneLine(hedge, LIMITS.hedge) : null,
    };
  } catch {
    return { stance: null, speaker: null, hedge: null };
  }
}
