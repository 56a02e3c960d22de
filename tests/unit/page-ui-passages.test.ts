/**
 * The page side's passages controller (`entrypoints/page-ui/passages.ts`): what the popover
 * gets when it opens. Passages asked for during the hover delay are there at once; one mention
 * hovered again and again costs one request; the cache stays bounded however many mentions a
 * page has; and a background that fails, answers nonsense or never answers gives the popover
 * its calm "could not be loaded" message instead of a spinner that never stops.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPassages, PASSAGE_LIMIT, toPassages } from '../../entrypoints/page-ui/passages';
import type { MentionSummary } from '../../lib/messages';
import type { MentionContext } from '../../engine/types';

afterEach(() => {
  vi.useRealTimers();
});

const mention = (id: string, context = `Iran sent Shahed drones to Russia (${id}).`) =>
  ({
    id,
    topics: ['drones'],
    text: 'Iran sent Shahed drones to Russia',
    context,
    around: 'News\nThe paragraph.',
    terms: ['Iran', 'Shahed'],
    score: 0.9,
  }) satisfies MentionSummary;

const answer = (label: string): MentionContext => ({
  matters: [{ id: 'iran-supplies', label, cues: ['sent'], covered: true }] as never,
  passages: [{ passage: { id: `p-${label}` }, score: 1 }] as never,
});

/** A background whose answers the test releases by hand. */
function background() {
  const calls: Array<{ mention: MentionSummary; limit: number }> = [];
  const pending: Array<{ ok: (v: unknown) => void; fail: (e: unknown) => void }> = [];
  const request = vi.fn((m: MentionSummary, limit: number) => {
    calls.push({ mention: m, limit });
    return new Promise<unknown>((ok, fail) => pending.push({ ok, fail }));
  });
  return { request, calls, pending };
}

describe('passages asked for before the popover opens', () => {
  it('are there at once when it opens, after one request', async () => {
    const bg = background();
    const passages = createPassages({ request: bg.request });
    const m = mention('m1');
    expect(passages.peek(m)).toBeNull();
    passages.prefetch(m);
    expect(bg.calls).toEqual([{ mention: m, limit: PASSAGE_LIMIT }]);
    bg.pending[0]!.ok(answer('supplies'));
    await passages.load(m);
    const ready = passages.peek(m);
    expect(ready?.status).toBe('ready');
    expect(ready?.matters[0]?.label).toBe('supplies');
    expect(bg.request).toHaveBeenCalledTimes(1);
  });

  it('share one request in flight, however often the mention is hovered', async () => {
    const bg = background();
    const passages = createPassages({ request: bg.request });
    const m = mention('m1');
    passages.prefetch(m);
    passages.prefetch(m);
    const first = passages.load(m);
    const second = passages.load(m);
    expect(bg.request).toHaveBeenCalledTimes(1);
    bg.pending[0]!.ok(answer('supplies'));
    expect((await first).status).toBe('ready');
    expect((await second).status).toBe('ready');
    passages.prefetch(m);
    expect(bg.request).toHaveBeenCalledTimes(1);
  });

  it('are shared by mentions that ask the same, and asked again when the text changed', async () => {
    const bg = background();
    const passages = createPassages({ request: bg.request });
    const a = mention('m1', 'Iran sent Shahed drones to Russia.');
    // The same sentence elsewhere on the page (a pull quote): the same query, the same answer.
    const quote = { ...a, id: 'm7' };
    passages.prefetch(a);
    bg.pending[0]!.ok(answer('supplies'));
    await passages.load(a);
    expect(passages.peek(quote)?.status).toBe('ready');
    // The page rewrote the sentence: the passages of the old text must not be shown for it.
    const edited = { ...a, context: 'Iran denied sending any drones to Russia.' };
    expect(passages.peek(edited)).toBeNull();
    passages.prefetch(edited);
    expect(bg.request).toHaveBeenCalledTimes(2);
  });
});

