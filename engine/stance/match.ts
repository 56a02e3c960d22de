/**
 * The stance cues of every language as one matcher (`engine/lexicon/compile.ts`), compiled at
 * build time (`compile-cues.ts`, `npm run cues:build`; a unit test keeps the generated file
 * current) and only read here, on first use.
 */
import stanceMatcherJson from '../../data/generated/stance-matcher.json';
import { lookupAt, type Matcher } from '../lexicon/compile';
import { matcherFromData, type MatcherData } from '../lexicon/matcher-data';
import type { SpeakerOrder } from './types';

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

/** The compiled stance cues as JSON data: what `data/generated/stance-matcher.json` holds. */
export interface StanceMatcherData {
  matcher: MatcherData;
  /** Each row's cue kinds, by row index (a matched form's hit bits). */
  kinds: number[];
  /** The rows' languages, in row order, as runs: [language, its speaker order, rows]. */
  langs: Array<[string, SpeakerOrder, number]>;
}

/** The matcher and rows `data` was made from. */
export function stanceMatcherFromData(data: StanceMatcherData): StanceMatcher {
  const rows: CueRow[] = [];
  let i = 0;
  for (const [lang, order, count] of data.langs) {
    for (const end = i + count; i < end; i++) rows.push({ kinds: data.kinds[i] ?? 0, lang, order });
  }
  return { matcher: matcherFromData(data.matcher), rows };
}

let compiled: StanceMatcher | undefined;

/** The matcher of every language's cues, read from the generated data on first use. */
export function stanceMatcher(): StanceMatcher {
  compiled ??= stanceMatcherFromData(stanceMatcherJson as unknown as StanceMatcherData);
  return compiled;
}

export { lookupAt };
