/**
 * The page side of the popover (`entrypoints/page-ui/popover-control.ts`), with fake timers
 * and a stand-in for the view: when the popover opens and what it shows then. A reader who
 * rests the pointer on a mention gets its passages when the delay ends, not a "Finding
 * passages" line; one who moves on sees nothing open; a background that fails gives the calm
 * message; and the first mentions of a page are ready for the keyboard before any hover.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPassages } from '../../entrypoints/page-ui/passages';
import { createPopoverControl, MAX_FRAME_WAIT_MS } from '../../entrypoints/page-ui/popover-control';
import { REPORT_DELAY_MS } from '../../entrypoints/page-ui/reporter';
import type { OpenRequest, PassagesState, PopoverUi } from '../../lib/dom/popover-contract';
import type { MentionSummary } from '../../lib/messages';
import { DEFAULT_SETTINGS } from '../../lib/settings';

const DELAY = DEFAULT_SETTINGS.hoverDelayMs;
const ANCHOR = { top: 100, left: 100, bottom: 120, right: 400 };

interface Fake {
  id: string;
  context: string;
}

const summaryOf = (m: Fake): MentionSummary => ({
  id: m.id,
  topics: ['drones'],
  text: m.context,
  context: m.context,
  terms: ['Iran'],
  score: 0.9,
});

const mentions: Fake[] = ['m1', 'm2', 'm3', 'm4', 'm5', 'm6'].map((id) => ({
  id,
  context: `Iran sent drones to Russia (${id}).`,
}));

const READY = { matters: [], passages: [{ passage: { id: 'p1' } }] };

/** What the view was asked to do, in order. */
type Call =
  | { op: 'prepare' | 'open'; id: string; status: PassagesState['status'] }
  | { op: 'update'; id: string; status: PassagesState['status'] };

