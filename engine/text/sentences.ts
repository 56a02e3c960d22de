/**
 * Sentence splitter over the original text: returns spans that start at the sentence's first
 * visible character and end after its final mark and closing quotes. One pass with bounded
 * look-back, so linear whatever the input.
 */
import { isCloser, isDigit, isIgnorable, isSpace, isTerminal, isWordChar } from './chars';

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
 * Splits `text` into sentences as a flat array [start0, end0, start1, end1, ...] of original
 * offsets. Breaks after . ! ? … (and Arabic/CJK stops) followed by a space and not by a
 * lower-case word, and at blank lines. Never throws.
 */
export function sentenceSpans(text: string): number[] {
  const spans: number[] = [];
  const n = text.length;
  let segStart = -1;
  let lastVisible = -1;
  const close = (end: number): void => {
    if (segStart >= 0 && end > segStart) spans.push(segStart, end);
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
    close(j);
  }
  close(lastVisible + 1);
  return spans;
}
