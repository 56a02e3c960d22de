/**
 * Splits a text into plain and marked segments so a UI can wrap the matched words in
 * `<mark>` elements without ever parsing text as markup.
 */

/** A run of text; `marked` runs are the words that matched the query. */
export interface Segment {
  text: string;
  marked: boolean;
}

const REGEX_SPECIAL = /[.*+?^${}()|[\]\\]/g;

/** Characters that make up a word (letters and digits in any script, plus inner hyphens). */
const WORD_CHAR = /[\p{L}\p{N}]/u;

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD_CHAR.test(ch);
}

/**
 * Marks every whole-word, case-insensitive occurrence of `words` in `text`. Longer words win
 * over their prefixes ("Shahed-136" over "Shahed"); empty or one-letter words are ignored so a
 * stray "a" does not mark half the text. Adjacent segments never share a `marked` value, and
 * joining the segments' text always gives back `text` exactly.
 */
export function markMatches(text: string, words: readonly string[]): Segment[] {
  const terms = [...new Set(words.map((w) => w.trim()).filter((w) => w.length >= 2))].sort(
    (a, b) => b.length - a.length,
  );
  if (text === '') return [];
  if (terms.length === 0) return [{ text, marked: false }];
  const pattern = new RegExp(terms.map((t) => t.replace(REGEX_SPECIAL, '\\$&')).join('|'), 'giu');
  const segments: Segment[] = [];
  const push = (part: string, marked: boolean) => {
    if (part === '') return;
    const last = segments[segments.length - 1];
    if (last && last.marked === marked) last.text += part;
    else segments.push({ text: part, marked });
  };
  let cursor = 0;
  for (const m of text.matchAll(pattern)) {
    const start = m.index;
    const end = start + m[0].length;
    // Whole words only: "Iran" must not mark the start of "Iranian".
    if (isWordChar(text[start - 1]) || isWordChar(text[end])) continue;
    push(text.slice(cursor, start), false);
    push(m[0], true);
    cursor = end;
  }
  push(text.slice(cursor), false);
  return segments;
}
