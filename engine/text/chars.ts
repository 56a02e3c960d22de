/**
 * Character classes for the tokenizer and sentence splitter: plain code-unit tests, no regex,
 * so every scan stays linear whatever the page contains.
 */

/**
 * Characters dropped inside a word: soft hyphen, ZWSP/ZWNJ/ZWJ (the Persian half-space),
 * LRM/RLM, word joiner, BOM, and the optional Arabic vowel marks and tatweel ("مسيّرة").
 */
export function isIgnorable(c: number): boolean {
  return (
    c === 0xad ||
    (c >= 0x200b && c <= 0x200f) ||
    c === 0x2060 ||
    c === 0xfeff ||
    (c >= 0x64b && c <= 0x652) ||
    c === 0x640
  );
}

/** Spaces, tabs, line breaks and the no-break / typographic spaces news sites use. */
export function isSpace(c: number): boolean {
  // Control characters count as space: they never belong to a word or a sentence's text.
  return c <= 32 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x3000;
}

/** ASCII digit. */
export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * A character that belongs to a word: ASCII letters and digits, and any letter-like code unit
 * beyond Latin-1 punctuation (Latin, Cyrillic, Greek, Arabic, Devanagari, CJK...). Punctuation
 * blocks, symbols and surrogates (emoji, broken pairs) separate words.
 */
export function isWordChar(c: number): boolean {
  if (!(c >= 48)) return false; // also NaN, read past the end of a string
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || isDigit(c);
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba;
  if (c === 0xd7 || c === 0xf7) return false;
  if (c >= 0x2000 && c <= 0x2bff) return false;
  if (c >= 0x3000 && c <= 0x303f) return false;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  // Arabic comma, semicolon, question mark and full stop are punctuation inside the letter block.
  if (c === 0x60c || c === 0x61b || c === 0x61f || c === 0x6d4) return false;
  // The Devanagari danda and double danda end sentences (Hindi).
  if (c === 0x964 || c === 0x965) return false;
  return !isIgnorable(c);
}

/** A Hebrew letter (alef to tav, final forms included). */
export function isHebrewLetter(c: number): boolean {
  return c >= 0x5d0 && c <= 0x5ea;
}

/**
 * Whether the quote at `text[i]` marks a Hebrew acronym ('מל"ט', 'כטב"מים', 'צה"ל', 'ש"ח'): an
 * ASCII double quote between two Hebrew letters, which Hebrew keyboards type for the gershayim,
 * with its last letter and at most a plural ending after it. Not the opening quote of a word or
 * phrase behind a one-letter prefix ('ו"שלום"', 'ל"משמרות המהפכה"'). Looks at most five
 * letters ahead, so a page of quotes and letters costs linear time.
 */
export function isHebrewAcronymQuote(text: string, i: number): boolean {
  if (text.charCodeAt(i) !== 34 || !isHebrewLetter(text.charCodeAt(i - 1))) return false;
  let k = i + 1;
  while (k - i <= 5 && isHebrewLetter(text.charCodeAt(k))) k++;
  const after = k - i - 1;
  if (after < 1 || after > 4 || text.charCodeAt(k) === 34) return false;
  return after === 1 || isHebrewLetter(text.charCodeAt(i - 2));
}

/** Hyphens and dashes that can end a line inside a broken word: "-", U+2010, U+2011. */
export function isLineHyphen(c: number): boolean {
  return c === 45 || c === 0x2010 || c === 0x2011;
}

/** Apostrophes: ASCII, right single quote (’), modifier letter apostrophe (ʼ). */
export function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0x2bc;
}

/** Marks that end a sentence: . ! ? … and the Arabic, Urdu and CJK stops. */
export function isTerminal(c: number): boolean {
  return (
    c === 46 ||
    c === 33 ||
    c === 63 ||
    c === 0x2026 ||
    c === 0x61f ||
    c === 0x6d4 ||
    c === 0x3002 ||
    c === 0x964 ||
    c === 0x965
  );
}

/** Closing quotes and brackets that may follow a sentence's final mark. */
export function isCloser(c: number): boolean {
  return (
    c === 34 ||
    c === 39 ||
    c === 41 ||
    c === 93 ||
    c === 0xbb ||
    c === 0x2019 ||
    c === 0x201d ||
    c === 0x203a
  );
}

/** Basic and extended Latin letters (for spotting mixed-script look-alike spellings). */
export function isLatinLetter(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)
  );
}

/** Cyrillic or Greek letters, whose look-alikes are swapped into Latin words to dodge filters. */
export function isCyrillicOrGreek(c: number): boolean {
  return c >= 0x370 && c <= 0x4ff;
}

/**
 * Lower-case Cyrillic (and the commonest Greek) letters that look like Latin ones, paired with the Latin letter.
 * Applied only inside a word that also has Latin letters ("Irаn" with Cyrillic а), so real
 * Russian words are left alone.
 */
const CONFUSABLE_PAIRS = 'аaвbеeкkмmнhоoрpсcтtуyхxіiјjѕsԁdοoαa';

/** Replaces Cyrillic/Greek look-alike letters in a lower-cased word that mixes scripts. */
export function foldConfusables(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const ch = word.charAt(i);
    const k = CONFUSABLE_PAIRS.indexOf(ch);
    out += k >= 0 && k % 2 === 0 ? CONFUSABLE_PAIRS.charAt(k + 1) : ch;
  }
  return out;
}

/** Arabic-Indic (U+0660-0669) and Persian (U+06F0-06F9) digits. */
export function isEasternDigit(c: number): boolean {
  return (c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9);
}

/** Replaces Arabic-Indic and Persian digits with ASCII ones: "۱۳۶" -> "136". */
export function foldDigits(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    out += isEasternDigit(c) ? String(c & 15) : word.charAt(i);
  }
  return out;
}
