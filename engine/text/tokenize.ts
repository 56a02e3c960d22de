/**
 * Word tokenizer that normalizes while it scans: lower case, soft hyphens, zero-width characters
 * (the Persian half-space) and Arabic vowel marks dropped, Hebrew acronyms typed with an ASCII
 * quote read as with the gershayim, words broken across lines
 * ("Sha-\nhed") rejoined, possessive "'s"/"’s" dropped, Cyrillic/Greek look-alikes folded inside
 * Latin words, letters and digits split ("Geran2" -> "geran", "2"), Arabic-Indic and Persian
 * digits read as ASCII ("۱۳۶" -> "136"). Each token keeps its offsets in the ORIGINAL text,
 * which is the offset map the highlighter needs. One pass, no regex, so linear in the text
 * length.
 */
import {
  foldConfusables,
  foldDigits,
  isApostrophe,
  isCyrillicOrGreek,
  isDigit,
  isEasternDigit,
  isHebrewAcronymQuote,
  isIgnorable,
  isLatinLetter,
  isLineHyphen,
  isWordChar,
} from './chars';

/** Tokens of a text as parallel arrays (cheaper than one object per token on 1 MB pages). */
export interface Tokens {
  /** Normalized token text; '' for tokens longer than any lexicon word (never looked up). */
  norm: string[];
  /** Offset of the token's first character in the original text. */
  start: number[];
  /** Offset just after the token's last word character in the original text. */
  end: number[];
  /** Ordinal of the token among ALL tokens of the text, including those a filter dropped. */
  pos: number[];
}

/** Longest token worth normalizing; longer runs (base64, "aaaa...") cannot be lexicon words. */
const MAX_TOKEN = 40;

/**
 * Bitset of word starts worth materializing, indexed by `prefixSlot` of a word's first four
 * characters. Most words of a page share no lexicon word's start; skipping them avoids
 * building and hashing a string per word. Collisions only keep a few extra words. Measured on
 * the bundled seeds (dense on-topic text): 1,137 of 5,700 words kept, and detection throughput
 * rose from ~13 to ~40 MB/s on the same (loaded) machine.
 */
export type PrefixFilter = Uint32Array;

/** Code of one ASCII character for a prefix key (letters 1-26, digits 27), -1 if not ASCII. */
function prefixCode(c: number): number {
  if (c >= 97 && c <= 122) return c - 96;
  if (c >= 65 && c <= 90) return c - 64;
  if (c >= 48 && c <= 57) return 27;
  return -1;
}

/** 16-bit slot of a 20-bit key (four 5-bit codes, 0 for a missing character). */
function prefixSlot(key: number): number {
  return Math.imul(key, 0x9e3779b1) >>> 16;
}

/** Marks the slot of `key` in the filter. */
function setSlot(filter: PrefixFilter, key: number): void {
  const slot = prefixSlot(key);
  filter[slot >>> 5] = (filter[slot >>> 5] ?? 0) | (1 << (slot & 31));
}

/**
 * Builds a filter that keeps every word starting like one of `words`. A three-letter word also
 * keeps its inflections ("uav" -> "uavs", "pay" -> "pays"): the inflection rules never cut a
 * stem below three letters.
 */
export function prefixFilter(words: Iterable<string>): PrefixFilter {
  const filter = emptyPrefixFilter();
  for (const w of words) addToPrefixFilter(filter, w);
  return filter;
}

/** A filter that keeps no word yet (`addToPrefixFilter` fills it). */
export function emptyPrefixFilter(): PrefixFilter {
  return new Uint32Array(2048);
}

/** The leading characters a prefix filter keys on: what it keeps of a word depends on no other. */
export const PREFIX_LETTERS = 4;

/** Makes `filter` keep every word starting like `w` (see `prefixFilter`). */
export function addToPrefixFilter(filter: PrefixFilter, w: string): void {
  let key = 0;
  for (let i = 0; i < PREFIX_LETTERS && key >= 0; i++) {
    const code = i < w.length ? prefixCode(w.charCodeAt(i)) : 0;
    key = code < 0 ? -1 : (key << 5) | code;
  }
  if (key < 0) return;
  setSlot(filter, key);
  if (w.length === 3) for (let code = 1; code <= 27; code++) setSlot(filter, key | code);
}

/** True when the filter keeps a word whose prefix key (`count` codes so far) is `key`. */
function kept(filter: PrefixFilter, key: number, count: number): boolean {
  if (key < 0) return true;
  const slot = prefixSlot(count >= 4 ? key : key << (5 * (4 - count)));
  return ((filter[slot >>> 5] ?? 0) & (1 << (slot & 31))) !== 0;
}

