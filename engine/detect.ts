/**
 * Topic detection: finds sentences (or up to three adjacent sentences of one block) that
 * mention Iran's drones for Russia or the Russia–Iran alliance in Syria. Browser-free and
 * linear in the text length; see `engine/rules/topics.ts` for the rules and
 * `engine/lexicon/` for the words.
 */
import { analyzeBlock, type BlockFeatures } from './detect-block';
import { AR } from './lexicon/ar';
import { DE } from './lexicon/de';
import { EN } from './lexicon/en';
import { ES } from './lexicon/es';
import { FA } from './lexicon/fa';
import { FR } from './lexicon/fr';
import { PT } from './lexicon/pt';
import { RU } from './lexicon/ru';
import { UK } from './lexicon/uk';
import { compileLexicons, type Matcher } from './lexicon/compile';
import type { Lexicon } from './lexicon/types';
import { dronesScore, syriaScore } from './rules/topics';
import { TOPICS, type Mention, type TextBlock, type Topic } from './types';

/** Options for detection. */
export interface DetectOptions {
  /** Lexicons to match with (default: `DEFAULT_LEXICONS`). */
  lexicons?: readonly Lexicon[];
}

/** Lexicons used when the caller names none. English first: its forms win shared spellings. */
export const DEFAULT_LEXICONS: readonly Lexicon[] = [EN, RU, UK, FR, DE, ES, FA, AR, PT];

/** Widest window: a topic may take up to three adjacent sentences to establish. */
const MAX_WINDOW = 3;
/** Confidence lost per extra sentence of a window: one sentence 1, two 0.85, three 0.7. */
const WIDTH_PENALTY = 0.15;

let cached: { lexicons: readonly Lexicon[]; matcher: Matcher } | undefined;

/** Compiled tables for `lexicons`, rebuilt only when the caller switches lexicons. */
function matcherFor(lexicons: readonly Lexicon[]): Matcher {
  if (cached?.lexicons !== lexicons) cached = { lexicons, matcher: compileLexicons(lexicons) };
  return cached.matcher;
}

/** Mentions of one block, before merging overlaps, in order of start. */
function blockCandidates(f: BlockFeatures, block: number, text: string): Mention[] {
  const count = f.bits.length;
  const out: Mention[] = [];
  // cover[i]: topics (bit t = TOPICS[t]: 1 drones, 2 syria) of the window of the previous width from sentence i
  // and of every narrower window inside it. A wider window only reports topics none of its
  // narrower windows had, so a span is never longer than its evidence.
  let cover: number[] = [];
  for (let len = 1; len <= MAX_WINDOW; len++) {
    const next: number[] = [];
    const weight = 1 - WIDTH_PENALTY * (len - 1);
    for (let i = 0; i + len <= count; i++) {
      let bits = 0;
      for (let k = i; k < i + len; k++) bits |= f.bits[k] ?? 0;
      const drones = dronesScore(bits, len === 1) * weight;
      const syria = syriaScore(bits) * weight;
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
 * Finds topic mentions in page text blocks. A mention is a sentence, or up to three adjacent
 * sentences that together establish a topic, inside ONE block; mentions are sorted and never
 * overlap. Offsets refer to the original block text. Never throws.
 */
export function detectMentions(
  blocks: readonly TextBlock[],
  options: DetectOptions = {},
): Mention[] {
  const out: Mention[] = [];
  let m: Matcher;
  try {
    m = matcherFor(options.lexicons ?? DEFAULT_LEXICONS);
  } catch {
    return out;
  }
  for (let block = 0; block < blocks.length; block++) {
    const text = blocks[block]?.text;
    if (typeof text !== 'string' || text.length === 0) continue;
    try {
      const features = analyzeBlock(text, m);
      if (!features) continue;
      // A loop, not push(...spread): a 1 MB page can yield more mentions than call arguments.
      for (const mention of mergeOverlaps(blockCandidates(features, block, text), text)) {
        out.push(mention);
      }
    } catch {
      // A block that defeats the analysis is skipped rather than breaking the page.
    }
  }
  return out;
}

/** Topics of a standalone text (e.g. a corpus passage or an eval line), in `TOPICS` order. */
export function detectTopics(text: string, options: DetectOptions = {}): Topic[] {
  const found = new Set<Topic>();
  for (const mention of detectMentions([{ text }], options)) {
    for (const t of mention.topics) found.add(t);
  }
  return TOPICS.filter((t) => found.has(t));
}
