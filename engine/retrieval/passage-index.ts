/**
 * The corpus as retrieval reads it: each passage with its stems, entities, topics and
 * matters, and inverted indexes (stem, entity, matter → passages) for picking candidates.
 */
import type { Corpus, Passage, Source, Topic } from '../types';
import { contentStems } from './stems';

/** A passage ready for scoring; `order` is its place in `PassageIndex.prepared`. */
export interface Prepared {
  passage: Passage;
  source: Source;
  order: number;
  stems: ReadonlySet<string>;
  entities: ReadonlySet<string>;
  topics: ReadonlySet<Topic>;
  /** The passage's matters, most central first. */
  matters: readonly string[];
}

export interface PassageIndex {
  /** The passages whose source is known, in corpus order. */
  prepared: Prepared[];
  /** Postings: the passages (by order, ascending) with each stem, each entity. */
  stemPostings: Map<string, number[]>;
  entityPostings: Map<string, number[]>;
  /**
   * Each matter's passages, those whose main matter it is first (then by position in the
   * passage's list, then corpus order).
   */
  matterPostings: Map<string, number[]>;
  /** The inverse document frequency of a term found in `df` passages. */
  idf(df: number): number;
}

function push<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key);
  if (list) {
    if (list[list.length - 1] !== value) list.push(value);
  } else map.set(key, [value]);
}

/** Prepares and indexes the corpus's passages (a passage of an unknown source is left out). */
export function indexPassages(corpus: Corpus): PassageIndex {
  const sources = new Map(corpus.sources.map((s) => [s.id, s]));
  const prepared: Prepared[] = [];
  corpus.passages.forEach((passage) => {
    const source = sources.get(passage.sourceId);
    if (!source) return;
    prepared.push({
      passage,
      source,
      order: prepared.length,
      stems: new Set(contentStems(`${passage.heading ?? ''} ${passage.text}`)),
      entities: new Set(passage.entities),
      topics: new Set(passage.topics),
      matters: Array.isArray(passage.matters) ? passage.matters : [],
    });
  });

  const stemPostings = new Map<string, number[]>();
  const entityPostings = new Map<string, number[]>();
  for (const p of prepared) {
    for (const s of p.stems) push(stemPostings, s, p.order);
    for (const e of p.entities) push(entityPostings, e, p.order);
  }
  const matterPostings = new Map<string, number[]>();
  const rankOf = (order: number, id: string) => prepared[order]!.matters.indexOf(id);
  for (const p of prepared) for (const m of p.matters) push(matterPostings, m, p.order);
  for (const [m, list] of matterPostings) {
    list.sort((a, b) => rankOf(a, m) - rankOf(b, m) || a - b);
  }
  const n = prepared.length || 1;
  const idf = (df: number) => Math.log(1 + n / Math.max(df, 1));
  return { prepared, stemPostings, entityPostings, matterPostings, idf };
}
