/**
 * Reads the CLI's input (a file or stdin) as text, refusing what is not readable text with
 * a clear message: missing file, directory, binary (NUL bytes), empty, over 50 MB, invalid
 * UTF-8.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { InputError } from './errors';

/** Largest input accepted. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

/** What kind of document the input is. */
export type InputKind = 'html' | 'text';

function readStdin(): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  const chunk = Buffer.alloc(1 << 16);
  for (;;) {
    let n: number;
    try {
      n = readSync(0, chunk, 0, chunk.length, null);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        // Non-blocking pipe not ready yet: wait a little instead of spinning.
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
        continue;
      }
      if (code === 'EOF') break;
      throw new InputError(`cannot read stdin (${code ?? 'error'})`);
    }
    if (n === 0) break;
    total += n;
    if (total > MAX_INPUT_BYTES) {
      throw new InputError(
        `stdin is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB; refusing to scan it`,
      );
    }
    chunks.push(Buffer.from(chunk.subarray(0, n)));
  }
  return Buffer.concat(chunks);
}

function readFileChecked(path: string): Buffer {
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new InputError(`${path} is a directory, not a file`);
    size = st.size;
  } catch (err) {
    if (err instanceof InputError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`${path}: no such file`);
    throw new InputError(`${path}: cannot read (${code ?? 'error'})`);
  }
  if (size > MAX_INPUT_BYTES) {
    throw new InputError(
      `${path} is ${(size / 1024 / 1024).toFixed(1)} MB, over the 50 MB limit; refusing to scan it`,
    );
  }
  try {
    const fd = openSync(path, 'r');
    try {
      const buf = Buffer.alloc(size);
      let off = 0;
      while (off < size) {
        const n = readSync(fd, buf, off, size - off, off);
        if (n === 0) break;
        off += n;
      }
      return buf.subarray(0, off);
    } finally {
      closeSync(fd);
    }
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(`${path}: cannot read (${code ?? 'error'})`);
  }
}

/** Decodes bytes as UTF-8 text, or explains why they are not text. */
export function decodeText(bytes: Buffer, name: string): string {
  if (bytes.length === 0) throw new InputError(`${name} is empty`);
  if (bytes.includes(0))
    throw new InputError(`${name} looks binary (contains NUL bytes); expected text or HTML`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${name} is not valid UTF-8 text`);
  }
  text = text.replace(/^\ufeff/, '');
  if (text.trim() === '') throw new InputError(`${name} is empty (only whitespace)`);
  return text;
}

/** Reads `path` (or stdin for "-") as text. */
export function readInputText(path: string): string {
  const name = path === '-' ? 'stdin' : path;
  return decodeText(path === '-' ? readStdin() : readFileChecked(path), name);
}

/** HTML when the name says so or the text starts like markup; plain text otherwise. */
export function inputKind(path: string, text: string): InputKind {
  if (/\.x?html?$/i.test(path)) return 'html';
  if (/\.(txt|text|md)$/i.test(path)) return 'text';
  return /^\s*<(?:!doctype|html|head|body|p|div|article|section|h[1-6])\b/i.test(text)
    ? 'html'
    : 'text';
}
