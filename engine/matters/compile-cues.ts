/**
 * Compiles the cue lexicons (`cues/*.ts`, the source of every cue) into one matcher, each with
 * its language's inflection rules. This runs at build time (`npm run cues:build` writes
 * `data/generated/cue-matcher.json`) and in the test that keeps that file current; the
 * classifier only reads the result, so the first classification after a start does not pay for
 * tens of thousands of forms.
 */
import { DEFAULT_LEXICONS } from '../detect';
import { compileLexicons, type Matcher } from '../lexicon/compile';
import { matcherData, type MatcherData } from '../lexicon/matcher-data';
import type { Lexicon } from '../lexicon/types';
import type { Concept } from './concepts';
import { CUE_LEXICONS } from './cues';
import type { CueLexicon } from './cues/types';

export interface CompiledCues {
  matcher: Matcher;
  /** Row index (the lexicon "bits") → concepts. */
  rows: Concept[][];
}

/** The compiled cues as JSON data: what `data/generated/cue-matcher.json` holds. */
export interface CueMatcherData {
  matcher: MatcherData;
  rows: Concept[][];
}

/** The cue lexicons as one matcher, each with its language's inflection rules. */
export function compileCues(lexicons: readonly CueLexicon[] = CUE_LEXICONS): CompiledCues {
  const rows: Concept[][] = [];
  const byLang = new Map(DEFAULT_LEXICONS.map((l) => [l.lang, l]));
  const asLexicons: Lexicon[] = lexicons.map((cue) => {
    const base = byLang.get(cue.lang);
    return {
      lang: cue.lang,
      suffixes: base?.suffixes,
      prefixes: base?.prefixes,
      terms: cue.cues.map(([concepts, forms]) => {
        rows.push(typeof concepts === 'string' ? [concepts] : [...concepts]);
        return [rows.length - 1, forms] as const;
      }),
    };
  });
  return { matcher: compileLexicons(asLexicons), rows };
}

/** `compileCues()` as data. */
export function cueMatcherData(compiled: CompiledCues = compileCues()): CueMatcherData {
  return { matcher: matcherData(compiled.matcher), rows: compiled.rows };
}
