/**
 * The deterministic corpus build: seeds + hand-checked metadata → corpus (sources, passages
 * with dates, entities and topics, cleaned articles) and its serialized fuse index. Pure: the
 * driver (`scripts/build-corpus.ts`) does the file I/O, and a unit test re-runs this to check
 * the committed `data/generated/*` files have not drifted.
 */
import type { Corpus, DatePrecision, Passage, Source, Topic } from '../types';
import { TOPICS } from '../types';
import { cleanArticle } from './clean';
import { findDates, type DateAnchor } from './dates';
import { findEntities } from './entities';
import { splitArticle } from './passages';
import { createFuseIndex } from './search-index';
import { passageTopics } from './topics';
import { classifyMatters } from '../matters/classify';
import { passageStance, type StanceLabel } from './stance';
import { matterById } from '../matters/catalogue';

/**
 * A separate piece republished inside a source, below a marker line. s003 has one: after
 * "R E L A T E D :" the SyrianFreePress page carries a whole Sputnik News article (28/9/2015,
 * Iraq sharing intelligence with Russia, Syria and Iran). We keep it rather than drop it: it
 * is on the Syria topic and states its own date. Its passages carry `part` (a label the UI
 * shows) and their dates are normalized against the piece's own date, not the host article's.
 */
export interface PartMeta {
  /** The line that starts it, e.g. "R E L A T E D :". */
  marker: string;
  /** Shown with each of its passages. */
  label: string;
  /** Its own date, which its relative dates are anchored to. */
  published: string;
  publishedPrecision: DatePrecision;
}

/** One entry of `data/sources.json`: the Source plus build hints. */
export interface SourceMeta extends Source {
  topics: Topic[];
  parts?: PartMeta[];
}

/** A seed file's text with its metadata. */
export interface SeedInput {
  meta: SourceMeta;
  raw: string;
}

const ISO_BY_PRECISION: Record<DatePrecision, RegExp> = {
  day: /^\d{4}-\d{2}-\d{2}$/,
  month: /^\d{4}-\d{2}$/,
  year: /^\d{4}$/,
};

function fail(message: string): never {
  throw new Error(`data/sources.json: ${message}`);
}

function str(o: Record<string, unknown>, key: string, where: string): string {
  const v = o[key];
  if (typeof v !== 'string' || v.trim() === '')
    fail(`${where}: "${key}" must be a non-empty string`);
  return v;
}

function precisionOf(v: unknown, where: string): DatePrecision {
  if (v === 'day' || v === 'month' || v === 'year') return v;
  return fail(`${where}: precision must be day, month or year`);
}

function checkDate(date: string, precision: DatePrecision, where: string): void {
  if (!ISO_BY_PRECISION[precision].test(date))
    fail(`${where}: "${date}" is not a ${precision} date`);
}

/** Validates parsed `data/sources.json`; throws an Error with a one-line message if malformed. */
export function parseSourceMeta(json: unknown): SourceMeta[] {
  if (!Array.isArray(json)) fail('expected an array of sources');
  return json.map((entry: unknown, i): SourceMeta => {
    if (typeof entry !== 'object' || entry === null) fail(`entry ${i} is not an object`);
    const o = entry as Record<string, unknown>;
    const where = `entry ${i}`;
    const publishedPrecision = precisionOf(o.publishedPrecision, where);
    const published = str(o, 'published', where);
    checkDate(published, publishedPrecision, where);
    const basis = o.publishedBasis;
    if (basis !== 'stated' && basis !== 'inferred') fail(`${where}: bad publishedBasis`);
    if (basis === 'inferred' && publishedPrecision === 'day') {
      fail(`${where}: an inferred date cannot claim day precision`);
    }
    const topics = o.topics;
    if (!Array.isArray(topics) || !topics.every((t) => TOPICS.includes(t as Topic))) {
      fail(`${where}: "topics" must list topics`);
    }
    const attribution = o.attribution;
    if (attribution !== null && typeof attribution !== 'string') fail(`${where}: bad attribution`);
    const parts =
      o.parts === undefined
        ? undefined
        : (o.parts as unknown[]).map((p, j) => {
            const po = p as Record<string, unknown>;
            const pw = `${where} part ${j}`;
            const precision = precisionOf(po.publishedPrecision, pw);
            const date = str(po, 'published', pw);
            checkDate(date, precision, pw);
            return {
              marker: str(po, 'marker', pw),
              label: str(po, 'label', pw),
              published: date,
              publishedPrecision: precision,
            };
          });
    return {
      id: str(o, 'id', where),
      file: str(o, 'file', where),
      title: str(o, 'title', where),
      outlet: str(o, 'outlet', where),
      attribution,
      language: str(o, 'language', where),
      published,
      publishedPrecision,
      publishedBasis: basis,
      publishedNote: str(o, 'publishedNote', where),
      sourceNote: str(o, 'sourceNote', where),
      topics: topics as Topic[],
      ...(parts ? { parts } : {}),
    };
  });
}

/** The Source as the corpus publishes it (build hints removed). */
function toSource(meta: SourceMeta): Source {
  const { parts: _parts, ...source } = meta;
  return source;
}

/** Matters a person set for a passage, with the reason (`data/matter-labels.json`). */
export interface HandLabel {
  matters: string[];
  why: string;
}

