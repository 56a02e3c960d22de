/**
 * A query reduced to its salient parts: canonical entities (the entity table, so "Suleimani"
 * and "Soleymani" both mean Qassem Soleimani; the detector's terms count too) and content-word
 * stems the corpus knows, weighted by rarity; unknown words of a short query for fuzzy matching.
 */
import { entitiesOfTerms, findEntities, findEntityHits } from '../corpus/entities';
import type { PassageIndex } from './passage-index';
import { contentStems } from './stems';

/** Longest query text analysed; the rest of a huge query is ignored. */
export const MAX_QUERY_CHARS = 4000;
const MAX_QUERY_STEMS = 32;
/** Unknown words (typos, spelling variants) matched fuzzily, at most this many. */
const MAX_FUZZY_TOKENS = 4;

export interface AnalyzedQuery {
  /** Known stems with their IDF, rarest first. */
  stems: Array<{ stem: string; idf: number }>;
  /** Words the corpus does not contain, for fuzzy matching. */
  unknown: string[];
  entities: Array<{ name: string; weight: number }>;
}

/** Analyses a query text (and the detector's terms for it) against the indexed corpus. */
export function analyzeQuery(
  index: PassageIndex,
  text: string,
  terms: readonly string[] = [],
): AnalyzedQuery {
  const { entityPostings, stemPostings, idf } = index;
  const clipped = typeof text === 'string' ? text.slice(0, MAX_QUERY_CHARS) : '';
  const safeTerms = Array.isArray(terms) ? terms.filter((t) => typeof t === 'string') : [];
  const hits = findEntityHits(clipped);
  const entityNames = new Set([
    ...hits.map((h) => h.name),
    ...findEntities(safeTerms.join(' . ')),
    ...entitiesOfTerms(safeTerms),
  ]);
  // An entity weighs more than a word (it is what the sentence is about), and common ones
  // (Iran, Russia) still count: 1.5 × (1 + IDF).
  const entities = [...entityNames]
    .filter((e) => entityPostings.has(e))
    .map((name) => ({ name, weight: 1.5 * (1 + idf(entityPostings.get(name)?.length ?? 0)) }));
  // Entity names are matched canonically above, so their words are not counted again as
  // stems (else "Soleymani" would only match the one article spelling it that way).
  let rest = '';
  let from = 0;
  for (const h of hits) {
    rest += `${clipped.slice(from, h.start)} `;
    from = h.end;
  }
  rest += clipped.slice(from);
  const seen = new Set<string>();
  const stems: AnalyzedQuery['stems'] = [];
  const unknown: string[] = [];
  for (const s of contentStems(rest)) {
    if (seen.has(s)) continue;
    seen.add(s);
    const df = stemPostings.get(s)?.length ?? 0;
    if (df > 0) stems.push({ stem: s, idf: idf(df) });
    else if (s.length >= 4 && /^\p{L}+$/u.test(s)) unknown.push(s);
  }
  stems.sort((a, b) => b.idf - a.idf || a.stem.localeCompare(b.stem));
  // Fuzzy matching (bitap) is for short queries with typos ("Gazprum"); a sentence already
  // says enough through its known words and entities, and bitap over long texts is slow.
  const fuzzy = stems.length + entities.length < 3 ? unknown.slice(0, MAX_FUZZY_TOKENS) : [];
  return { stems: stems.slice(0, MAX_QUERY_STEMS), unknown: fuzzy, entities };
}
