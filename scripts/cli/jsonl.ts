/**
 * Batch mode: `scan --jsonl FILE` reads lines `{"id", "text"}` and writes one line
 * `{"id", "topics", "mentions"}` per input line, in order, as each is done. A bad line (not
 * UTF-8, not JSON, no "text", over MAX_LINE_BYTES) gets `{"line", "id"?, "error"}` and the
 * batch goes on; blank lines are skipped. Lines are read one at a time, and a line's output is
 * written mention by mention, so neither the batch nor one line's result is held whole.
 */
import type { Retriever } from '../../engine/retrieval/retriever';
import { textToBlocks } from '../../engine/plain-text';
import type { Topic } from '../../engine/types';
import { InputError } from './errors';
import type { Input } from './input';
import type { Output } from './output';
import { findInBlocks, withPassages } from './scan';

/** The longest line read; a longer one is skipped with an error record. */
export const MAX_LINE_BYTES = 1024 * 1024;

/** A line of the input, 1-based; `bytes` null when it was too long. */
interface Line {
  number: number;
  bytes: Buffer | null;
}

/** Splits bytes into lines at "\n", holding at most `max` bytes of one line. */
export async function* splitLines(
  chunks: AsyncIterable<Buffer>,
  max: number,
): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  let number = 1;
  for await (const chunk of chunks) {
    let from = 0;
    for (;;) {
      const nl = chunk.indexOf(10, from);
      const end = nl < 0 ? chunk.length : nl;
      if (!tooLong) {
        size += end - from;
        if (size > max) {
          // Said at once, not at the line's end: a stream may never send one.
          tooLong = true;
          parts = [];
          yield { number, bytes: null };
        } else if (end > from) {
          parts.push(Buffer.from(chunk.subarray(from, end)));
        }
      }
      if (nl < 0) break;
      if (!tooLong) yield { number, bytes: Buffer.concat(parts) };
      parts = [];
      size = 0;
      tooLong = false;
      number++;
      from = nl + 1;
    }
  }
  if (!tooLong && size > 0) yield { number, bytes: Buffer.concat(parts) };
}

type LineError = { line: number; id?: unknown; error: string };

/** The id and text of a line, an error record, or null for a blank line. */
export function parseJsonlLine(
  bytes: Buffer,
  number: number,
): { id: unknown; text: string } | LineError | null {
  let raw: string;
  try {
    // The decoder drops a byte order mark at the start of the line.
    raw = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { line: number, error: 'not valid UTF-8 text' };
  }
  if (raw.endsWith('\r')) raw = raw.slice(0, -1);
  if (raw.trim() === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { line: number, error: 'invalid JSON' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { line: number, error: 'expected an object {"id", "text"}' };
  }
  const { id, text } = value as { id?: unknown; text?: unknown };
  if (typeof text !== 'string') {
    return { line: number, ...(id !== undefined ? { id } : {}), error: 'missing "text" string' };
  }
  return { id: id ?? null, text };
}

/**
 * Scans one line's text and writes its result line: detection first (for the topics, which
 * come first), then each mention's passages as it is written.
 */
async function writeResult(
  id: unknown,
  text: string,
  retriever: Retriever | null,
  limit: number,
  out: Output,
): Promise<void> {
  const found = findInBlocks(textToBlocks(text));
  const topics: Topic[] = [...new Set(found.flatMap((f) => f.out.topics))].sort();
  await out.write(`{"id":${JSON.stringify(id)},"topics":${JSON.stringify(topics)},"mentions":[`);
  for (let i = 0; i < found.length; i++) {
    const mention = withPassages(found[i]!, retriever, limit);
    await out.write(`${i > 0 ? ',' : ''}${JSON.stringify(mention)}`);
  }
  await out.write(']}\n');
}

/** Runs a JSONL batch from `input` to `out`. */
export async function runJsonl(
  input: Input,
  retriever: Retriever | null,
  limit: number,
  out: Output,
): Promise<void> {
  let bytes = 0;
  let lines = 0;
  const counted = async function* () {
    for await (const chunk of input.bytes()) {
      bytes += chunk.length;
      yield chunk;
    }
  };
  for await (const line of splitLines(counted(), MAX_LINE_BYTES)) {
    if (line.bytes === null) {
      lines++;
      await out.write(
        `${JSON.stringify({ line: line.number, error: `longer than ${MAX_LINE_BYTES / 1024 / 1024} MB; skipped` })}\n`,
      );
      continue;
    }
    const parsed = parseJsonlLine(line.bytes, line.number);
    if (parsed === null) continue;
    lines++;
    if ('error' in parsed) await out.write(`${JSON.stringify(parsed)}\n`);
    else await writeResult(parsed.id, parsed.text, retriever, limit, out);
  }
  if (lines === 0) {
    throw new InputError(
      bytes === 0 ? `${input.name} is empty` : `${input.name} is empty (only whitespace)`,
    );
  }
}