describe('the cache', () => {
  it('keeps at most `capacity` mentions, the least recently used going first', async () => {
    const bg = background();
    const passages = createPassages({ request: bg.request, capacity: 3 });
    const ms = ['m1', 'm2', 'm3', 'm4'].map((id) => mention(id));
    for (const [i, m] of ms.slice(0, 3).entries()) {
      passages.prefetch(m);
      bg.pending[i]!.ok(answer(m.id));
      await passages.load(m);
    }
    // m1 is opened again: m2 is now the least recently used.
    expect(passages.peek(ms[0]!)?.status).toBe('ready');
    passages.prefetch(ms[3]!);
    bg.pending[3]!.ok(answer('m4'));
    await passages.load(ms[3]!);
    expect(passages.peek(ms[1]!)).toBeNull();
    for (const m of [ms[0]!, ms[2]!, ms[3]!]) expect(passages.peek(m)?.status).toBe('ready');
  });

  it('stays bounded on a page with thousands of mentions', async () => {
    const request = vi.fn(() => Promise.resolve(answer('x')));
    const passages = createPassages({ request, capacity: 32 });
    const ms = Array.from({ length: 2_000 }, (_, i) => mention(`m${i}`));
    await Promise.all(ms.map((m) => passages.load(m)));
    const kept = ms.filter((m) => passages.peek(m) !== null);
    expect(kept).toHaveLength(32);
    expect(kept[0]!.id).toBe('m1968');
  });

  it('forgets everything on clear', async () => {
    const request = vi.fn(() => Promise.resolve(answer('x')));
    const passages = createPassages({ request });
    const m = mention('m1');
    await passages.load(m);
    passages.clear();
    expect(passages.peek(m)).toBeNull();
  });
});

describe('a background that fails', () => {
  it('gives the calm error state, and the next open asks again', async () => {
    const bg = background();
    const passages = createPassages({ request: bg.request });
    const m = mention('m1');
    const first = passages.load(m);
    bg.pending[0]!.fail(new Error('Could not establish connection. Receiving end does not exist.'));
    expect(await first).toEqual({ status: 'error' });
    expect(passages.peek(m)).toBeNull();
    const again = passages.load(m);
    expect(bg.request).toHaveBeenCalledTimes(2);
    bg.pending[1]!.ok(answer('supplies'));
    expect((await again).status).toBe('ready');
  });

  it('gives the error state when sending throws (the extension was reloaded)', async () => {
    const passages = createPassages({
      request: () => {
        throw new Error('Extension context invalidated.');
      },
    });
    expect(await passages.load(mention('m1'))).toEqual({ status: 'error' });
  });

  it('gives the error state for an answer that is not passages, and keeps none', async () => {
    const bad: unknown[] = [
      undefined,
      null,
      'passages',
      { matters: [], passages: 'p1' },
      { matters: [], passages: [null] },
      { matters: [], passages: Array.from({ length: 1_000 }, () => ({})) },
    ];
    for (const raw of bad) {
      const passages = createPassages({ request: () => Promise.resolve(raw) });
      const m = mention('m1');
      expect(await passages.load(m), JSON.stringify(raw)?.slice(0, 40)).toEqual({
        status: 'error',
      });
      expect(passages.peek(m)).toBeNull();
    }
  });

  it('gives the error state when no answer comes, and keeps a late one for next time', async () => {
    vi.useFakeTimers();
    const bg = background();
    const passages = createPassages({ request: bg.request, timeoutMs: 5_000 });
    const m = mention('m1');
    const waiting = passages.load(m);
    let settled: unknown = null;
    void waiting.then((s) => (settled = s));
    await vi.advanceTimersByTimeAsync(4_999);
    expect(settled).toBeNull();
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toEqual({ status: 'error' });
    // Hovered again while the request is still out: no second request.
    void passages.load(m);
    expect(bg.request).toHaveBeenCalledTimes(1);
    bg.pending[0]!.ok(answer('supplies'));
    await vi.advanceTimersByTimeAsync(0);
    expect(passages.peek(m)?.status).toBe('ready');
  });
});

describe('the framing in the background’s answer', () => {
  const framed = (framing: unknown) => ({ ...answer('supplies'), framing });

  it('is handed to the popover when it is well formed', () => {
    const framing = { stance: 'denied', speaker: 'Tehran', hedge: null };
    expect(toPassages(framed(framing))?.framing).toEqual(framing);
  });

  it('is left out when malformed or missing, and the passages still show', () => {
    for (const bad of [
      { stance: 'verified', speaker: null, hedge: null },
      { stance: 'denied', speaker: '<img src=x onerror=alert(1)>'.repeat(40), hedge: null },
      'denied',
      undefined,
    ]) {
      const ready = toPassages(framed(bad));
      expect(ready?.status).toBe('ready');
      expect(ready?.passages).toHaveLength(1);
      expect(ready?.framing).toBeNull();
    }
  });
});
