/**
 * A sentence as the stance rules read it: its words with their cue kinds, their language and
 * case, and what separates each word from the one before (nothing, a comma, or a harder break).
 */
import { lookupAt } from '../lexicon/compile';
import { isIgnorable, isSpace } from '../text/chars';
import { tokenize } from '../text/tokenize';
import { foldLetters } from './fold';
import { stanceMatcher, type StanceMatcher } from './match';
import { K, type SpeakerOrder } from './types';

/** What stands between a word and the one before it. */
export const Gap = { None: 0, Comma: 1, Hard: 2 } as const;
export type Gap = (typeof Gap)[keyof typeof Gap];

/** A cue found in the sentence: a word or a phrase. */
export interface Cue {
  /** Index of its first word. */
  k: number;
  /** Words it covers. */
  len: number;
  kinds: number;
  lang: string;
  order: SpeakerOrder;
}

/** The words of one sentence, as parallel arrays. */
export interface Words {
  text: string;
  start: number[];
  end: number[];
  norm: string[];
  /** Cue kinds of each word (those of the cue covering it), 0 for other words. */
  kinds: number[];
  /** Written with a capital (only in scripts that have capitals). */
  capital: boolean[];
  /** In a script with capitals. */
  cased: boolean[];
  /** In Arabic script (no capitals: any word that is not a cue may be a name). */
  arabic: boolean[];
  /** What separates word i from word i - 1 (`gap[0]` is the sentence start). */
  gap: Gap[];
  /** A colon stands before word i ("Kremlin: reports ... are fake"). */
  colon: boolean[];
  /** Before word i: 1 an opening parenthesis, 2 a closing one ("intelligence (HUR) said"). */
  paren: number[];
  cues: Cue[];
  /** Index in `cues` of the cue covering each word, -1 for none. */
  cueAt: number[];
}

/** Kinds that may stand in a speaker's name. */
/** A substitution ('made in Russia'). */
const HOME_MADE = K.DENY_WORD | K.SKIP;

export const NAME_KINDS = K.TITLE | K.NOUN | K.PLACE | K.JOIN | K.DET | K.SUBST;

const isCased = (c: string) => c.toLowerCase() !== c.toUpperCase();

/** Characters that may sit inside a name without breaking it: spaces, hyphens, apostrophes. */
function gapOf(between: string, prevWord: string): Gap {
  let hard = false;
  let comma = false;
  // The tokenizer leaves out a possessive "'s": "Iran's foreign ministry" is one name.
  const rest = /^['\u2019]s(?=\s|$)/.test(between) ? between.slice(2) : between;
  for (const c of rest) {
    const code = c.charCodeAt(0);
    if (isSpace(code) || isIgnorable(code) || /[-\u2010\u2011'\u2019]/.test(c)) continue;
    if (c === ',' || c === '\u060c') comma = true;
    // "U.S.", "Mr.", "Col.": a period after an initial or a short title does not end a name.
    else if (c === '.' && (prevWord.length === 1 || /^[A-Z][a-z]{0,2}$/.test(prevWord))) continue;
    else hard = true;
  }
  return hard ? Gap.Hard : comma ? Gap.Comma : Gap.None;
}

/**
 * Reads one sentence (at most a few thousand characters; the caller clips), through `cues` when
 * given (a test compares the generated matcher with a fresh compile).
 */
export function readWords(text: string, cues: StanceMatcher = stanceMatcher()): Words {
  const { matcher, rows } = cues;
  const t = tokenize(foldLetters(text));
  const n = t.norm.length;
  const w: Words = {
    text,
    start: t.start,
    end: t.end,
    norm: t.norm,
    kinds: new Array<number>(n).fill(0),
    capital: [],
    cased: [],
    arabic: [],
    gap: [],
    colon: [],
    paren: [],
    cues: [],
    cueAt: new Array<number>(n).fill(-1),
  };
  for (let i = 0; i < n; i++) {
    const first = text.charAt(t.start[i] ?? 0);
    const cased = isCased(first);
    w.cased.push(cased);
    w.arabic.push(/[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/.test(first));
    w.capital.push(cased && first !== first.toLowerCase());
    const prev = i > 0 ? text.slice(t.start[i - 1], t.end[i - 1]) : '';
    const between = i === 0 ? '' : text.slice(t.end[i - 1], t.start[i]);
    w.gap.push(i === 0 ? Gap.Hard : gapOf(between, prev));
    w.colon.push(between.includes(':'));
    w.paren.push((between.includes('(') ? 1 : 0) | (between.includes(')') ? 2 : 0));
  }
  for (let k = 0; k < n; k++) {
    const found = lookupAt(matcher, t.norm, t.pos, k);
    if (!found) continue;
    const row = rows[found.hit.bits];
    if (!row) continue;
    let kinds = row.kinds;
    // An English cue word written with a capital inside a sentence is a name ("May", "Post");
    // a substitution opening with a nationality is not ("Russian-made").
    const named = (kinds & HOME_MADE) !== HOME_MADE;
    if (row.lang === 'en' && k > 0 && w.capital[k] && w.gap[k] !== Gap.Hard && named) {
      kinds &= NAME_KINDS;
    }
    for (let j = k; j < k + found.length; j++) {
      w.kinds[j] = kinds;
      if (kinds) w.cueAt[j] = w.cues.length;
    }
    if (kinds) w.cues.push({ k, len: found.length, kinds, lang: row.lang, order: row.order });
    k += found.length - 1;
  }
  return w;
}
