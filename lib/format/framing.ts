/**
 * The lines a reader is told about framing: how the page frames a mention (the popover, the
 * side panel) and how a passage's source frames what it says (the passage cards). Plain text,
 * rendered as text. Calm and never a verdict: they say who says it, not whether it is true.
 */
import type { Passage, Source } from '../../engine/types';
import type { MentionFraming } from '../messages';

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
 * The popover's and the panel's line about the page's framing, or null. Only the stances the
 * rules read reliably on page text are told (attributed, denied, hedged); "asserted" and
 * unsure say nothing rather than guess.
 */
export function pageFramingLine(framing: MentionFraming | null | undefined): string | null {
  if (!framing) return null;
  const speaker = framing.speaker ? speakerLabel(framing.speaker) : '';
  switch (framing.stance) {
    case 'attributed':
      return speaker
        ? `The page attributes this to ${speaker}`
        : 'The page attributes this to a source not named in this sentence';
    case 'denied':
      return speaker ? `The page reports a denial by ${speaker}` : 'The page reports a denial';
    case 'hedged': {
      const hedge = framing.hedge?.replace(/\s+/g, ' ').trim();
      return hedge ? `The page hedges this (“${hedge}”)` : 'The page hedges this';
    }
    default:
      return null;
  }
}

/**
 * An outlet as the subject of a sentence: "SyrianFreePress network (Syrianfreepress.net, …)"
 * reads "SyrianFreePress network", "Unnamed news site" reads "The unnamed news site".
 */
export function outletSubject(outlet: string): string {
  const bare = outlet
    .replace(/\s*\([^()]*\)\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!bare) return 'The source';
  return /^unnamed\s/i.test(bare) ? `The ${bare.charAt(0).toLowerCase()}${bare.slice(1)}` : bare;
}

/**
 * A passage card's line: how its source frames what the passage says. The corpus stance is
 * checked by hand (`data/stance-labels.json`), so "asserted" is told too. A denial with no
 * speaker is the source's own ("Reports that ... are false").
 */
export function passageFramingLine(
  passage: Pick<Passage, 'stance' | 'speaker'>,
  source: Pick<Source, 'outlet'>,
): string | null {
  const who = outletSubject(source.outlet);
  const speaker = passage.speaker ? speakerLabel(passage.speaker) : '';
  switch (passage.stance) {
    case 'asserted':
      return `${who} states this`;
    case 'attributed':
      return speaker
        ? `${who} attributes this to ${speaker}`
        : `${who} attributes this to a source it quotes`;
    case 'denied':
      return speaker ? `${who} reports a denial by ${speaker}` : `${who} denies this`;
    case 'hedged':
      return `${who} hedges this`;
    default:
      return null;
  }
}
