/**
 * The one way the CLI writes its output. A write waits while the stream's buffer is full, so
 * memory stays bounded however slowly the reader reads; when the reader goes away (EPIPE, e.g.
 * `| head`) every later write throws `OutputClosed` and the scan stops quietly.
 */
import type { Writable } from 'node:stream';

/** The reader of the output went away: stop, it is not an error. */
export class OutputClosed extends Error {
  constructor() {
    super('output closed');
  }
}

/** Writing the output failed for another reason than its reader leaving (a full disk, say). */
export class OutputFailed extends Error {
  constructor(readonly code: string) {
    super(`cannot write output (${code})`);
  }
}

export interface Output {
  /** Writes `text`, waiting for the reader when its buffer is full. */
  write(text: string): Promise<void>;
  /** Waits until what was written has left the buffer; throws a write error other than EPIPE. */
  finish(): Promise<void>;
}

/** Output written since the last turn of the event loop, after which a write lets it turn. */
const YIELD_CHARS = 1 << 16;

export function createOutput(stream: Writable): Output {
  let closed = false;
  let failure: OutputFailed | null = null;
  let sinceYield = 0;
  stream.on('error', (err: NodeJS.ErrnoException) => {
    closed = true;
    if (err.code !== 'EPIPE' && !failure) failure = new OutputFailed(err.code ?? err.message);
  });
  const check = () => {
    if (failure) throw failure;
    if (closed || stream.destroyed) throw new OutputClosed();
  };
  /** Resolves on 'drain', or when the stream fails or closes. */
  const drained = () =>
    new Promise<void>((resolve) => {
      const done = () => {
        stream.off('drain', done);
        stream.off('error', done);
        stream.off('close', done);
        resolve();
      };
      stream.on('drain', done);
      stream.on('error', done);
      stream.on('close', done);
    });
  return {
    async write(text) {
      check();
      sinceYield += text.length;
      if (!stream.write(text)) {
        sinceYield = 0;
        await drained();
      } else if (sinceYield > YIELD_CHARS) {
        // A busy scan still lets the event loop deliver a closed pipe's error.
        sinceYield = 0;
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
      check();
    },
    async finish() {
      if (stream.writableNeedDrain && !closed) await drained();
      if (failure) throw failure;
    },
  };
}
