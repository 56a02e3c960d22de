/**
 * The detector's core, given its lexicons: the probe's detector stages pass the lexicons they
 * ship (`engine/lexicon/sets.ts`); everything else uses `engine/detect.ts`, with all of them.
 *
 * Topic detection: finds sentences (or up to three adjacent sentences of one block) that
 * mention Iran's drones for Russia or the Russia–Iran alliance in Syria. Browser-free and
 * linear in the text length; see `engine/rules/topics.ts` for the rules and
 * `engine/lexicon/` for the words.
 */
import { contextGate, contextGateSteps, type ContextGate } from './context-gate';
import { analyzeBlock, type BlockFeatures } from './detect-block';
import { compileLexicons, type Matcher } from './lexicon/compile';
import type { Lexicon } from './lexicon/types';
import { ASTANA, IRAN, REF, RUSSIA, SYRIA_WAR, THEATRE } from './rules/roles';
import { dronesScore, syriaScore, withContext } from './rules/topics';
import { TOPICS, type Mention, type TextBlock, type Topic } from './types';

/** Options for detection. */
export interface DetectOptions {
  /**
   * Lexicons to match with, English first (its forms win shared spellings), or the tables
   * compiled from them (`compileLexicons`; a detector stage reads them from data compiled at
   * build time, `engine/lexicon/stage-matchers.ts`).
   */
  lexicons: readonly Lexicon[] | Matcher;
}

/** How many earlier blocks (besides the headline) a document's context reaches back. */
const CONTEXT_BLOCKS = 4;
/** What a block establishes for later ones: Iran and Russia named together, a topic told. */
const PAIR = 1;
const DRONES_TOLD = 2;
const SYRIA_TOLD = 4;

/** Widest window: a topic may take up to three adjacent sentences to establish. */
const MAX_WINDOW = 3;
/** Confidence lost per extra sentence of a window: one sentence 1, two 0.85, three 0.7. */
const WIDTH_PENALTY = 0.15;

let cached: { lexicons: readonly Lexicon[]; matcher: Matcher } | undefined;

/** Compiled tables for `lexicons`, rebuilt only when the caller switches lexicons. */
function matcherFor(lexicons: DetectOptions['lexicons']): Matcher {
  if (!Array.isArray(lexicons)) return lexicons as Matcher;
  if (cached?.lexicons !== lexicons) cached = { lexicons, matcher: compileLexicons(lexicons) };
  return cached.matcher;
}

const contextGates = new WeakMap<Matcher, ContextGate>();

/**
 * Makes the context gate of `m` in steps (`contextGateSteps`), for the readers over it: else
 * it is made at once, the first time a context is in force.
 */
export function* prepareContextGate(m: Matcher): Generator<void, void, void> {
  if (!contextGates.has(m)) contextGates.set(m, yield* contextGateSteps(m));
}

/** The context gate of `m`, made the first time a context is in force. */
function contextGateOf(m: Matcher): ContextGate {
  let gate = contextGates.get(m);
  if (!gate) contextGates.set(m, (gate = contextGate(m)));
  return gate;
}

