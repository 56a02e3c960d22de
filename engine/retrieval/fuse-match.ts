/**
 * fuse.js over a few passages at a time: extended search, one item per query token (exact
 * for words the corpus knows, fuzzy for the unknown words of short queries) over passage
 * text, entities and heading. It re-reads only the candidates it is given, through the
 * prebuilt index's records.
 */
import Fuse, { type Expression, type FuseIndex, type FuseResult } from 'fuse.js';
import { FUSE_KEYS, FUSE_OPTIONS } from '../corpus/search-index';
import type { Passage } from '../types';
import type { AnalyzedQuery } from './query';

/** Query tokens fuse reads at most. */
const FUSE_TOKENS = 8;

type FuseRecords = FuseIndex<Passage>['records'];

export interface FuseMatcher {
  /** The index's records, one per passage (`r.i` is the passage's order). */
  records: FuseRecords;
  /** Runs fuse over the given records only; returns doc index → fuse result. */
  over(recordSet: FuseRecords, q: AnalyzedQuery): Map<number, FuseResult<Passage>>;
}

/** Escapes a token for fuse's extended search (letters and digits only reach here). */
function fuseToken(token: string, exact: boolean): string {
  return exact ? `'${token}` : token.slice(0, 32);
}

/**
 * A matcher over `docs`. Pass the serialized fuse index (`data/generated/fuse-index.json`)
 * to skip building it; without it (or if it does not match the passages) it is built here.
 */
export function createFuseMatcher(docs: Passage[], fuseIndexJson?: unknown): FuseMatcher {
  const fullIndex = loadIndex(fuseIndexJson, docs);
  const records = fullIndex.records;
  // One fuse instance whose index records are swapped per query for the candidates' records
  // (records keep their document index, so results still point into `docs`).
  const subIndex = Fuse.parseIndex<Passage>({ keys: fullIndex.keys, records: [] });
  const subFuse = new Fuse(docs, FUSE_OPTIONS, subIndex);

  function over(recordSet: FuseRecords, q: AnalyzedQuery) {
    const items: Expression[] = [
      ...q.stems.slice(0, FUSE_TOKENS).map((s) => s.stem),
      ...q.unknown,
    ].flatMap((token) => {
      const exact = !q.unknown.includes(token);
      return FUSE_KEYS.map((k): Expression => ({ [k.name]: fuseToken(token, exact) }));
    });
    const byDoc = new Map<number, FuseResult<Passage>>();
    if (items.length === 0 || recordSet.length === 0) return byDoc;
    subIndex.setIndexRecords(recordSet);
    for (const r of subFuse.search({ $or: items })) byDoc.set(r.refIndex, r);
    return byDoc;
  }

  return { records, over };
}

/** Parses the serialized index when it matches `docs`, else builds one. */
function loadIndex(json: unknown, docs: readonly Passage[]): FuseIndex<Passage> {
  if (typeof json === 'object' && json !== null) {
    const data = json as { keys?: unknown; records?: unknown };
    if (
      Array.isArray(data.keys) &&
      Array.isArray(data.records) &&
      data.records.length === docs.length
    ) {
      return Fuse.parseIndex<Passage>(data as Parameters<typeof Fuse.parseIndex<Passage>>[0]);
    }
  }
  return Fuse.createIndex<Passage>(FUSE_KEYS, [...docs]);
}
