/**
 * Splits a cleaned article into passages: one per paragraph, with the nearest sub-heading
 * above it and the label of the republished piece it belongs to, if any. Offsets refer to
 * the cleaned article text, whose blocks are joined with blank lines.
 */
import type { ArticleBlock } from './clean';

/** Separator between blocks in the cleaned article text. */
export const BLOCK_SEPARATOR = '\n\n';

/** A paragraph located in the cleaned article, before enrichment. */
export interface RawPassage {
  index: number;
  start: number;
  end: number;
  text: string;
  heading: string | null;
  /** Index into the source's `parts` when the paragraph follows a part marker. */
  part: number | null;
}

/** The cleaned article text and its passages. */
export interface SplitArticle {
  text: string;
  passages: RawPassage[];
}

/** Joins the blocks into the cleaned text and cuts it into paragraph passages. */
export function splitArticle(blocks: readonly ArticleBlock[]): SplitArticle {
  const passages: RawPassage[] = [];
  let text = '';
  let heading: string | null = null;
  let part: number | null = null;
  for (const block of blocks) {
    if (block.kind === 'part') {
      // The marker itself is furniture; what follows is another article, with its own headings.
      part = part === null ? 0 : part + 1;
      heading = null;
      continue;
    }
    if (text) text += BLOCK_SEPARATOR;
    const start = text.length;
    text += block.text;
    if (block.kind === 'heading') {
      heading = block.text;
      continue;
    }
    passages.push({
      index: passages.length,
      start,
      end: text.length,
      text: block.text,
      heading,
      part,
    });
  }
  return { text, passages };
}
