/**
 * The slicing helper (`lib/dom/slices.ts`): work in slices, and the paint of a spent slice's
 * changes on the page's side of a yield, not on the tail of that slice.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runSliced, SLICE_BUDGET_MS } from '../../lib/dom/slices';

/** A clock that moves only when a step says it worked. */
function fakeClock() {
  let now = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => now);
  return { work: (ms: number) => void (now += ms) };
}

afterEach(() => vi.restoreAllMocks());

describe('runSliced', () => {
  it('lets the page run between a spent slice and the paint of what it found', async () => {
    const clock = fakeClock();
    const log: string[] = [];
    // Each step works a third of a slice: three steps spend one.
    const stepMs = SLICE_BUDGET_MS / 3 + 0.01;
    function* work(): Generator<number> {
      for (let i = 1; i <= 5; i++) {
        if (i === 1) setTimeout(() => log.push('page'), 0);
        clock.work(stepMs);
        yield i;
      }
    }
    await runSliced(
      work(),
      (i) => log.push(`step ${i}`),
      new AbortController().signal,
      () => log.push('paint'),
    );
    expect(log).toEqual([
      'step 1',
      'step 2',
      'step 3',
      'page',
      'paint',
      'step 4',
      'step 5',
      'paint',
    ]);
  });

  it('paints once at the end of work that fits in one slice, in the same task', async () => {
    fakeClock();
    const log: string[] = [];
    const run = runSliced(
      [1, 2][Symbol.iterator](),
      (i) => log.push(`step ${i}`),
      new AbortController().signal,
      () => log.push('paint'),
    );
    expect(log).toEqual(['step 1', 'step 2', 'paint']);
    await run;
  });

  it('paints nothing more once aborted during a yield', async () => {
    const clock = fakeClock();
    const controller = new AbortController();
    const log: string[] = [];
    function* work(): Generator<number> {
      clock.work(SLICE_BUDGET_MS);
      setTimeout(() => controller.abort(), 0);
      yield 1;
      yield 2;
    }
    await runSliced(
      work(),
      (i) => log.push(`step ${i}`),
      controller.signal,
      () => log.push('paint'),
    );
    expect(log).toEqual(['step 1']);
  });
});