/**
 * If `text[i]` starts a line break that follows a hyphen ("Sha-\nhed"), returns the index of the
 * word's continuation, else -1. Only a lower-case continuation rejoins: "Iran-\nRussia" stays two
 * words. Scans the whitespace run once, so the caller's loop stays linear.
 */
function lineBreakContinuation(text: string, i: number): number {
  let j = i;
  let newline = false;
  for (; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 10 && !newline) newline = true;
    else if (c !== 32 && c !== 9 && c !== 13) break;
  }
  const c = text.charCodeAt(j);
  return newline && isWordChar(c) && !(c >= 65 && c <= 90) ? j : -1;
}

/**
 * Splits `text` into normalized word tokens with their original offsets. With a `filter`,
 * words whose first four characters no lexicon word has are counted but not returned.
 * Never throws.
 */
export function tokenize(text: string, filter?: PrefixFilter): Tokens {
  const tokens: Tokens = { norm: [], start: [], end: [], pos: [] };
  const n = text.length;
  let ordinal = 0;
  let s = -1; // start of the current token, -1 between tokens
  let piece = 0; // start of the current run of the token without skipped characters
  let acc = ''; // earlier runs of the token, when soft hyphens or line breaks split it
  let last = 0; // just after the current token's last word character
  let fold = false; // needs lower-casing (capital or non-ASCII letter seen)
  let latin = false;
  let foreign = false; // Cyrillic or Greek letter seen
  let digits = false;
  let eastern = false; // Arabic-Indic or Persian digit seen
  let count = 0; // word characters so far, up to 4
  let key = 0; // codes of the first four characters, -1 once one is not ASCII

  const flush = (): void => {
    if (s < 0) return;
    if (!filter || kept(filter, key, count)) {
      let w = '';
      if (last - s <= MAX_TOKEN) {
        w = acc + text.slice(piece, last);
        if (fold) w = w.toLowerCase();
        if (latin && foreign) w = foldConfusables(w);
        if (eastern) w = foldDigits(w);
      }
      tokens.norm.push(w);
      tokens.start.push(s);
      tokens.end.push(last);
      tokens.pos.push(ordinal);
    }
    ordinal++;
    s = -1;
  };
  /** Skips text[i, next) inside the current token. */
  const skip = (i: number, next: number): void => {
    if (last - s <= MAX_TOKEN) acc += text.slice(piece, i);
    piece = next;
  };

  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    // Fast path: a lower-case ASCII letter continuing a word of letters (most of any page).
    if (c >= 97 && c <= 122 && count >= 4 && !digits && s >= 0) {
      last = i + 1;
      continue;
    }
    if (c === 32) {
      flush(); // the commonest separator, decided without the checks below
      continue;
    }
    if (isWordChar(c)) {
      const d = isDigit(c);
      if (s >= 0 && d !== digits) flush();
      if (s < 0) {
        s = piece = i;
        acc = '';
        fold = latin = foreign = eastern = false;
        digits = d;
        count = key = 0;
      }
      if (count < 4) {
        const code = prefixCode(c);
        key = key < 0 || code < 0 ? -1 : (key << 5) | code;
        count++;
      }
      if (c < 65 || (c > 90 && c < 128)) latin ||= !d;
      else if (c < 128) fold = latin = true;
      else {
        fold = true;
        if (isCyrillicOrGreek(c)) foreign = true;
        else if (isLatinLetter(c)) latin = true;
        else if (isEasternDigit(c)) eastern = true;
      }
      last = i + 1;
      continue;
    }
    if (s < 0) continue;
    if (isIgnorable(c)) {
      skip(i, i + 1);
      continue;
    }
    // A Hebrew acronym typed with an ASCII quote reads as with the gershayim ("מל"ט" -> "מל״ט").
    if (isHebrewAcronymQuote(text, i)) {
      skip(i, i + 1);
      if (last - s <= MAX_TOKEN) acc += '\u05f4';
      last = i + 1;
      continue;
    }
    const j = isLineHyphen(c) ? lineBreakContinuation(text, i + 1) : -1;
    if (j > 0) {
      skip(i, j);
      i = j - 1;
      continue;
    }
    flush();
    // Possessive "'s" / "’s": the word is already flushed, skip the "s".
    if (
      isApostrophe(c) &&
      (text.charCodeAt(i + 1) | 32) === 115 &&
      !isWordChar(text.charCodeAt(i + 2))
    ) {
      i++;
    }
  }
  flush();
  return tokens;
}
