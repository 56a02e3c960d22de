/**
 * The scan pipeline shared by `scan FILE` and `scan --jsonl`: text → blocks → mentions →
 * passages. A document is read as a whole (its first block as the headline, earlier blocks
 * resolving vague references); each `--jsonl` line is its own document. Offsets are in the document's extracted text: its blocks joined with "\n\n"
 * (for .txt input that is the normalized paragraphs, not the raw file bytes).
 */
import { detectMentions } from '../../engine/detect';
import { EXTRACTED_BLOCK_SEPARATOR, htmlToBlocks } from '../../engine/html-text';
import { textToBlocks } from '../../engine/plain-text';
import type { Retriever } from '../../engine/retrieve';
import type {
  DateBasis,
  DateMention,
  DatePrecision,
  MentionMatter,
  RetrievedPassage,
  TextBlock,
  Topic,
} from '../../engine/types';
import type { InputKind } from './input';

/** A passage as the CLI prints it. */
export interface PassageOut {
  id: string;
  sourceId: string;
  title: string;
  outlet: string;
  published: string;
  publishedPrecision: DatePrecision;
  publishedBasis: DateBasis;
  dates: Array<Pick<DateMention, 'text' | 'date' | 'precision'>>;
  text: string;
  score: number;
  /** `matter`: about one of the mention's matters (listed in `matters`); `context`: topic context only. */
  match: 'matter' | 'context' | null;
  matters: string[];
  matched: string[];
  heading: string | null;
  part: string | null;
  sourceNote: string;
}

/** A mention as the CLI prints it. */
export interface MentionOut {
  topics: Topic[];
  text: string;
  start: number;
  end: number;
  terms: string[];
  score: number;
  block: number;
  /** The matters recognised in the mention (with retrieval only), most specific first. */
  matters?: MentionMatter[];
  passages?: PassageOut[];
}

/** The longest sentence context sent to retrieval. */
const MAX_CONTEXT = 600;
/** The longest paragraph read around a mention for its matter. */
const MAX_AROUND = 2000;

/** Blocks of a document by kind. */
export function toBlocks(text: string, kind: InputKind): TextBlock[] {
  return kind === 'html' ? htmlToBlocks(text) : textToBlocks(text);
}

/** The sentence(s) around [start, end) in a block: the retrieval query for a mention. */
export function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && from > start - MAX_CONTEXT / 2 && !/[.!?]\s/.test(text.slice(from - 2, from)))
    from--;
  let to = end;
  while (to < text.length && to < end + MAX_CONTEXT / 2 && !/[.!?]/.test(text[to - 1] ?? '')) to++;
  return text.slice(from, Math.max(to, end)).trim();
}

/** The CLI form of a retrieved passage. */
export function passageOut(r: RetrievedPassage): PassageOut {
  const { passage: p, source: s } = r;
  return {
    id: p.id,
    sourceId: p.sourceId,
    title: s.title,
    outlet: s.outlet,
    published: s.published,
    publishedPrecision: s.publishedPrecision,
    publishedBasis: s.publishedBasis,
    dates: p.dates.map((d) => ({ text: d.text, date: d.date, precision: d.precision })),
    text: p.text,
    score: r.score,
    match: r.match ?? null,
    matters: r.matters ?? [],
    matched: r.matched,
    heading: p.heading,
    part: p.part ?? null,
    sourceNote: s.sourceNote,
  };
}

/** Detects mentions in blocks and (when `limit` > 0) attaches their best passages. */
export function scanBlocks(
  blocks: readonly TextBlock[],
  retriever: Retriever | null,
  limit: number,
): MentionOut[] {
  const offsets: number[] = [];
  let at = 0;
  for (const b of blocks) {
    offsets.push(at);
    at += b.text.length + EXTRACTED_BLOCK_SEPARATOR.length;
  }
  return detectMentions(blocks, { document: true }).map((m) => {
    const base = offsets[m.block] ?? 0;
    const out: MentionOut = {
      topics: m.topics,
      text: m.text,
      start: base + m.start,
      end: base + m.end,
      terms: m.terms,
      score: m.score,
      block: m.block,
    };
    if (retriever && limit > 0) {
      const block = blocks[m.block]?.text ?? m.text;
      // The document's first block (its headline, usually) and the paragraph tell what a vague
      // sentence is about.
      const headline = m.block > 0 ? (blocks[0]?.text ?? '').slice(0, 300) : '';
      const found = retriever.forMention(
        {
          text: sentenceAround(block, m.start, m.end),
          context: `${headline}\n${block.slice(0, MAX_AROUND)}`,
          topics: m.topics,
          terms: m.terms,
        },
        limit,
      );
      out.matters = found.matters;
      out.passages = found.passages.map(passageOut);
    }
    return out;
  });
}
