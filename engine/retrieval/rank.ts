/**
 * Ranking passages for an analysed query:
 * 1. Candidates come from the inverted index (stem → passages, entity → passages), among the
 *    allowed passages; the best 48 by weighted overlap go on. This prefilter keeps latency
 *    flat when the corpus grows.
 * 2. fuse.js re-reads the best 16 candidates only (`fuse-match.ts`).
 * 3. Score in [0, 1] = 0.85 × the share of the query's weight the passage covers (entities
 *    1.5 × (1 + IDF), stems IDF) + 0.15 × the fuse match quality; higher is better.
 * With a mention's matters, passages on them come first (see `retriever.ts`).
 */
import type { FuseMatcher } from './fuse-match';
import type { PassageIndex, Prepared } from './passage-index';
import type { AnalyzedQuery } from './query';
import { TopK } from './top-k';

const CANDIDATES = 48;
/** Postings longer than this (a term most passages share) do not pick candidates. */
const COMMON_POSTINGS = 256;
/** Of those, how many fuse re-reads. */
const FUSE_CANDIDATES = 16;

export interface Scored {
  p: Prepared;
  /** Summed weights of the query entities / stems the passage contains. */
  entity: number;
  stem: number;
  /** fuse.js match quality in [0, 1]. */
  fuse: number;
  score: number;
  /** How closely the passage's matters meet the mention's, in [0, 1]; 0: context only. */
  matter?: number;
  /** The same for matters near the mention's (`Matter.near`): context that answers next best. */
  near?: number;
  /** The mention's matters the passage is about, in the mention's order. */
  shared?: string[];
}

/** How a mention's matters weigh passages (`mention-matters.ts`). */
export interface MatterRanker {
  /** Passages (by order) about any of the mention's matters. */
  candidates: readonly number[];
  /** Match strength, the strength through near matters, and the shared matters of a passage. */
  judge(p: Prepared): { strength: number; near: number; shared: string[] };
}

export interface Ranker {
  /**
   * Ranks the allowed passages for a query. With `matters` (a mention's), passages about the
   * mention's matters come first, by how central the shared matter is to each side and then
   * by words; the rest follow as context, by words only.
   */
  rank(
    q: AnalyzedQuery,
    allowed: (p: Prepared) => boolean,
    limit: number,
    matters?: MatterRanker,
  ): Scored[];
}

