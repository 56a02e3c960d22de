/**
 * The words of a passage that matched a query, in passage order, once each: what a passage
 * card marks. Entities are found by their canonical names, whatever the spelling.
 */
import { findEntityHits } from '../corpus/entities';
import type { Passage } from '../types';
import type { AnalyzedQuery } from './query';
import { WORD, stem } from './stems';

/** Returns `matchedWords(passage, query, fuzzy)`, caching each passage's entity hits. */
export function createMatchedWords(): (p: Passage, q: AnalyzedQuery, fuzzy: boolean) => string[] {
  const hitCache = new Map<string, ReturnType<typeof findEntityHits>>();
  function entityHitsOf(p: Passage) {
    let hits = hitCache.get(p.id);
    if (!hits) hitCache.set(p.id, (hits = findEntityHits(p.text)));
    return hits;
  }

  return function matchedWords(p: Passage, q: AnalyzedQuery, fuzzy: boolean): string[] {
    const stems = new Set(q.stems.map((s) => s.stem));
    const names = new Set(q.entities.map((e) => e.name));
    const hits: Array<{ at: number; word: string }> = [];
    for (const h of entityHitsOf(p)) {
      if (names.has(h.name)) hits.push({ at: h.start, word: p.text.slice(h.start, h.end) });
    }
    for (const m of p.text.matchAll(WORD)) {
      const s = stem(m[0]);
      const fuzzyHit =
        fuzzy &&
        q.unknown.some((u) => s.length >= 4 && (s.startsWith(u.slice(0, 4)) || u.startsWith(s)));
      if (stems.has(s) || fuzzyHit) hits.push({ at: m.index ?? 0, word: m[0] });
    }
    hits.sort((a, b) => a.at - b.at);
    const seen = new Set<string>();
    const out: string[] = [];
    for (const h of hits) {
      const key = h.word.toLowerCase();
      if (!seen.has(key)) {
        seen.add(key);
        out.push(h.word);
      }
    }
    return out;
  };
}
