/**
 * The sentence a reader sees about a framing: "The page reports a denial by Iran's foreign
 * ministry". Plain text (views render it as text, never as markup); null when there is no
 * stance, so the UI says nothing rather than guess.
 */
import type { Framing } from './types';

/** Longest speaker shown; a longer one is cut with an ellipsis. */
const MAX_SPEAKER = 80;

/** The speaker as it reads inside a sentence: trimmed, a leading "The" in lower case, cut. */
export function speakerLabel(speaker: string): string {
  let s = speaker
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[\s"'«»“”„‘’,:;.]+|[\s"'«»“”„‘’,:;]+$/g, '');
  if (/^The\s/.test(s)) s = `t${s.slice(1)}`;
  return s.length > MAX_SPEAKER ? `${s.slice(0, MAX_SPEAKER - 1).trimEnd()}…` : s;
}

/**
 * How `who` ("The page", or a passage's outlet) frames the matter, as one sentence without a
 * final stop; null without a stance.
 */
export function framingPhrase(framing: Framing, who = 'The page'): string | null {
  const speaker = framing.speaker ? speakerLabel(framing.speaker) : '';
  switch (framing.stance) {
    case 'asserted':
      return `${who} states it as fact`;
    case 'attributed':
      return speaker
        ? `${who} attributes it to ${speaker}`
        : `${who} attributes it to a source it does not name`;
    case 'denied':
      return speaker ? `${who} reports a denial by ${speaker}` : `${who} reports a denial`;
    case 'hedged':
      return `${who} reports it as unconfirmed`;
    default:
      return null;
  }
}
