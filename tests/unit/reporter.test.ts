/**
 * The page UI's reports to the background under a page that fires navigation events without
 * end: a throttle, not a debounce, so a stream of events cannot keep the report from going.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createReporter, REPORT_DELAY_MS } from '../../entrypoints/page-ui/reporter';
import type { MentionSummary } from '../../lib/messages';

const sent = vi.hoisted(() => [] as Array<{ type: string; mentions: unknown[] }>);
vi.mock('../../lib/messages', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../lib/messages')>()),
  sendMessage: (message: { type: string; mentions: unknown[] }) => {
    sent.push(message);
    return Promise.resolve({ ok: true });
  },
}));

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('reports under a stream of events', () => {
  const mention = { id: 'm1' } as MentionSummary;

  beforeEach(() => {
    sent.length = 0;
    vi.useFakeTimers();
    vi.stubGlobal('location', { href: 'http://news.test/a' });
    vi.stubGlobal('document', { title: 'A page' });
  });

  it('sends while schedule() is called without pause (a throttle, not a debounce)', () => {
    const reporter = createReporter();
    for (let t = 0; t < 2_000; t += 30) {
      reporter.schedule(() => [mention]);
      vi.advanceTimersByTime(30);
    }
    // At least one report per REPORT_DELAY_MS of the stream (a debounce would send none).
    expect(sent.length).toBeGreaterThanOrEqual(Math.floor(2_000 / REPORT_DELAY_MS) - 1);
    expect(sent[0]!.mentions).toEqual([mention]);
  });

  it('coalesces a burst into one report of the latest list', () => {
    const reporter = createReporter();
    const other = { id: 'm2' } as MentionSummary;
    reporter.schedule(() => [mention]);
    reporter.schedule(() => [mention, other]);
    vi.advanceTimersByTime(REPORT_DELAY_MS);
    expect(sent.map((m) => m.mentions)).toEqual([[mention, other]]);
  });

  it('retracts at once and drops the pending report', () => {
    const reporter = createReporter();
    reporter.schedule(() => [mention]);
    vi.advanceTimersByTime(REPORT_DELAY_MS);
    reporter.schedule(() => [mention]);
    reporter.retract();
    vi.advanceTimersByTime(REPORT_DELAY_MS * 2);
    expect(sent.map((m) => m.mentions)).toEqual([[mention], []]);
  });
});
