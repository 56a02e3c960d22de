/**
 * The stance of a corpus passage: how its source frames what it says about the topics. Read
 * from the passage's sentences that mention a topic (all of them when none does on its own),
 * combined as for a mention (`engine/stance`); a person's correction in
 * `data/stance-labels.json` replaces it, with the reason.
 */
import { detectMentions } from '../detect';
import { combineFramings, stanceOf, STANCES, type Framing, type Stance } from '../stance';
import type { Passage } from '../types';

/** A person's correction of a passage's stance. */
export interface StanceLabel {
  /** null: the passage says nothing the reader should be told a stance of. */
  stance: Stance | null;
  speaker: string | null;
  why: string;
}

/** The rules' framing of a passage's text. */
export function passageFraming(text: string): Framing {
  const mentions = detectMentions([{ text }]);
  if (mentions.length === 0) return stanceOf(text);
  return combineFramings(mentions.map((m) => stanceOf(m.text)));
}

/** A passage's stance fields: a person's where given, else the rules'. */
export function passageStance(
  id: string,
  text: string,
  labels: ReadonlyMap<string, StanceLabel>,
): Pick<Passage, 'stance' | 'speaker' | 'stanceBy'> {
  const hand = labels.get(id);
  const framing: Framing = hand
    ? { ...(hand.stance ? { stance: hand.stance } : {}), speaker: hand.speaker }
    : passageFraming(text);
  return {
    ...(framing.stance ? { stance: framing.stance } : {}),
    speaker: framing.speaker,
    stanceBy: hand ? 'hand' : 'rules',
  };
}

/**
 * Validates parsed `data/stance-labels.json` (`{ passages: { id: { stance, speaker, why } } }`);
 * throws an Error with a one-line message if malformed. A speaker must be written in the
 * passage as given (checked at build, where the texts are known).
 */
export function parseStanceLabels(json: unknown): Map<string, StanceLabel> {
  const bad = (m: string): never => {
    throw new Error(`data/stance-labels.json: ${m}`);
  };
  const passages = (json as { passages?: unknown } | null)?.passages;
  if (typeof passages !== 'object' || passages === null) bad('expected { "passages": { ... } }');
  const out = new Map<string, StanceLabel>();
  for (const [id, v] of Object.entries(passages as Record<string, unknown>)) {
    const { stance, speaker, why } = (v ?? {}) as Record<string, unknown>;
    if (stance !== null && !STANCES.includes(stance as Stance)) {
      bad(`${id}: "stance" must be one of ${STANCES.join(', ')}, or null`);
    }
    if (speaker !== null && (typeof speaker !== 'string' || speaker.trim() === '')) {
      bad(`${id}: "speaker" must be a name written in the passage, or null`);
    }
    if (typeof why !== 'string' || why.trim() === '') bad(`${id}: "why" must say why`);
    out.set(id, {
      stance: stance as Stance | null,
      speaker: speaker as string | null,
      why: why as string,
    });
  }
  return out;
}
