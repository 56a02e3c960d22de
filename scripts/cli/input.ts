/**
 * The CLI's input: a file, stdin ("-"), a FIFO, `<(…)` or a /proc file, read as a stream of
 * bytes. What is not readable text gets one clear message: missing file, directory, binary
 * (NUL bytes), empty, over 50 MB, invalid UTF-8. A regular file is checked whole before
 * anything is printed; a pipe can only be checked as it comes.
 */
import { createReadStream, statSync, type Stats } from 'node:fs';
import {
  createLayoutDetector,
  createNewlineNormalizer,
  type TextLayout,
} from '../../engine/plain-text';
import { InputError } from './errors';

/** Largest input accepted. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;
const MB = 1024 * 1024;
const CHUNK_BYTES = 1 << 16;

/** What kind of document the input is. */
export type InputKind = 'html' | 'text';

/** An opened input. */
export interface Input {
  /** How messages name it: the path, or "stdin". */
  name: string;
  /** The bytes, in chunks, at most MAX_INPUT_BYTES of them; each call reads a regular file anew. */
  bytes(): AsyncIterable<Buffer>;
  /** A regular file of known size, which can be read twice: checked whole before the scan. */
  rereadable: boolean;
}

async function* capped(source: AsyncIterable<Buffer>, name: string): AsyncGenerator<Buffer> {
  let total = 0;
  try {
    for await (const chunk of source) {
      total += chunk.length;
      if (total > MAX_INPUT_BYTES) {
        throw new InputError(
          `${name} is larger than ${MAX_INPUT_BYTES / MB} MB; refusing to scan it`,
        );
      }
      yield chunk;
    }
  } catch (err) {
    if (err instanceof InputError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(
      `${name === 'stdin' ? 'cannot read stdin' : `${name}: cannot read`} (${code ?? 'error'})`,
    );
  }
}

/**
 * Opens `path` ("-" for stdin). Anything that is not a directory is read as a stream until its
 * end, whatever its stat size says: pipes, `<(…)` and /proc files report 0.
 */
export function openInput(path: string): Input {
  if (path === '-') {
    return { name: 'stdin', rereadable: false, bytes: () => capped(process.stdin, 'stdin') };
  }
  let st: Stats;
  try {
    st = statSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new InputError(`${path}: no such file`);
    throw new InputError(`${path}: cannot read (${code ?? 'error'})`);
  }
  if (st.isDirectory()) throw new InputError(`${path} is a directory, not a file`);
  if (st.isFile() && st.size > MAX_INPUT_BYTES) {
    throw new InputError(
      `${path} is ${(st.size / MB).toFixed(1)} MB, over the ${MAX_INPUT_BYTES / MB} MB limit; refusing to scan it`,
    );
  }
  return {
    name: path,
    rereadable: st.isFile() && st.size > 0,
    bytes: () => capped(createReadStream(path, { highWaterMark: CHUNK_BYTES }), path),
  };
}

/** Decodes UTF-8 chunk by chunk and notes what makes the bytes not text. */
class TextCheck {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private bytes = 0;
  private start = true;
  binary = false;
  invalid = false;
  words = false;

  /** The text of one chunk ('' once the bytes proved invalid). */
  take(chunk: Buffer): string {
    this.bytes += chunk.length;
    if (chunk.includes(0)) this.binary = true;
    return this.decode(() => this.decoder.decode(chunk, { stream: true }));
  }

  /** The text held back at the end (an incomplete character is invalid). */
  finish(): string {
    return this.decode(() => this.decoder.decode());
  }

  private decode(run: () => string): string {
    if (this.invalid) return '';
    let text: string;
    try {
      text = run();
    } catch {
      this.invalid = true;
      return '';
    }
    if (this.start && text) {
      this.start = false;
      text = text.replace(/^\ufeff/, '');
    }
    if (!this.words && /\S/.test(text)) this.words = true;
    return text;
  }

  /** Why the bytes are not text, in the order the checks were always made; null if they are. */
  problem(name: string, ended: boolean): InputError | null {
    if (ended && this.bytes === 0) return new InputError(`${name} is empty`);
    if (this.binary) {
      return new InputError(`${name} looks binary (contains NUL bytes); expected text or HTML`);
    }
    if (this.invalid) return new InputError(`${name} is not valid UTF-8 text`);
    if (ended && !this.words) return new InputError(`${name} is empty (only whitespace)`);
    return null;
  }
}

/** The input's text, chunk by chunk; throws InputError at the first sign it is not text. */
export async function* readText(input: Input): AsyncGenerator<string> {
  const check = new TextCheck();
  for await (const chunk of input.bytes()) {
    const text = check.take(chunk);
    const problem = check.problem(input.name, false);
    if (problem) throw problem;
    if (text) yield text;
  }
  const rest = check.finish();
  const problem = check.problem(input.name, true);
  if (problem) throw problem;
  if (rest) yield rest;
}

/**
 * Reads a regular file whole once before it is scanned, holding none of it: throws what
 * `readText` would throw, so nothing is printed for a file that is not text, and returns its
 * plain text layout (which depends on the whole text).
 */
export async function checkWhole(input: Input): Promise<TextLayout> {
  const check = new TextCheck();
  const normalize = createNewlineNormalizer();
  const layout = createLayoutDetector();
  let found: TextLayout | null = null;
  for await (const chunk of input.bytes()) {
    const text = check.take(chunk);
    if (!found && text) found = layout.push(normalize(text));
  }
  const rest = check.finish();
  if (!found && rest) found = layout.push(normalize(rest));
  const problem = check.problem(input.name, true);
  if (problem) throw problem;
  return found ?? layout.end();
}

/** HTML when the name says so or the text starts like markup; plain text otherwise. */
export function inputKind(path: string, text: string): InputKind {
  if (/\.x?html?$/i.test(path)) return 'html';
  if (/\.(txt|text|md)$/i.test(path)) return 'text';
  return /^\s*<(?:!doctype|html|head|body|p|div|article|section|h[1-6])\b/i.test(text)
    ? 'html'
    : 'text';
}

/** Enough of a text's start to tell its kind: its first visible character and a tag name after. */
const KIND_LOOKAHEAD = 16;

/**
 * Tells the kind of a streamed text from its name or its first characters, and gives back the
 * whole text (the characters read to tell it first).
 */
export async function sniffKind(
  path: string,
  text: AsyncIterable<string>,
): Promise<{ kind: InputKind; text: AsyncIterable<string> }> {
  const iterator = text[Symbol.asyncIterator]();
  let head = '';
  let visible = -1;
  let ended = false;
  while (visible < 0 || head.length - visible < KIND_LOOKAHEAD) {
    const next = await iterator.next();
    if (next.done) {
      ended = true;
      break;
    }
    if (visible < 0) {
      const at = next.value.search(/\S/);
      if (at >= 0) visible = head.length + at;
    }
    head += next.value;
  }
  async function* whole(): AsyncGenerator<string> {
    try {
      if (head) yield head;
      head = '';
      while (!ended) {
        const next = await iterator.next();
        ended = next.done === true;
        if (!ended) yield next.value as string;
      }
    } finally {
      // Stopped early (the reader left): close the input too.
      if (!ended) await iterator.return?.();
    }
  }
  return { kind: inputKind(path, head), text: whole() };
}