function setup(options: { live?: (id: string) => Fake | null } = {}) {
  const calls: Call[] = [];
  let openId: string | null = null;
  let hoversEnded = 0;
  const ui: PopoverUi = {
    prepare: (r: OpenRequest) =>
      calls.push({ op: 'prepare', id: r.mention.id, status: r.passages.status }),
    open: (r: OpenRequest) => {
      openId = r.mention.id;
      calls.push({ op: 'open', id: r.mention.id, status: r.passages.status });
    },
    update: (id, p) => calls.push({ op: 'update', id, status: p.status }),
    hoverEnded: () => void hoversEnded++,
    hoverResumed: () => {},
    close: () => (openId = null),
    openMentionId: () => openId,
    contains: () => false,
    destroy: () => {},
  };
  const answers: Array<{ id: string; ok: (v: unknown) => void; fail: (e: unknown) => void }> = [];
  const request = vi.fn(
    (m: MentionSummary) => new Promise<unknown>((ok, fail) => answers.push({ id: m.id, ok, fail })),
  );
  const control = createPopoverControl<Fake>({
    ui,
    passages: createPassages({ request }),
    settings: () => DEFAULT_SETTINGS,
    summaryOf,
    live: options.live ?? ((id) => mentions.find((m) => m.id === id) ?? null),
    activeElement: () => null,
  });
  return { calls, control, answers, request, hoversEnded: () => hoversEnded };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance', 'Date'] });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('hovering a mention', () => {
  it('opens it with its passages when the delay ends, built while the delay ran', async () => {
    const { calls, control, answers } = setup();
    control.hoverStarted(mentions[0]!, ANCHOR, performance.now());
    // Asked at once, not when the delay ends.
    expect(answers.map((a) => a.id)).toEqual(['m1']);
    answers[0]!.ok(READY);
    await vi.advanceTimersByTimeAsync(50);
    expect(calls).toEqual([{ op: 'prepare', id: 'm1', status: 'ready' }]);
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(calls.at(-1)).toEqual({ op: 'open', id: 'm1', status: 'ready' });
    expect(calls.some((c) => c.status === 'loading')).toBe(false);
  });

  it('opens with "Finding passages" only when they have not come, then shows them', async () => {
    const { calls, control, answers } = setup();
    control.hoverStarted(mentions[0]!, ANCHOR, performance.now());
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(calls).toEqual([{ op: 'open', id: 'm1', status: 'loading' }]);
    answers[0]!.ok(READY);
    await vi.advanceTimersByTimeAsync(0);
    expect(calls.at(-1)).toEqual({ op: 'update', id: 'm1', status: 'ready' });
  });

  it('replaces "Finding passages" with the calm error when the background fails', async () => {
    const { calls, control, answers } = setup();
    control.hoverStarted(mentions[0]!, ANCHOR, performance.now());
    await vi.advanceTimersByTimeAsync(DELAY);
    answers[0]!.fail(new Error('The message port closed before a response was received.'));
    await vi.advanceTimersByTimeAsync(0);
    expect(calls.at(-1)).toEqual({ op: 'update', id: 'm1', status: 'error' });
  });

  it('counts the delay from when the pointer got there, but never skips it', async () => {
    const { calls, control } = setup();
    // The frame that saw the pointer came 40 ms after it moved there.
    control.hoverStarted(mentions[0]!, ANCHOR, performance.now() - 40);
    await vi.advanceTimersByTimeAsync(DELAY - 41);
    expect(calls.filter((c) => c.op === 'open')).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls.filter((c) => c.op === 'open')).toHaveLength(1);
    control.hoverEnded();
    // An event time far in the past (another clock): at most MAX_FRAME_WAIT_MS counts.
    control.hoverStarted(mentions[1]!, ANCHOR, performance.now() - 1e9);
    await vi.advanceTimersByTimeAsync(DELAY - MAX_FRAME_WAIT_MS - 1);
    expect(calls.filter((c) => c.op === 'open')).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls.filter((c) => c.op === 'open')).toHaveLength(2);
  });

  it('opens nothing when the pointer leaves before the delay ends', async () => {
    const { calls, control, answers } = setup();
    control.hoverStarted(mentions[0]!, ANCHOR, performance.now());
    control.hoverEnded();
    answers[0]!.ok(READY);
    await vi.advanceTimersByTimeAsync(DELAY * 2);
    expect(calls).toEqual([]);
  });

  it('opens nothing for a mention that left the page during the delay', async () => {
    const { calls, control, answers, hoversEnded } = setup({ live: () => null });
    control.hoverStarted(mentions[0]!, ANCHOR, performance.now());
    answers[0]!.ok(READY);
    await vi.advanceTimersByTimeAsync(DELAY * 2);
    expect(calls.filter((c) => c.op === 'open')).toEqual([]);
    // The popover prepared for it (hidden, on the page) is told to go.
    expect(calls.filter((c) => c.op === 'prepare')).toHaveLength(1);
    expect(hoversEnded()).toBe(1);
  });

  it('asks once for a mention hovered again and again', async () => {
    const { control, request, answers } = setup();
    for (let i = 0; i < 5; i++) {
      control.hoverStarted(mentions[0]!, ANCHOR, performance.now());
      control.hoverEnded();
    }
    answers[0]!.ok(READY);
    await vi.advanceTimersByTimeAsync(0);
    control.hoverStarted(mentions[0]!, ANCHOR, performance.now());
    expect(request).toHaveBeenCalledTimes(1);
  });
});

describe('mentions found on the page', () => {
  it('get their passages with the first report, the first four of a session only', async () => {
    const { control, calls, answers } = setup();
    control.mentionsChanged(() => mentions.slice(0, 2));
    control.mentionsChanged(() => mentions.slice(0, 3));
    expect(answers).toEqual([]);
    await vi.advanceTimersByTimeAsync(REPORT_DELAY_MS);
    expect(answers.map((a) => a.id)).toEqual(['m1', 'm2', 'm3']);
    control.mentionsChanged(() => mentions);
    await vi.advanceTimersByTimeAsync(REPORT_DELAY_MS);
    expect(answers.map((a) => a.id)).toEqual(['m1', 'm2', 'm3', 'm4']);
    control.mentionsChanged(() => mentions);
    await vi.advanceTimersByTimeAsync(REPORT_DELAY_MS * 4);
    expect(answers).toHaveLength(4);
    // The keyboard command on one of them: open at once, with its passages.
    for (const a of answers) a.ok(READY);
    await vi.advanceTimersByTimeAsync(0);
    control.open(mentions[2]!, ANCHOR, true);
    expect(calls).toEqual([{ op: 'open', id: 'm3', status: 'ready' }]);
  });

  it('asks nothing after the session stopped', async () => {
    const { control, answers } = setup();
    control.mentionsChanged(() => mentions);
    control.stop();
    await vi.advanceTimersByTimeAsync(REPORT_DELAY_MS * 2);
    expect(answers).toEqual([]);
  });
});
