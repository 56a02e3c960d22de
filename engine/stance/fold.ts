/**
 * Arabic-script and Cyrillic letters written more than one way, folded one for one so that
 * offsets stay those of the original text: Arabic yeh and alef maqsura to Persian yeh, Arabic
 * kaf to Persian kaf, alef with hamza or madda to bare alef, ё to е. The cue compiler folds the
 * cue forms and the rules fold the text they read, alike.
 */
const FOLD: Record<string, string> = {
  '\u064a': '\u06cc',
  '\u0649': '\u06cc',
  '\u0643': '\u06a9',
  '\u0623': '\u0627',
  '\u0625': '\u0627',
  '\u0622': '\u0627',
  '\u0671': '\u0627',
  '\u0451': '\u0435',
  '\u0401': '\u0415',
};
const FOLDABLE = /[\u064a\u0649\u0643\u0623\u0625\u0622\u0671\u0451\u0401]/g;

/** `text` with the letters of `FOLD` folded; the same length. */
export function foldLetters(text: string): string {
  return text.replace(FOLDABLE, (c) => FOLD[c] ?? c);
}
