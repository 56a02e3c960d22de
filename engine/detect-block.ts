/**
 * Per-block analysis: tokens -> lexicon hits -> role bits and canonical terms per sentence.
 */
import { lookupPhrase, lookupWord, type Matcher, type TermHit } from './lexicon/compile';
import { ANCHOR, DRONE, FROM, IRAN, IRANIAN_WEAPON, MODEL, STRONG, WEAPON } from './rules/roles';
import { sentenceSpans } from './text/sentences';
import { tokenize } from './text/tokenize';

/** Sentences of one block with what the lexicon found in each. */
export interface BlockFeatures {
  /** Flat [start0, end0, start1, end1, ...] sentence offsets in the original block text. */
  spans: number[];
  /** Role bits per sentence. */
  bits: number[];
  /** Canonical terms per sentence (deduplicated, capped). */
  terms: string[][];
}

/** Token distance within which an Iran term qualifies a weapon: "Iranian-made Shahed-136 drones". */
const QUALIFIER_REACH = 4;
/** Reach back from "by/from Iran" to the weapon: "drones supplied by Tehran", "shells bought from Iran". */
const ORIGIN_REACH = 8;
/** Enough terms to query the corpus; bounds memory on pathological pages. */
const MAX_TERMS = 24;

/**
 * Finds lexicon terms per sentence of `text`. Returns null when the block holds no term that
 * can start a topic: such blocks are never split into sentences, so pages about other things
 * cost one tokenizing pass.
 */
export function analyzeBlock(text: string, m: Matcher): BlockFeatures | null {
  const { norm, start, pos } = tokenize(text, m.filter);
  const hits: TermHit[] = [];
  const hitStart: number[] = [];
  const hitBits: number[] = [];
  let seen = 0;
  let lastIran = -99;
  let lastWeapon = -99;
  let lastFrom = -99;
  for (let k = 0; k < norm.length; k++) {
    const w = norm[k];
    if (!w) continue;
    let hit: TermHit | undefined;
    let length = 1;
    if (m.phraseFirst.has(w)) {
      const phrase = lookupPhrase(m, norm, pos, k);
      if (phrase) ({ hit, length } = phrase);
    }
    hit ??= lookupWord(m, w);
    if (!hit) continue;
    let b = hit.bits;
    const p = pos[k] ?? 0;
    // Sentence boundaries are not known yet: these reaches may straddle one, which only ever
    // adds the Iranian-weapon bit to a sentence that also holds the weapon word.
    if (b & IRAN) {
      if (p - lastFrom <= 2 && p - lastWeapon <= ORIGIN_REACH) b |= IRANIAN_WEAPON;
      lastIran = p + length - 1;
    }
    if (b & (DRONE | MODEL | STRONG | WEAPON)) {
      if (p - lastIran <= QUALIFIER_REACH) b |= IRANIAN_WEAPON;
      lastWeapon = p;
    }
    if (b & FROM) lastFrom = p;
    k += length - 1;
    if (b === 0 || b === FROM) continue;
    seen |= b;
    hits.push(hit);
    hitStart.push(start[k - length + 1] ?? 0);
    hitBits.push(b);
  }
  if (!(seen & ANCHOR)) return null;

  const spans = sentenceSpans(text);
  const count = spans.length / 2;
  const bits: number[] = new Array<number>(count).fill(0);
  const terms: string[][] = [];
  let si = 0;
  for (let h = 0; h < hits.length; h++) {
    while (si < count - 1 && (hitStart[h] ?? 0) >= (spans[2 * si + 1] ?? 0)) si++;
    bits[si] = (bits[si] ?? 0) | (hitBits[h] ?? 0);
    const list = (terms[si] ??= []);
    const term = hits[h]?.term ?? '';
    if (list.length < MAX_TERMS && !list.includes(term)) list.push(term);
  }
  return { spans, bits, terms };
}
