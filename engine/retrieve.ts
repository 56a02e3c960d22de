/**
 * Retrieval: which corpus passages give context for a mention (popover, side panel) or a
 * free-text search.
 *
 * How a passage is scored against a query (a mention's sentence, or search words):
 * 1. The query is reduced to its salient parts: canonical entities (the entity table, so
 *    "Suleimani" and "Soleymani" both mean Qassem Soleimani; the detector's terms count too)
 *    and content-word stems (stopwords dropped, at most 32, rarest first).
 * 2. Candidates come from an inverted index (stem → passages, entity → passages), restricted
 *    to the mention's topics; the best 48 by weighted overlap go on. This prefilter keeps
 *    latency flat when the corpus grows.
 * 3. fuse.js (extended search, one item per token: exact for words the corpus knows, fuzzy
 *    for unknown words of short queries, over passage text, entities and heading) re-reads
 *    the best 16 candidates only, using the prebuilt index's records.
 * 4. Score in [0, 1] = 0.85 × the share of the query's weight the passage covers (entities
 *    1.5 × (1 + IDF), stems IDF) + 0.15 × the fuse match quality; higher is better.
 * A mention gets passages of its own topics only. Its matters (`engine/matters/`, classified
 * from its sentence and, where that is vague, the text around it) come first: passages about
 * them score in [0.5, 1] by how central the shared matter is to each side (0.35) and the
 * score above (0.15), and are marked `match: 'matter'`; every other passage is context,
 * marked `match: 'context'`: first those on a matter near the mention's (`Matter.near`, in
 * [0.4, 0.5)), then the rest, in [0, 0.4). The next slot goes to another outlet on the same
 * matter where there is one. When nothing matches, the topic's passages that share most
 * entities with it still come (low scores), so a popover is never empty while the topic has
 * passages.
 */
import Fuse, { type Expression, type FuseIndex, type FuseResult } from 'fuse.js';
import { entitiesOfTerms, findEntities, findEntityHits } from './corpus/entities';
import { FUSE_KEYS, FUSE_OPTIONS } from './corpus/search-index';
import { classifyMatters } from './matters/classify';
import { MATTERS, matterById } from './matters/catalogue';
import type {
  Corpus,
  MentionContext,
  MentionMatter,
  Passage,
  RetrievalQuery,
  RetrievedPassage,
  Source,
  Topic,
} from './types';
import { TOPICS } from './types';

export interface Retriever {
  /**
   * What the corpus has for a mention: the matters recognised in it, and passages of the
   * mention's topics only (never the other topic), those on its matters first, then context.
   */
  forMention(query: RetrievalQuery, limit?: number): MentionContext;
  /** Free-text search over the whole corpus (side panel search box, context menu). */
  search(text: string, limit?: number): RetrievedPassage[];
}

/** Longest query text analysed; the rest of a huge query is ignored. */
const MAX_QUERY_CHARS = 4000;
const MAX_QUERY_STEMS = 32;
/** Unknown words (typos, spelling variants) matched fuzzily, at most this many. */
const MAX_FUZZY_TOKENS = 4;
const CANDIDATES = 48;
/** Postings longer than this (a term most passages share) do not pick candidates. */
const COMMON_POSTINGS = 256;
/** Of those, how many fuse re-reads, and with how many query tokens. */
const FUSE_CANDIDATES = 16;
const FUSE_TOKENS = 8;
const DEFAULT_MENTION_LIMIT = 5;
/** Extra ranked passages the outlet diversity may draw from. */
const DIVERSITY_POOL = 6;
/** Passages per recognised matter that join the candidates (main matter first). */
const MATTER_CANDIDATES = 24;
/** Weight of a mention's 1st, 2nd, 3rd… matter, and of a passage's. */
const MENTION_MATTER_WEIGHT = [1, 0.75, 0.55];
const PASSAGE_MATTER_WEIGHT = [1, 0.85, 0.7];
/** Weight of a matter's 1st, 2nd, 3rd… near matter (`Matter.near`). */
const NEAR_MATTER_WEIGHT = [1, 0.8, 0.65, 0.5];
/** Weight of a topic's core matter for a mention whose matters were not recognised. */
const UNRECOGNISED_CORE_WEIGHT = 0.5;
const DEFAULT_SEARCH_LIMIT = 10;