/**
 * Validates parsed `data/matter-labels.json` (`{ passages: { id: { matters, why } } }`);
 * throws an Error with a one-line message if malformed or naming an unknown matter.
 */
export function parseHandLabels(json: unknown): Map<string, HandLabel> {
  const bad = (m: string): never => {
    throw new Error(`data/matter-labels.json: ${m}`);
  };
  const passages = (json as { passages?: unknown } | null)?.passages;
  if (typeof passages !== 'object' || passages === null) bad('expected { "passages": { ... } }');
  const out = new Map<string, HandLabel>();
  for (const [id, v] of Object.entries(passages as Record<string, unknown>)) {
    const { matters, why } = (v ?? {}) as { matters?: unknown; why?: unknown };
    if (!Array.isArray(matters) || !matters.every((m) => typeof m === 'string' && matterById(m))) {
      bad(`${id}: "matters" must list matter ids of engine/matters/catalogue.ts`);
    }
    if (typeof why !== 'string' || why.trim() === '') bad(`${id}: "why" must say why`);
    out.set(id, { matters: [...(matters as string[])], why: why as string });
  }
  return out;
}

/**
 * A passage's matters: a person's labels where given, else the rules' (as for a mention, less
 * the dated matters the passage's own years or leaders rule out).
 */
function passageMatters(
  id: string,
  text: string,
  labels: ReadonlyMap<string, HandLabel>,
): Pick<Passage, 'matters' | 'mattersBy'> {
  const hand = labels.get(id);
  if (hand) return { matters: hand.matters, mattersBy: 'hand' };
  return {
    matters: classifyMatters({ text, ownTimeOnly: true }).map((h) => h.id),
    mattersBy: 'rules',
  };
}

/** Topics the passage's matters belong to, within those its article allows. */
function topicsOfMatters(matters: readonly string[], allowed: readonly Topic[]): Topic[] {
  return TOPICS.filter(
    (t) => allowed.includes(t) && matters.some((id) => matterById(id)?.topic === t),
  );
}

/** Builds one article's passages. */
function buildPassages(
  input: SeedInput,
  labels: ReadonlyMap<string, HandLabel>,
  stanceLabels: ReadonlyMap<string, StanceLabel>,
): { text: string; passages: Passage[] } {
  const { meta, raw } = input;
  const parts = meta.parts ?? [];
  const blocks = cleanArticle(raw, { title: meta.title, partMarkers: parts.map((p) => p.marker) });
  const split = splitArticle(blocks);
  const articleAnchor: DateAnchor = { date: meta.published, precision: meta.publishedPrecision };
  const passages = split.passages.map((p): Passage => {
    const part = p.part === null ? undefined : parts[p.part];
    const anchor = part
      ? { date: part.published, precision: part.publishedPrecision }
      : articleAnchor;
    const entities = findEntities(p.text);
    const id = `${meta.id}-p${String(p.index).padStart(2, '0')}`;
    const matters = passageMatters(id, p.text, labels);
    const tagged = passageTopics(p.text, entities, meta.topics);
    const fromMatters = topicsOfMatters(matters.matters, meta.topics);
    return {
      id,
      sourceId: meta.id,
      index: p.index,
      start: p.start,
      end: p.end,
      text: p.text,
      heading: p.heading,
      topics: TOPICS.filter((t) => tagged.includes(t) || fromMatters.includes(t)),
      entities,
      ...matters,
      ...passageStance(id, p.text, stanceLabels),
      dates: findDates(p.text, anchor),
      ...(part ? { part: part.label } : {}),
    };
  });
  return { text: split.text, passages };
}

/** Builds the corpus from the seeds, in the given (file) order. */
export function buildCorpus(
  inputs: readonly SeedInput[],
  labels: ReadonlyMap<string, HandLabel> = new Map(),
  stanceLabels: ReadonlyMap<string, StanceLabel> = new Map(),
): Corpus {
  const built = inputs.map((input) => buildPassages(input, labels, stanceLabels));
  const texts = new Map(built.flatMap((b) => b.passages.map((p) => [p.id, p.text] as const)));
  for (const id of labels.keys()) {
    if (!texts.has(id)) throw new Error(`data/matter-labels.json: no passage ${id} in the corpus`);
  }
  for (const [id, label] of stanceLabels) {
    const text = texts.get(id);
    if (text === undefined) {
      throw new Error(`data/stance-labels.json: no passage ${id} in the corpus`);
    }
    if (label.speaker !== null && !text.includes(label.speaker)) {
      throw new Error(
        `data/stance-labels.json: ${id}: the passage does not say "${label.speaker}"`,
      );
    }
  }
  return {
    sources: inputs.map((i) => toSource(i.meta)),
    passages: built.flatMap((b) => b.passages),
    articles: inputs.map((input, i) => ({ sourceId: input.meta.id, text: built[i]!.text })),
  };
}

/** The committed `corpus.json` text. */
export function serializeCorpus(corpus: Corpus): string {
  return `${JSON.stringify(corpus, null, 2)}\n`;
}

/** The committed `fuse-index.json` text. */
export function serializeFuseIndex(corpus: Corpus): string {
  return `${JSON.stringify(createFuseIndex(corpus.passages).toJSON())}\n`;
}