export function createRanker(index: PassageIndex, fuse: FuseMatcher): Ranker {
  const { prepared, stemPostings, entityPostings } = index;
  const { records } = fuse;

  // Scratch buffers reused by every query: per-passage entity and stem weight sums.
  const entitySum = new Float64Array(prepared.length);
  const stemSum = new Float64Array(prepared.length);

  /**
   * The best `CANDIDATES` passages by weighted overlap (entity + stem weights they share with
   * the query), among those `allowed`. Linear in the postings touched.
   */
  function overlap(q: AnalyzedQuery, allowed: (p: Prepared) => boolean): Scored[] {
    const touched: number[] = [];
    const add = (list: readonly number[] | undefined, w: number, into: Float64Array) => {
      for (const i of list ?? []) {
        if (entitySum[i] === 0 && stemSum[i] === 0) touched.push(i);
        into[i]! += w;
      }
    };
    // Candidates come from the terms that tell passages apart. A term in most passages of a
    // big corpus (Iran, Russia) is left out of the search where rarer ones exist, and counted
    // only in the candidates' exact scores below: the cost follows the rare terms' postings.
    const rare = (list: readonly number[] | undefined) => (list?.length ?? 0) <= COMMON_POSTINGS;
    const anyRare =
      q.entities.some((e) => rare(entityPostings.get(e.name))) ||
      q.stems.some((t) => rare(stemPostings.get(t.stem)));
    for (const e of q.entities) {
      const list = entityPostings.get(e.name);
      if (!anyRare || rare(list)) add(list, e.weight, entitySum);
    }
    for (const t of q.stems) {
      const list = stemPostings.get(t.stem);
      if (!anyRare || rare(list)) add(list, t.idf, stemSum);
    }
    const top = new TopK(CANDIDATES);
    for (const i of touched) {
      const p = prepared[i]!;
      if (allowed(p)) top.offer(entitySum[i]! + stemSum[i]!, i);
    }
    const ids = top.sorted();
    for (const i of touched) entitySum[i] = stemSum[i] = 0;
    return ids.map((i) => lexicalOf(prepared[i]!, q));
  }

  /** Share of the query's weight the passage covers, plus the fuse match; in [0, 1]. */
  function combine(s: Scored, q: AnalyzedQuery): number {
    const total =
      q.entities.reduce((sum, e) => sum + e.weight, 0) + q.stems.reduce((sum, t) => sum + t.idf, 0);
    const coverage = total > 0 ? (s.entity + s.stem) / total : 0;
    return q.unknown.length > 0 || q.stems.length > 0 ? 0.85 * coverage + 0.15 * s.fuse : coverage;
  }

  /** Weighted overlap of one passage with the query (what `overlap` sums, for one passage). */
  function lexicalOf(p: Prepared, q: AnalyzedQuery): Scored {
    let entity = 0;
    let stemWeight = 0;
    for (const e of q.entities) if (p.entities.has(e.name)) entity += e.weight;
    for (const t of q.stems) if (p.stems.has(t.stem)) stemWeight += t.idf;
    return { p, entity, stem: stemWeight, fuse: 0, score: 0 };
  }

  function rank(
    q: AnalyzedQuery,
    allowed: (p: Prepared) => boolean,
    limit: number,
    matters?: MatterRanker,
  ): Scored[] {
    let pool = overlap(q, allowed);
    if (matters) {
      const inPool = new Set(pool.map((s) => s.p.order));
      for (const i of matters.candidates) {
        const p = prepared[i];
        if (p && !inPool.has(i) && allowed(p)) {
          inPool.add(i);
          pool.push(lexicalOf(p, q));
        }
      }
      for (const s of pool) {
        ({ strength: s.matter, near: s.near, shared: s.shared } = matters.judge(s.p));
      }
      pool.sort(
        (a, b) =>
          (b.matter ?? 0) - (a.matter ?? 0) ||
          (b.near ?? 0) - (a.near ?? 0) ||
          b.entity + b.stem - (a.entity + a.stem) ||
          a.p.order - b.p.order,
      );
    }
    let fuseRecords = pool
      .slice(0, FUSE_CANDIDATES)
      .map((s) => records[s.p.order])
      .filter((r) => r !== undefined);
    if (pool.length === 0 && q.unknown.length > 0) {
      // Only unknown words (typos): let fuse look at every allowed passage.
      fuseRecords = records.filter((r) => {
        const p = prepared[r.i];
        return p !== undefined && allowed(p);
      });
    }
    const fuseHits = fuse.over(fuseRecords, q);
    const byOrder = new Map(pool.map((s) => [s.p.order, s]));
    for (const [i, r] of fuseHits) {
      let s = byOrder.get(i);
      const p = prepared[i];
      if (!s && p) {
        const judged = matters?.judge(p);
        s = {
          p,
          entity: 0,
          stem: 0,
          fuse: 0,
          score: 0,
          matter: judged?.strength,
          near: judged?.near,
          shared: judged?.shared,
        };
        byOrder.set(i, s);
        pool.push(s);
      }
      if (s) s.fuse = 1 - Math.min(1, Math.max(0, r.score ?? 1));
    }
    pool = pool.map((s) => {
      const words = Math.min(1, Math.max(0, combine(s, q)));
      // On a shared matter: [0.5, 1], above context on a near matter: [0.4, 0.5), above
      // other context: [0, 0.4).
      const m = s.matter ?? 0;
      const n = s.near ?? 0;
      const score = !matters
        ? words
        : m > 0
          ? 0.5 + 0.35 * m + 0.15 * words
          : n > 0
            ? 0.4 + 0.05 * n + 0.049 * words
            : 0.399 * words;
      return { ...s, score };
    });
    pool = pool.filter((s) => s.score > 0);
    pool.sort((a, b) => b.score - a.score || a.p.order - b.p.order);
    return pool.slice(0, limit);
  }

  return { rank };
}

/**
 * Within the passages on the same matter, lets the next slot go to another outlet when one
 * has a passage on it, so readers see how each source tells the same matter.
 */
export function diversify(ranked: Scored[], limit: number): Scored[] {
  const rest = [...ranked];
  const out: Scored[] = [];
  const outlets = new Set<string>();
  while (out.length < limit && rest.length > 0) {
    const head = rest[0]!;
    const topic = head.shared?.[0];
    let pick = 0;
    if (topic !== undefined && outlets.has(head.p.source.outlet)) {
      const other = rest.findIndex(
        (s) => s.shared?.[0] === topic && !outlets.has(s.p.source.outlet),
      );
      if (other > 0) pick = other;
    }
    const [chosen] = rest.splice(pick, 1);
    out.push(chosen!);
    outlets.add(chosen!.p.source.outlet);
  }
  return out;
}
