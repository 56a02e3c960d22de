import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createOutput, OutputClosed } from '../../scripts/cli/output';

describe('the output writer', () => {
  /** A stream whose reader takes `delayMs` per write, with a small buffer. */
  function slowStream(delayMs: number) {
    let buffered = 0;
    const stream = new Writable({
      highWaterMark: 1024,
      write(_chunk, _enc, done) {
        setTimeout(done, delayMs);
      },
    });
    return { stream, buffered: () => (buffered = Math.max(buffered, stream.writableLength)) };
  }

  it('waits for a slow reader instead of buffering the output', async () => {
    const { stream, buffered } = slowStream(1);
    const out = createOutput(stream);
    for (let i = 0; i < 200; i++) {
      await out.write('x'.repeat(600));
      buffered();
    }
    await out.finish();
    // Never more than the buffer's limit and one write: the rest waited for 'drain'.
    expect(buffered()).toBeLessThanOrEqual(1024 + 600);
  });

  it('turns a closed pipe into OutputClosed, and finishes quietly', async () => {
    const stream = new Writable({
      write(_chunk, _enc, done) {
        done(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
      },
    });
    const out = createOutput(stream);
    await out.write('first').catch(() => undefined);
    await new Promise((resolve) => setImmediate(resolve));
    await expect(out.write('second')).rejects.toBeInstanceOf(OutputClosed);
    await expect(out.finish()).resolves.toBeUndefined();
  });
});
