/**
 * The stance cues of every language as one matcher (`engine/lexicon/compile.ts`), with each
 * language's inflection rules borrowed from its detection lexicon. A form listed by several
 * languages does what each says (its kinds are OR-ed), so "a" is an English article and a
 * French auxiliary at once.
 */
import { DEFAULT_LEXICONS } from '../detect';
import { compileLexicons, lookupAt, type Matcher } from '../lexicon/compile';
import type { Lexicon } from '../lexicon/types';
import { tokenize } from '../text/tokenize';
import { STANCE_CUES } from './cues';
import type { SpeakerOrder, StanceCues } from './types';

/** What a matched form stands for. */
export interface CueRow {
  kinds: number;
  /** The first language listing the form. */
  lang: string;
  order: SpeakerOrder;
}

export interface StanceMatcher {
  matcher: Matcher;
  rows: CueRow[];
}

/**
 * Arabic-script and Cyrillic letters written more than one way, folded one for one so that
 * offsets stay those of the original text: Arabic yeh and alef maqsura to Persian yeh, Arabic
 * kaf to Persian kaf, alef with hamza or madda to bare alef, ё to е.
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

/** Builds the matcher; a form keeps one row, whose kinds gather every language's. */
export function compileStanceCues(sets: readonly StanceCues[] = STANCE_CUES): StanceMatcher {
  const rows: CueRow[] = [];
  const rowOf = new Map<string, number>();
  const byLang = new Map(DEFAULT_LEXICONS.map((l) => [l.lang, l]));
  const lexicons: Lexicon[] = sets.map((set) => {
    const terms: [number, string][] = [];
    for (const [kinds, forms] of set.cues) {
      for (const raw of forms.split('|')) {
        const form = foldLetters(raw);
        const key = tokenize(form)
          .norm.filter((t) => t)
          .join(' ');
        if (!key) continue;
        let row = rowOf.get(key);
        if (row === undefined) {
          row = rows.length;
          rows.push({ kinds, lang: set.lang, order: set.order });
          rowOf.set(key, row);
        } else {
          const existing = rows[row]!;
          existing.kinds |= kinds;
        }
        terms.push([row, form]);
      }
    }
    const base = byLang.get(set.lang);
    return {
      lang: set.lang,
      suffixes: base?.suffixes === undefined ? undefined : foldLetters(base.suffixes),
      prefixes: base?.prefixes === undefined ? undefined : foldLetters(base.prefixes),
      terms,
    };
  });
  return { matcher: compileLexicons(lexicons), rows };
}

let compiled: StanceMatcher | undefined;

/** The matcher of every language's cues, built on first use. */
export function stanceMatcher(): StanceMatcher {
  compiled ??= compileStanceCues();
  return compiled;
}

export { lookupAt };
