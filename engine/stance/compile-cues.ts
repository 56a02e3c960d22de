/**
 * Compiles the stance cues (`cues/*.ts`, the source of every stance cue) into one matcher, each
 * language with its detection lexicon's inflection rules. This runs at build time (`npm run
 * cues:build` writes `data/generated/stance-matcher.json`) and in the test that keeps that file
 * current; the stance rules only read the result (`match.ts`), so the first stance after a
 * start does not pay for compiling every language's cues.
 */
import { DEFAULT_LEXICONS } from '../detect';
import { compileLexicons } from '../lexicon/compile';
import { matcherData } from '../lexicon/matcher-data';
import type { Lexicon } from '../lexicon/types';
import { tokenize } from '../text/tokenize';
import { STANCE_CUES } from './cues';
import { foldLetters } from './fold';
import type { CueRow, StanceMatcher, StanceMatcherData } from './match';
import type { StanceCues } from './types';

/**
 * Builds the matcher; a form keeps one row, whose kinds gather every language's. A form listed
 * by several languages does what each says, so "a" is an English article and a French
 * auxiliary at once.
 */
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

/** The compiled stance cues as data: what `data/generated/stance-matcher.json` holds. */
export function stanceMatcherData(
  compiled: StanceMatcher = compileStanceCues(),
): StanceMatcherData {
  const langs: StanceMatcherData['langs'] = [];
  for (const row of compiled.rows) {
    const last = langs[langs.length - 1];
    if (last && last[0] === row.lang && last[1] === row.order) last[2]++;
    else langs.push([row.lang, row.order, 1]);
  }
  return {
    matcher: matcherData(compiled.matcher),
    kinds: compiled.rows.map((r) => r.kinds),
    langs,
  };
}
