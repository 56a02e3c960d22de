/**
 * Sentence splitter over the original text: returns spans that start at the sentence's first
 * visible character and end after its final mark and closing quotes. One pass with bounded
 * look-back, so linear whatever the input.
 */
import { isCloser, isDigit, isIgnorable, isSpace, isTerminal, isWordChar } from './chars';

/**
 * Longer than any sentence of real prose: such a run (a block with no sentence end, a list of
 * tags) is read in pieces, so a mention in it is the words near its terms, not the whole run.
 */
export const LONG_SENTENCE_CHARS = 1000;
/** The longest piece a long run is cut into: a mention there spans at most three of them. */
export const SENTENCE_PIECE_CHARS = 250;

const isBlank = (c: number) => isSpace(c) || isIgnorable(c);

/**
 * Pushes the span [from, to) of `text` (visible at both ends). A run longer than
 * LONG_SENTENCE_CHARS is cut into pieces of at most SENTENCE_PIECE_CHARS, each at the space in
 * its second half farthest from any lexicon hit (the last of equals), so a claim is not cut
 * from its terms. `hits` are [start, end) pairs in order; `cursor.at` walks them once. Each cut
 * looks at half a piece, so the whole stays linear.
 */
function pushSentence(
  text: string,
  spans: number[],
  from: number,
  to: number,
  hits: readonly number[],
  cursor: { at: number },
): void {
  let p = from;
  while (to - from > LONG_SENTENCE_CHARS && to - p > SENTENCE_PIECE_CHARS) {
    let k = p + SENTENCE_PIECE_CHARS / 2;
    while (cursor.at < hits.length && hits[cursor.at + 1]! <= k) cursor.at += 2;
    let j = cursor.at;
    let cut = p + SENTENCE_PIECE_CHARS;
    if ((text.charCodeAt(cut) & 0xfc00) === 0xdc00) cut--; // never split a surrogate pair
    for (let gap = -1; ++k <= p + SENTENCE_PIECE_CHARS;) {
      if (!isSpace(text.charCodeAt(k))) continue;
      while (j < hits.length && hits[j + 1]! <= k) j += 2;
      const near = Math.min(
        j > 0 ? k - hits[j - 1]! : Infinity,
        j < hits.length ? Math.max(0, hits[j]! - k) : Infinity,
      );
      if (near >= gap) {
        cut = k;
        gap = near;
      }
    }
    let end = cut;
    while (end > p + 1 && isBlank(text.charCodeAt(end - 1))) end--;
    spans.push(p, end);
    for (p = cut; isBlank(text.charCodeAt(p));) p++;
  }
  spans.push(p, to);
}

/**
 * True when the period at `i` closes an initial ("U.S.", "J.") or a short title-case
 * abbreviation ("Mr.", "Lt. Gen.", "Jan.", "No. 5"). A shape test instead of a word list keeps
 * the content script small; acronyms in capitals ("the UN.") still end sentences, and a real
 * sentence ending in a short title-case word merely joins the next one, which only widens a span.
 */
function endsAbbreviation(text: string, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && i - k <= 4 && isWordChar(text.charCodeAt(k))) k--;
  const word = text.slice(k + 1, i);
  if (i - k > 4 || word.length === 0 || isDigit(word.charCodeAt(0))) return false;
  const head = word.charCodeAt(0);
  return (
    word.length === 1 || (head >= 65 && head <= 90 && word.slice(1) === word.slice(1).toLowerCase())
  );
}

/**
 * A German month after a day written as an ordinal ("am 8. Juni"): that period ends no
 * sentence. Other languages that write the day so put the month in lower case, which never
 * starts a sentence anyway.
 */
const MONTH_AFTER_DAY =
  /^(?:J(?:anuar|änner|uni|uli)|Feb(?:ruar|er)|März|April|Mai|August|September|Oktober|November|Dezember)(?![\p{L}\p{M}])/u;

/** True when the period at `i` follows a day of one or two digits and `next` starts a month. */
function endsOrdinalDay(text: string, i: number, next: number): boolean {
  let k = i - 1;
  while (k >= 0 && i - k <= 3 && isDigit(text.charCodeAt(k))) k--;
  const digits = i - 1 - k;
  // The day stands alone: not the end of a score or a time ("endete 2:1. August Müller traf").
  const before = k >= 0 ? text.charCodeAt(k) : 32;
  if (digits < 1 || digits > 2 || !(isSpace(before) || before === 40)) return false;
  return MONTH_AFTER_DAY.test(text.slice(next, next + 10));
}

/**
 * Splits `text` into sentences as a flat array [start0, end0, start1, end1, ...] of original
 * offsets. Breaks after . ! ? … (and Arabic/CJK stops) followed by a space and not by a
 * lower-case word, and at blank lines; a run longer than LONG_SENTENCE_CHARS is cut into
 * pieces, away from the lexicon `hits` ([start, end) pairs in order) where it can. Never throws.
 */
export function sentenceSpans(text: string, hits: readonly number[] = []): number[] {
  const spans: number[] = [];
  const cursor = { at: 0 };
  const n = text.length;
  let segStart = -1;
  let lastVisible = -1;
  const close = (end: number): void => {
    if (segStart >= 0 && end > segStart) pushSentence(text, spans, segStart, end, hits, cursor);
    segStart = -1;
  };
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    // Fast paths for the bulk of any text: spaces, and ASCII letters that extend the sentence.
    if (c === 32) continue;
    if (c >= 97 ? c <= 122 : c >= 65 && c <= 90) {
      if (segStart < 0) segStart = i;
      lastVisible = i;
      continue;
    }
    if (c === 10 && segStart >= 0) {
      let j = i + 1;
      while (
        j < n &&
        (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9 || text.charCodeAt(j) === 13)
      )
        j++;
      if (j < n && text.charCodeAt(j) === 10) close(lastVisible + 1);
      continue;
    }
    if (isSpace(c) || isIgnorable(c)) continue;
    if (segStart < 0) segStart = i;
    lastVisible = i;
    if (!isTerminal(c)) continue;
    let j = i + 1;
    while (j < n && (isTerminal(text.charCodeAt(j)) || isCloser(text.charCodeAt(j)))) j++;
    // The run of marks is consumed either way: rescanning it from every mark would be quadratic
    // on inputs like a million dots.
    lastVisible = j - 1;
    const mark = i;
    i = j - 1;
    if (j < n && !isSpace(text.charCodeAt(j))) continue;
    if (c === 46 && j === mark + 1 && endsAbbreviation(text, mark)) continue;
    let k = j;
    while (k < n && isSpace(text.charCodeAt(k)) && text.charCodeAt(k) !== 10) k++;
    const next = k < n ? text.charCodeAt(k) : 0;
    if (next >= 97 && next <= 122) continue;
    if (c === 46 && j === mark + 1 && endsOrdinalDay(text, mark, k)) continue;
    close(j);
  }
  close(lastVisible + 1);
  return spans;
}
