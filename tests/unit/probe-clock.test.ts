/**
 * What the probe reads on a page without mentions besides its text: no `performance` (its
 * slices run on `Date.now()`, `date-slice.ts`), and a page's size only where it has many
 * elements (`isLargePage` in `page-text.ts`).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dateSlice } from '../../entrypoints/probe/date-slice';
import { isLargePage } from '../../entrypoints/probe/page-text';

/** A `performance` whose every read fails the test, and the reads it saw. */
function watchedPerformance(decodedBodySize: number) {
  const reads: string[] = [];
  const stub = new Proxy(
    {},
    {
      get(_, name) {
        reads.push(String(name));
        if (name === 'getEntriesByType') return () => [{ decodedBodySize }];
        return undefined;
      },
    },
  );
  vi.stubGlobal('performance', stub);
  return reads;
}

/** A document of `elements` elements, as the probe's bounded count sees it. */
function documentOf(elements: number | Error) {
  const asked: number[] = [];
  const doc = {};
  vi.stubGlobal('document', doc);
  vi.stubGlobal('Document', {
    prototype: {
      getElementsByTagName(this: unknown, name: string) {
        if (elements instanceof Error) throw elements;
        expect(this).toBe(doc);
        expect(name).toBe('*');
        return {
          item: (i: number) => {
            asked.push(i);
            return i < elements ? {} : null;
          },
        };
      },
    },
  });
  return asked;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('isLargePage', () => {
  it('reads a page of few elements whole, without asking its navigation timing', () => {
    const reads = watchedPerformance(5_000_000);
    documentOf(2_500);
    expect(isLargePage()).toBe(false);
    expect(reads).toEqual([]);
  });

  it('reads a page of many elements in pieces when its HTML was over 256 kB', () => {
    watchedPerformance(2_400_000);
    const asked = documentOf(200_000);
    expect(isLargePage()).toBe(true);
    // Bounded: one element past the threshold is asked for, not a count of all 200,000.
    expect(asked).toEqual([8_192]);
    // The 0.8 MB benchmark page (977 kB of HTML, 8.7k elements): not one read of its text.
    watchedPerformance(977_000);
    expect(isLargePage()).toBe(true);
    watchedPerformance(200_000);
    expect(isLargePage()).toBe(false);
  });

  it('falls back to the HTML size when the page breaks the count', () => {
    watchedPerformance(2_400_000);
    documentOf(new Error('page broke the count'));
    expect(isLargePage()).toBe(true);
  });
});

describe('dateSlice', () => {
  it('is due once its budget is spent, and pauses on a later task, without `performance`', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout'] });
    const reads = watchedPerformance(0);
    const slice = dateSlice(5);
    expect(slice.due()).toBe(false);
    vi.advanceTimersByTime(6);
    expect(slice.due()).toBe(true);
    slice.restart();
    expect(slice.due()).toBe(false);
    vi.advanceTimersByTime(6);
    let resumed = false;
    const paused = slice.pause().then(() => (resumed = true));
    await Promise.resolve();
    expect(resumed).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await paused;
    expect(slice.due()).toBe(false);
    expect(reads).toEqual([]);
  });

  it('is due when the wall clock steps back, not once the clock has caught up', () => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout'] });
    const slice = dateSlice(5);
    expect(slice.due()).toBe(false);
    vi.setSystemTime(Date.now() - 60_000);
    expect(slice.due()).toBe(true);
    slice.restart();
    expect(slice.due()).toBe(false);
  });
});
