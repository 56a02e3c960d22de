/**
 * The scan pipeline shared by `scan FILE` and `scan --jsonl`: text → blocks → mentions →
 * passages. A document is read as a whole (its first block as the headline, earlier blocks
 * resolving vague references); each `--jsonl` line is its own document. Offsets are in the
 * document's extracted text: its blocks joined with "\n\n" (for .txt input that is the
 * normalized paragraphs, not the raw file bytes). Blocks are read as they arrive, a long one
 * in windows (`engine/text/windows.ts`), so a document is never held whole.
 */
import type { BlockSink } from '../../engine/block-text';
import { createDocumentReader } from '../../engine/detect';
import { EXTRACTED_BLOCK_SEPARATOR, htmlToBlocks } from '../../engine/html-text';
import { textToBlocks } from '../../engine/plain-text';
import type { Retriever } from '../../engine/retrieval/retriever';
import { stanceOf, type Stance } from '../../engine/stance';
import { createWindower, type TextWindow, type Windower } from '../../engine/text/windows';
import type {
  DateBasis,
  DateMention,
  DatePrecision,
  MentionMatter,
  RetrievalQuery,
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
  /** How the source frames what the passage says (null: nothing to tell), and whom it credits. */
  stance: Stance | null;
  speaker: string | null;
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
  /** How the text frames the mention (null when the rules are unsure), and whom it credits. */
  stance: Stance | null;
  speaker: string | null;
  /** The matters recognised in the mention (with retrieval only), most specific first. */
  matters?: MentionMatter[];
  passages?: PassageOut[];
}

/** The longest sentence context sent to retrieval. */
const MAX_CONTEXT = 600;
/** The longest paragraph read around a mention for its matter. */
const MAX_AROUND = 2000;
/** The document's headline (its first block) read with each later mention, in characters. */
const MAX_HEADLINE = 300;

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
    stance: p.stance ?? null,
    speaker: p.speaker ?? null,
  };
}

/** A mention found, before retrieval: what the CLI prints and the query for its passages. */
export interface Found {
  out: MentionOut;
  query: RetrievalQuery;
}

/** Reads a document's blocks as they arrive (a `BlockSink`) and collects their mentions. */
export interface DocumentScan extends BlockSink {
  /** The mentions found since the last call, in document order. */
  take(): Found[];
  /** Blocks read so far. */
  blocks(): number;
}

export function createDocumentScan(): DocumentScan {
  const reader = createDocumentReader();
  const found: Found[] = [];
  let block = -1;
  let open = false;
  /** Where the current block starts in the extracted text, and its length so far. */
  let at = 0;
  let length = 0;
  let headline = '';
  /** The current block's first MAX_AROUND characters. */
  let head = '';
  let windower: Windower = createWindower();

  const startBlock = () => {
    open = true;
    block++;
    length = 0;
    head = '';
    windower = createWindower();
  };
  const read = (w: TextWindow) => {
    for (const m of reader.read(w.text, block)) {
      const start = w.offset + m.start;
      const end = w.offset + m.end;
      const framing = stanceOf(m.text);
      found.push({
        out: {
          topics: m.topics,
          text: m.text,
          start: at + start,
          end: at + end,
          terms: m.terms,
          score: m.score,
          block,
          stance: framing.stance ?? null,
          speaker: framing.speaker,
        },
        // The document's first block (its headline, usually) and the paragraph tell what a
        // vague sentence is about.
        query: {
          text: sentenceAround(w.text, m.start, m.end),
          context: `${block > 0 ? headline : ''}\n${head}`,
          topics: m.topics,
          terms: m.terms,
        },
      });
    }
  };
  return {
    text(piece) {
      if (!open) startBlock();
      if (head.length < MAX_AROUND) head += piece.slice(0, MAX_AROUND - head.length);
      if (block === 0) headline = head.slice(0, MAX_HEADLINE);
      length += piece.length;
      for (const w of windower.push(piece)) read(w);
    },
    end() {
      if (!open) startBlock(); // an empty block still counts
      for (const w of windower.end()) read(w);
      at += length + EXTRACTED_BLOCK_SEPARATOR.length;
      open = false;
    },
    take: () => found.splice(0),
    blocks: () => block + 1,
  };
}

/** The mention with its matters and best passages (none when `limit` is 0). */
export function withPassages(f: Found, retriever: Retriever | null, limit: number): MentionOut {
  if (!retriever || limit <= 0) return f.out;
  const found = retriever.forMention(f.query, limit);
  return { ...f.out, matters: found.matters, passages: found.passages.map(passageOut) };
}

/** The mentions of blocks, with their best passages when `limit` > 0. */
export function scanBlocks(
  blocks: readonly TextBlock[],
  retriever: Retriever | null,
  limit: number,
): MentionOut[] {
  return findInBlocks(blocks).map((f) => withPassages(f, retriever, limit));
}

/** The mentions of blocks, before retrieval. */
export function findInBlocks(blocks: readonly TextBlock[]): Found[] {
  const scan = createDocumentScan();
  for (const b of blocks) {
    if (b.text) scan.text(b.text);
    scan.end();
  }
  return scan.take();
}
