/**
 * Batch mode: `scan --jsonl FILE` reads lines `{"id", "text"}` and writes one line
 * `{"id", "topics", "mentions"}` per input line, in order. A bad line gets
 * `{"line", "id"?, "error"}` and the batch goes on; blank lines are skipped.
 */
import type { Retriever } from '../../engine/retrieve';
import type { Topic } from '../../engine/types';
import { scanBlocks } from './scan';
import { textToBlocks } from '../../engine/plain-text';

type JsonlOut =
  | { id: unknown; topics: Topic[]; mentions: ReturnType<typeof scanBlocks> }
  | { line: number; id?: unknown; error: string };

/** Processes one input line (1-based `lineNo`); null for a blank line. */
export function processJsonlLine(
  raw: string,
  lineNo: number,
  retriever: Retriever | null,
  limit: number,
): JsonlOut | null {
  if (raw.trim() === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { line: lineNo, error: 'invalid JSON' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { line: lineNo, error: 'expected an object {"id", "text"}' };
  }
  const { id, text } = value as { id?: unknown; text?: unknown };
  if (typeof text !== 'string') {
    return { line: lineNo, ...(id !== undefined ? { id } : {}), error: 'missing "text" string' };
  }
  const mentions = scanBlocks(textToBlocks(text), retriever, limit);
  const topics = [...new Set(mentions.flatMap((m) => m.topics))].sort();
  return { id: id ?? null, topics, mentions };
}

/** Processes a whole JSONL document, writing each output line through `write`. */
export function runJsonl(
  text: string,
  retriever: Retriever | null,
  limit: number,
  write: (line: string) => void,
): void {
  text.split(/\r?\n/).forEach((raw, i) => {
    const out = processJsonlLine(raw, i + 1, retriever, limit);
    if (out) write(`${JSON.stringify(out)}\n`);
  });
}
