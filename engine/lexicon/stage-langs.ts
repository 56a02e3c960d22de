/**
 * Which detector stage a page gets (`sets.ts`, `extra.ts`): by the page's `lang` attribute,
 * or by its letters where Hebrew, Devanagari or Kannada tell. The always-on probe imports only
 * this file; a unit test keeps the lists equal to the stages' lexicons.
 */

/**
 * The languages of each extra stage (besides English, which every stage carries). Adding a
 * stage is one row here, its lexicons in `extra.ts` and a ten-line entrypoint
 * `entrypoints/probe-detector-N/`; each stays within the stage size budget (README).
 */
export const STAGE_LANGS = {
  2: ['it', 'tr', 'nl'],
  3: ['et', 'id', 'bg'],
  4: ['fr', 'de', 'es', 'pt'],
  5: ['pl', 'sk'],
  6: ['he', 'hi', 'kn'],
} as const satisfies Record<number, readonly string[]>;

/** A detector stage: 1 is the base one (English, Russian, Ukrainian, Persian, Arabic). */
export type Stage = 1 | keyof typeof STAGE_LANGS;

/** The extra stages, in order. */
export const EXTRA_STAGES = Object.keys(STAGE_LANGS).map(Number) as Exclude<Stage, 1>[];

/** The stage a text in Hebrew, Devanagari or Kannada letters gets without a `lang`. */
const SCRIPT_STAGE: Stage = 6;

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
 * Which lexicon set a page needs (1: base, else an extra stage), from its declared language
 * (`<html lang>`) and a sample of its text. The probe picks its detector stage with it, and
 * the page UI the same lexicons, so both read a page alike.
 */
export function stageOf(lang: string, sample: readonly string[]): Stage {
  const code = lang.toLowerCase().split('-')[0] ?? '';
  for (const stage of EXTRA_STAGES) {
    if ((STAGE_LANGS[stage] as readonly string[]).includes(code)) return stage;
  }
  return sample.some(inExtraScripts) ? SCRIPT_STAGE : 1;
}
