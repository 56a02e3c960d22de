/** The page UI's lifetime: it ends with the extension's runtime, and nothing a page does. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { extensionLifetime } from '../../entrypoints/page-ui/lifetime';

afterEach(() => {
  vi.useRealTimers();
});

describe('the page UI’s lifetime', () => {
  it('ends only when the extension runtime is gone', () => {
    vi.useFakeTimers();
    let alive = true;
    const lifetime = extensionLifetime(() => alive, 1_000);
    vi.advanceTimersByTime(10_000);
    expect(lifetime.aborted).toBe(false);
    alive = false;
    vi.advanceTimersByTime(1_000);
    expect(lifetime.aborted).toBe(true);
  });

  it('ends when asking the runtime throws (its context is gone)', () => {
    vi.useFakeTimers();
    const lifetime = extensionLifetime(() => {
      throw new Error('Extension context invalidated.');
    }, 1_000);
    vi.advanceTimersByTime(1_000);
    expect(lifetime.aborted).toBe(true);
  });
});