/** Mentions of one block, before merging overlaps, in order of start. */
function blockCandidates(f: BlockFeatures, block: number, text: string): Mention[] {
  const count = f.bits.length;
  const out: Mention[] = [];
  // cover[i]: topics (bit t = TOPICS[t]: 1 drones, 2 syria) of the window of the previous width from sentence i
  // and of every narrower window inside it. A wider window only reports topics none of its
  // narrower windows had, so a span is never longer than its evidence.
  let cover: number[] = [];
  // Topics of each sentence read alone (the first width's cover).
  let single: number[] = [];
  // The block's own bits: a Shahed launched "at a US base in Syria" is another war's.
  const { whole } = f;
  for (let len = 1; len <= MAX_WINDOW; len++) {
    const next: number[] = [];
    const weight = 1 - WIDTH_PENALTY * (len - 1);
    for (let i = 0; i + len <= count; i++) {
      let bits = 0;
      // Across sentences, Syria as a mere place is read without the sentences that tell
      // Iran's drones for Russia on their own: there Russia (or Iran) is a buyer (or seller),
      // not a party acting in Syria. So is Syria's war where it is Israel striking Iran there
      // and Russia is named only in those sentences ("Israel struck a drone plant near
      // Damascus. Tehran meant the drones for Russia."). Otherwise Syria's war, the talks or the
      // pair told by its part still take their actors from them ("Syria's civil war, where the
      // two fought shared foes. ... Tehran ...").
      let rest = 0;
      for (let k = i; k < i + len; k++) {
        bits |= f.bits[k] ?? 0;
        if (len === 1 || !((single[k] ?? 0) & 1)) rest |= f.bits[k] ?? 0;
      }
      const israelOnIran = (rest & (THEATRE | RUSSIA)) === THEATRE;
      const syriaBits = rest & (SYRIA_WAR | ASTANA | REF) && !israelOnIran ? bits : rest;
      const drones = dronesScore(bits, len === 1, whole) * weight;
      const syria = syriaScore(syriaBits) * weight;
      const inner = (cover[i] ?? 0) | (cover[i + 1] ?? 0);
      let fresh = (drones > 0 ? 1 : 0) | (syria > 0 ? 2 : 0);
      next.push(fresh | inner);
      fresh &= ~inner;
      if (!fresh) continue;
      const start = f.spans[2 * i] ?? 0;
      const end = f.spans[2 * (i + len) - 1] ?? start;
      out.push({
        block,
        start,
        end,
        text: text.slice(start, end),
        topics: TOPICS.filter((_, t) => (fresh >> t) & 1),
        terms: [...new Set(f.terms.slice(i, i + len).flat())],
        score: Math.max(fresh & 1 ? drones : 0, fresh & 2 ? syria : 0),
      });
    }
    cover = next;
    if (len === 1) single = next;
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Merges overlapping candidates of one block into non-overlapping mentions. */
function mergeOverlaps(candidates: Mention[], text: string): Mention[] {
  const out: Mention[] = [];
  for (const c of candidates) {
    const prev = out[out.length - 1];
    if (!prev || c.start >= prev.end) {
      out.push(c);
      continue;
    }
    prev.end = Math.max(prev.end, c.end);
    prev.text = text.slice(prev.start, prev.end);
    prev.topics = TOPICS.filter((t) => prev.topics.includes(t) || c.topics.includes(t));
    prev.terms = [...new Set([...prev.terms, ...c.terms])];
    prev.score = Math.max(prev.score, c.score);
  }
  return out;
}

/**
 * Mentions of one block. `context` (see `DocumentReader`) is what earlier text of the same
 * document established; 0 reads the block alone. Also returns what this block establishes.
 */
function readBlock(
  text: string,
  block: number,
  m: Matcher,
  context: number,
): { mentions: Mention[]; established: number } {
  const features = analyzeBlock(text, m, context !== 0);
  if (!features) return { mentions: [], established: 0 };
  let named = 0;
  for (const b of features.bits) named |= b;
  const own = features.bits;
  if (context) features.bits = own.map((b) => withContext(b, context));
  const mentions = mergeOverlaps(blockCandidates(features, block, text), text);
  let established = named & IRAN && named & RUSSIA ? PAIR : 0;
  // Only what the block tells by itself sets the context, so a sentence the context filled in
  // does not carry it on down a live blog.
  // Read again without the context only where the context changed a sentence.
  const filled = context !== 0 && features.bits.some((b, i) => b !== own[i]);
  const told =
    filled && mentions.length ? blockCandidates({ ...features, bits: own }, block, text) : mentions;
  for (const x of told) {
    if (x.topics.includes('drones')) established |= DRONES_TOLD;
    if (x.topics.includes('syria')) established |= SYRIA_TOLD;
  }
  return { mentions, established };
}

/**
 * Finds topic mentions in page text blocks, each block judged alone. A mention is a sentence,
 * or up to three adjacent sentences that together establish a topic, inside ONE block;
 * mentions are sorted and never overlap. Offsets refer to the original block text. Never
 * throws. (`detectDocument` reads the blocks as one document.)
 */
export function detectMentions(blocks: readonly TextBlock[], options: DetectOptions): Mention[] {
  const out: Mention[] = [];
  let m: Matcher;
  try {
    m = matcherFor(options.lexicons);
  } catch {
    return out;
  }
  for (let block = 0; block < blocks.length; block++) {
    const text = blocks[block]?.text;
    if (typeof text !== 'string' || text.length === 0) continue;
    try {
      // A loop, not push(...spread): a 1 MB page can yield more mentions than call arguments.
      for (const mention of readBlock(text, block, m, 0).mentions) out.push(mention);
    } catch {
      // A block that defeats the analysis is skipped rather than breaking the page.
    }
  }
  return out;
}

/** The mentions of blocks read in order as one document (the first its headline). */
export function detectDocument(blocks: readonly TextBlock[], options: DetectOptions): Mention[] {
  const out: Mention[] = [];
  let reader: DocumentReader;
  try {
    reader = createDocumentReader(options);
  } catch {
    return out;
  }
  for (let block = 0; block < blocks.length; block++) {
    for (const mention of reader.read(blocks[block]?.text ?? '', block)) out.push(mention);
  }
  return out;
}

/** What a document's earlier blocks established, to resume reading it later. */
export interface ReaderState {
  /** What the headline established. */
  headline: number;
  /** What each of the last `CONTEXT_BLOCKS` blocks established, oldest first. */
  recent: number[];
}

/**
 * Whether two states read the rest of a document alike. Leading blocks that established
 * nothing change nothing: the context is what the headline and the recent blocks established
 * together.
 */
export function sameReaderState(a: ReaderState, b: ReaderState): boolean {
  if (a.headline !== b.headline) return false;
  const x = a.recent.slice(a.recent.findIndex((e) => e !== 0) >>> 0);
  const y = b.recent.slice(b.recent.findIndex((e) => e !== 0) >>> 0);
  return x.length === y.length && x.every((e, i) => e === y[i]);
}

/**
 * A cheap test that passes every text in which the lexicons could find a mention read alone,
 * or a name that sets context for later blocks (Iran: the probe's vocabulary gate).
 */
export interface TextGate {
  test(text: string): boolean;
}

/** Reads a document block by block, in order. */
export interface DocumentReader {
  /** The mentions of the next block; `index` goes into `Mention.block` (default 0). */
  read(text: string, index?: number): Mention[];
  /** The context now, to read a block again later as it was read the first time. */
  state(): ReaderState;
  /** No context is in force: the next block is read alone, as a gate can judge it. */
  quiet(): boolean;
}

/** Options of a document reader: where it starts, and the gate that spares it work. */
export interface ReaderOptions extends DetectOptions {
  /** The document's headline, read first (e.g. the page title). */
  headline?: string;
  /** Resume where another reader was (its `state()`). */
  state?: ReaderState;
  /**
   * While no context is in force, a block this gate rejects is passed over unread: read, it
   * would find nothing and establish nothing. (While one is, the reader's own context gate
   * does the same, `context-gate.ts`.)
   */
  gate?: TextGate;
}

/**
 * Reads a document as a whole: what its headline and its last few blocks established (Iran
 * and Russia named together; a drones or a Syria mention) resolves what a later sentence
 * leaves vague: "the two countries deny it", "the Syrian conflict", "the new weapons were
 * delivered by sea". A mention still spans only its own sentences, and the context is
 * bounded (`CONTEXT_BLOCKS`), so the cost stays linear. The first block read is the headline
 * unless `headline` (e.g. the page title) or a saved `state` is given.
 */
export function createDocumentReader(options: ReaderOptions): DocumentReader {
  const m = matcherFor(options.lexicons);
  const { gate } = options;
  let headline = options.state?.headline ?? 0;
  const recent = [...(options.state?.recent ?? [])].slice(-CONTEXT_BLOCKS);
  let first = options.state === undefined && options.headline === undefined;
  if (typeof options.headline === 'string' && options.headline) {
    try {
      headline =
        gate && !gate.test(options.headline)
          ? 0
          : readBlock(options.headline, 0, m, 0).established | namedPair(options.headline, m);
    } catch {
      headline = 0;
    }
  }
  const context = () => recent.reduce((a, b) => a | b, headline);
  // The state handed out, kept while it holds: a page's blocks mostly establish nothing, and
  // the scanner asks for the state before every block.
  let saved: ReaderState | undefined;
  const establish = (established: number) => {
    if (first) {
      headline = established;
      first = false;
    } else if (established || recent.length < CONTEXT_BLOCKS || recent.some((e) => e !== 0)) {
      recent.push(established);
      if (recent.length > CONTEXT_BLOCKS) recent.shift();
    } else {
      // Shifting a 0 out of only zeros to push a 0 changes nothing.
      return;
    }
    saved = undefined;
  };
  return {
    read(text, index = 0) {
      if (typeof text !== 'string' || text.length === 0) return [];
      try {
        const now = context();
        // Passed over unread, as reading it would find nothing and establish nothing: while a
        // context is in force, a block its gate rejects (`context-gate.ts`).
        const skip = now === 0 ? gate && !gate.test(text) : !contextGateOf(m).test(text);
        if (skip) {
          establish(0);
          return [];
        }
        const { mentions, established } = readBlock(text, index, m, now);
        establish(established);
        return mentions;
      } catch {
        return [];
      }
    },
    state: () => (saved ??= { headline, recent: [...recent] }),
    quiet: () => context() === 0,
  };
}

/** PAIR when a text names Iran and Russia (a headline need not hold a whole mention). */
function namedPair(text: string, m: Matcher): number {
  const f = analyzeBlock(text, m);
  let named = 0;
  for (const b of f?.bits ?? []) named |= b;
  return named & IRAN && named & RUSSIA ? PAIR : 0;
}

/** Topics of a standalone text (e.g. a corpus passage or an eval line), in `TOPICS` order. */
export function detectTopics(text: string, options: DetectOptions): Topic[] {
  const found = new Set<Topic>();
  for (const mention of detectMentions([{ text }], options)) {
    for (const t of mention.topics) found.add(t);
  }
  return TOPICS.filter((t) => found.has(t));
}
