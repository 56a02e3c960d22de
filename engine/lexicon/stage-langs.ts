/**
 * Which detector stage a page gets (`sets.ts`, `extra.ts`): by the page's `lang` attribute,
 * or by its letters where Hebrew, Devanagari or Kannada tell. The always-on probe imports only this
 * file; a unit test keeps the lists equal to the stages' lexicons.
 */
export const EXTRA_LANGS_2: readonly string[] = ['it', 'pl', 'sk', 'tr', 'nl'];
export const EXTRA_LANGS_3: readonly string[] = ['et', 'id', 'bg', 'he', 'hi', 'kn'];
export const EXTRA_LANGS_4: readonly string[] = ['fr', 'de', 'es', 'pt'];

/** A detector stage: 1 is the base one (English, Russian, Ukrainian, Persian, Arabic). */
export type Stage = 1 | 2 | 3 | 4;

/** Whether `text` has Hebrew, Devanagari or Kannada letters. */
export function inExtraScripts(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x590 && c <= 0x5ff) || (c >= 0x900 && c <= 0x97f) || (c >= 0xc80 && c <= 0xcff)) {
      return true;
    }
  }
  return false;
}

/**
 * Which lexicon set a page needs (1: base, 2 to 4: the extra stages), from its declared
 * language (`<html lang>`) and a sample of its text. The probe picks its detector stage with
 * it, and the page UI the same lexicons, so both read a page alike.
 */
export function stageOf(lang: string, sample: readonly string[]): Stage {
  const code = lang.toLowerCase().split('-')[0] ?? '';
  if (EXTRA_LANGS_2.includes(code)) return 2;
  if (EXTRA_LANGS_4.includes(code)) return 4;
  if (EXTRA_LANGS_3.includes(code) || sample.some(inExtraScripts)) return 3;
  return 1;
}