const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all also although am among an and any are as at be ' +
    'because been before being below between both but by can could did do does doing down ' +
    'during each even ever every few for from further had has have having he her here hers ' +
    'him his how however i if in into is it its itself just last least less like made make ' +
    'many may me might more most much must my near new no nor not now of off on once one ' +
    'only or other our ours out over own per said same say says she should since so some ' +
    'still such than that the their theirs them then there these they this those though ' +
    'through thus to too two under until up upon us very via was we were what when where ' +
    'whether which while who whom whose why will with within without would year years yet ' +
    'you your according amid told reported report reports week month today yesterday'
  ).split(' '),
);

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** Light stemmer shared by index and query: possessive and plural endings only. */
function stem(word: string): string {
  const w = word.toLowerCase().replace(/['’]s$/, '');
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) {
    return w.slice(0, -1);
  }
  return w;
}

function contentStems(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORD)) {
    const s = stem(m[0]);
    if (s.length >= 3 && !STOPWORDS.has(s) && !STOPWORDS.has(m[0].toLowerCase())) out.push(s);
  }
  return out;
}

interface Prepared {
  passage: Passage;
  source: Source;
  order: number;
  stems: ReadonlySet<string>;
  entities: ReadonlySet<string>;
  topics: ReadonlySet<Topic>;
  /** The passage's matters, most central first. */
  matters: readonly string[];
}

interface AnalyzedQuery {
  /** Known stems with their IDF, rarest first. */
  stems: Array<{ stem: string; idf: number }>;
  /** Words the corpus does not contain, for fuzzy matching. */
  unknown: string[];
  entities: Array<{ name: string; weight: number }>;
}

interface Scored {
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

/** How a mention's matters weigh passages (see `forMention`). */
interface MatterRanker {
  /** Passages (by order) about any of the mention's matters. */
  candidates: readonly number[];
  /** Match strength, the strength through near matters, and the shared matters of a passage. */
  judge(p: Prepared): { strength: number; near: number; shared: string[] };
}

function push<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key);
  if (list) {
    if (list[list.length - 1] !== value) list.push(value);
  } else map.set(key, [value]);
}

/** Keeps the `k` highest-scoring ids (ties: lower id first). */
class TopK {
  private readonly heap: Array<{ score: number; id: number }> = [];
  constructor(private readonly k: number) {}

  /** `a` ranks below `b`. */
  private worse(a: { score: number; id: number }, b: { score: number; id: number }): boolean {
    return a.score < b.score || (a.score === b.score && a.id > b.id);
  }

  offer(score: number, id: number): void {
    const h = this.heap;
    if (h.length < this.k) {
      h.push({ score, id });
      let i = h.length - 1;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!this.worse(h[i]!, h[parent]!)) break;
        [h[i], h[parent]] = [h[parent]!, h[i]!];
        i = parent;
      }
      return;
    }
    const item = { score, id };
    if (this.k === 0 || !this.worse(h[0]!, item)) return;
    h[0] = item;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < h.length && this.worse(h[l]!, h[m]!)) m = l;
      if (r < h.length && this.worse(h[r]!, h[m]!)) m = r;
      if (m === i) break;
      [h[i], h[m]] = [h[m]!, h[i]!];
      i = m;
    }
  }

  /** Ids, best first. */
  sorted(): number[] {
    return [...this.heap].sort((a, b) => b.score - a.score || a.id - b.id).map((x) => x.id);
  }
}

/** Escapes a token for fuse's extended search (letters and digits only reach here). */
function fuseToken(token: string, exact: boolean): string {
  return exact ? `'${token}` : token.slice(0, 32);
}

function validTopics(topics: unknown): Topic[] {
  return Array.isArray(topics) ? TOPICS.filter((t) => topics.includes(t)) : [];
}

function clampLimit(limit: unknown, fallback: number): number {
  const n = typeof limit === 'number' && Number.isFinite(limit) ? Math.floor(limit) : fallback;
  return Math.max(0, Math.min(n, 100));
}

/**
 * Creates a retriever over `corpus`. Pass the serialized fuse index (`data/generated/
 * fuse-index.json`) to skip building it; without it (or if it does not match the corpus) the
 * index is built here.
 */
export function createRetriever(corpus: Corpus, fuseIndexJson?: unknown): Retriever {
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
  const docs = prepared.map((p) => p.passage);

  const stemPostings = new Map<string, number[]>();
  const entityPostings = new Map<string, number[]>();
  for (const p of prepared) {
    for (const s of p.stems) push(stemPostings, s, p.order);
    for (const e of p.entities) push(entityPostings, e, p.order);
  }
  // Each matter's passages, those whose main matter it is first (then by position in the
  // passage's list, then corpus order).
  const matterPostings = new Map<string, number[]>();
  const rankOf = (order: number, id: string) => prepared[order]!.matters.indexOf(id);
  for (const p of prepared) for (const m of p.matters) push(matterPostings, m, p.order);
  for (const [m, list] of matterPostings) {
    list.sort((a, b) => rankOf(a, m) - rankOf(b, m) || a - b);
  }
  const n = prepared.length || 1;
  const idf = (df: number) => Math.log(1 + n / Math.max(df, 1));

  const fullIndex = loadIndex(fuseIndexJson, docs);
  const records = fullIndex.records;
  // One fuse instance whose index records are swapped per query for the candidates' records
  // (records keep their document index, so results still point into `docs`).
  const subIndex = Fuse.parseIndex<Passage>({ keys: fullIndex.keys, records: [] });
  const subFuse = new Fuse(docs, FUSE_OPTIONS, subIndex);

  function analyze(text: string, terms: readonly string[] = []): AnalyzedQuery {
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

  /** Runs fuse over the given records only; returns doc index → fuse result. */
  function fuseOver(recordSet: FuseIndex<Passage>['records'], q: AnalyzedQuery) {
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

  /** Weighted overlap of one passage with the query (what `overlap` sums, for one passage). */
  function lexicalOf(p: Prepared, q: AnalyzedQuery): Scored {
    let entity = 0;
    let stemWeight = 0;
    for (const e of q.entities) if (p.entities.has(e.name)) entity += e.weight;
    for (const t of q.stems) if (p.stems.has(t.stem)) stemWeight += t.idf;
    return { p, entity, stem: stemWeight, fuse: 0, score: 0 };
  }

  /**
   * Ranks the allowed passages for a query. With `matters` (a mention's), passages about the
   * mention's matters come first, by how central the shared matter is to each side and then
   * by words; the rest follow as context, by words only.
   */
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
    const fuseHits = fuseOver(fuseRecords, q);
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

  /**
   * Within the passages on the same matter, lets the next slot go to another outlet when one
   * has a passage on it, so readers see how each source tells the same matter.
   */
  function diversify(ranked: Scored[], limit: number): Scored[] {
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

  const hitCache = new Map<string, ReturnType<typeof findEntityHits>>();
  function entityHitsOf(p: Passage) {
    let hits = hitCache.get(p.id);
    if (!hits) hitCache.set(p.id, (hits = findEntityHits(p.text)));
    return hits;
  }

  function matchedWords(p: Passage, q: AnalyzedQuery, fuzzy: boolean): string[] {
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
  }

  function toResult(s: Scored, q: AnalyzedQuery): RetrievedPassage {
    return {
      passage: s.p.passage,
      source: s.p.source,
      score: Math.round(s.score * 1000) / 1000,
      matched: matchedWords(s.p.passage, q, s.fuse > 0),
    };
  }

  /** A mention's result: on a matter, or context, with the shared matters. */
  function mentionResult(s: Scored, q: AnalyzedQuery): RetrievedPassage {
    const shared = s.shared ?? [];
    return {
      ...toResult(s, q),
      match: shared.length > 0 ? 'matter' : 'context',
      matters: shared,
    };
  }

  /** The matters of a mention, and how they weigh passages. */
  function mentionMatters(
    query: RetrievalQuery,
    topics: Topic[],
    inTopic: (p: Prepared) => boolean,
  ) {
    const hits = classifyMatters({
      text: String(query.text ?? '').slice(0, MAX_QUERY_CHARS),
      context: typeof query.context === 'string' ? query.context.slice(0, MAX_QUERY_CHARS) : '',
      topics,
    });
    const matters: MentionMatter[] = hits.map((h) => ({
      id: h.id,
      label: matterById(h.id)?.label ?? h.id,
      cues: h.cues,
      from: h.from,
      covered: (matterPostings.get(h.id) ?? []).some((i) => inTopic(prepared[i]!)),
    }));
    // The mention's first matter weighs most; one told only by the context a little less.
    const weight = new Map(
      hits.map((h, i) => [
        h.id,
        (MENTION_MATTER_WEIGHT[i] ?? 0.4) * (h.from === 'context' ? 0.9 : 1),
      ]),
    );
    // Matters near the mention's, closest first, weighed below every matter of its own.
    const nearWeight = new Map<string, number>();
    hits.forEach((h, i) => {
      (matterById(h.id)?.near ?? []).forEach((id, k) => {
        const w = (MENTION_MATTER_WEIGHT[i] ?? 0.4) * (NEAR_MATTER_WEIGHT[k] ?? 0.4);
        if (!weight.has(id) && w > (nearWeight.get(id) ?? 0)) nearWeight.set(id, w);
      });
    });
    // No matter recognised: a mention of a topic most often speaks to its core (Iran arming
    // Russia; Russia and Iran backing Assad), so those passages lead the context, still marked
    // as context and with no matter claimed for the mention.
    if (hits.length === 0) {
      for (const m of MATTERS) {
        if (m.generic && m.topic !== 'both' && topics.includes(m.topic)) {
          nearWeight.set(m.id, UNRECOGNISED_CORE_WEIGHT);
        }
      }
    }
    const strengthIn = (p: Prepared, weights: ReadonlyMap<string, number>) => {
      let strength = 0;
      p.matters.forEach((id, j) => {
        const w = weights.get(id);
        if (w !== undefined) strength = Math.max(strength, w * (PASSAGE_MATTER_WEIGHT[j] ?? 0.6));
      });
      return strength;
    };
    const ranker: MatterRanker = {
      candidates: [
        ...new Set(
          [...weight.keys(), ...nearWeight.keys()].flatMap((id) =>
            (matterPostings.get(id) ?? []).slice(0, MATTER_CANDIDATES),
          ),
        ),
      ],
      judge(p) {
        const shared = hits.map((h) => h.id).filter((id) => p.matters.includes(id));
        return { strength: strengthIn(p, weight), near: strengthIn(p, nearWeight), shared };
      },
    };
    return { matters, ranker };
  }

  return {
    forMention(query, limit) {
      const max = clampLimit(limit, DEFAULT_MENTION_LIMIT);
      const topics = validTopics(query?.topics);
      if (max === 0 || topics.length === 0) return { matters: [], passages: [] };
      const inTopic = (p: Prepared) => topics.some((t) => p.topics.has(t));
      const q = analyze(query.text, query.terms);
      const { matters, ranker } = mentionMatters(query, topics, inTopic);
      const ranked = diversify(rank(q, inTopic, max + DIVERSITY_POOL, ranker), max);
      if (ranked.length > 0) {
        return { matters, passages: ranked.map((s) => mentionResult(s, q)) };
      }
      // Nothing matched: the topic's passages sharing most entities with the query, then in
      // corpus order, with low scores that say so.
      const names = new Set(q.entities.map((e) => e.name));
      const passages = prepared
        .filter(inTopic)
        .map((p) => {
          const shared = [...p.entities].filter((e) => names.has(e)).length;
          return { p, entity: shared, stem: 0, fuse: 0, score: 0.05 * Math.min(1, shared / 3) };
        })
        .sort((a, b) => b.entity - a.entity || a.p.order - b.p.order)
        .slice(0, max)
        .map((s) => mentionResult(s, q));
      return { matters, passages };
    },
    search(text, limit) {
      const max = clampLimit(limit, DEFAULT_SEARCH_LIMIT);
      if (max === 0 || typeof text !== 'string' || text.trim() === '') return [];
      const q = analyze(text);
      return rank(q, () => true, max).map((s) => toResult(s, q));
    },
  };
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
