/**
 * The scanner's mutation batching (`lib/dom/mutation-batch.ts`): how records are gathered
 * into batches (debounced, bounded, one at a time) and which rescans a batch asks for.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { markOwnUi } from '../../lib/dom/own-ui';
import { MAX_WAIT_MS, planBatch, watchMutations, type Job } from '../../lib/dom/mutation-batch';
import { FakeMutationObserver, pageOf, record } from './fake-dom';

/** Runs a planning generator to its end; the jobs it asked for. */
function plan(doc: Document, records: MutationRecord[], full = false) {
  const jobs: Job[] = [];
  const prune = vi.fn();
  let yields = 0;
  for (const _ of planBatch(records, full, doc, prune, jobs)) yields++;
  return { jobs, prune, yields };
}

const byId = (doc: Document, id: string) => doc.getElementById(id)!;

describe('planBatch: which blocks a batch rescans', () => {
  it('rescans only the own text of the block whose text changed', () => {
    const doc = pageOf('<p id="p">Iran <b id="b">sent</b> drones.</p><p>Other.</p>');
    const text = byId(doc, 'b').firstChild!;
    const { jobs, prune } = plan(doc, [record('characterData', text)]);
    expect(jobs).toEqual([{ root: byId(doc, 'p'), ownTextOnly: true, skipped: false }]);
    expect(prune).not.toHaveBeenCalled();
  });

  it('rescans an added subtree once, from its outermost added element', () => {
    const doc = pageOf('<main id="main"></main>');
    const section = doc.createElement('section');
    const p = doc.createElement('p');
    p.textContent = 'Iran sent drones to Russia.';
    section.append(p);
    byId(doc, 'main').append(section);
    const { jobs } = plan(doc, [
      record('childList', section, [p]),
      record('childList', byId(doc, 'main'), [section]),
    ]);
    // The block that received the section is rescanned for its own text; the section whole.
    expect(jobs).toContainEqual({ root: section, ownTextOnly: false, skipped: false });
    expect(jobs.filter((j) => j.root === p)).toEqual([]);
    expect(jobs).toHaveLength(2);
  });

  it('folds a changed block into the added subtree that holds it', () => {
    const doc = pageOf('<div id="feed"></div>');
    const story = doc.createElement('article');
    const para = doc.createElement('p');
    para.textContent = 'Old text.';
    story.append(para);
    byId(doc, 'feed').append(story);
    const inner = story.querySelector('p')!.firstChild!;
    const { jobs } = plan(doc, [
      record('childList', byId(doc, 'feed'), [story]),
      record('characterData', inner),
    ]);
    expect(jobs.map((j) => j.root)).toEqual([story, byId(doc, 'feed')]);
  });

  it('marks rescans inside editors and hidden content as skipped: they only lose mentions', () => {
    const doc = pageOf(
      '<div contenteditable="true"><p id="typed">Draft</p></div>' +
        '<div aria-hidden="true"><p id="decor">Copy</p></div><p id="shown">Shown</p>',
    );
    const typed = byId(doc, 'typed').firstChild!;
    const decor = byId(doc, 'decor').firstChild!;
    const shown = byId(doc, 'shown').firstChild!;
    const { jobs } = plan(doc, [
      record('characterData', typed),
      record('characterData', decor),
      record('characterData', shown),
    ]);
    expect(jobs.map((j) => [(j.root as Element).id, j.skipped])).toEqual([
      ['typed', true],
      ['decor', true],
      ['shown', false],
    ]);
  });

  it('rescans the whole block around an attribute that shows or hides content', () => {
    const doc = pageOf('<section id="s"><div id="panel" hidden><p>Iran</p></div></section>');
    byId(doc, 'panel').removeAttribute('hidden');
    const { jobs } = plan(doc, [record('attributes', byId(doc, 'panel'))]);
    expect(jobs).toEqual([{ root: byId(doc, 'panel'), ownTextOnly: false, skipped: false }]);
  });

  it('prunes mentions only when nodes were removed', () => {
    const doc = pageOf('<p id="p">One</p><p id="q">Two</p>');
    const q = byId(doc, 'q');
    q.remove();
    expect(plan(doc, [record('childList', doc.body, [], [q])]).prune).toHaveBeenCalledTimes(1);
    const added = doc.createElement('p');
    doc.body.append(added);
    expect(plan(doc, [record('childList', doc.body, [added])]).prune).not.toHaveBeenCalled();
  });

  it('ignores the records of its own popover host', () => {
    const doc = pageOf('<p>Text</p>');
    const host = doc.createElement('abcdef-ghijk');
    markOwnUi(host);
    doc.documentElement.append(host);
    const { jobs } = plan(doc, [
      record('childList', doc.documentElement, [host]),
      record('attributes', host),
    ]);
    expect(jobs).toEqual([]);
  });

  it('rescans the whole document after an overflow, and yields as it goes', () => {
    const doc = pageOf('<p>Text</p>');
    const { jobs, prune, yields } = plan(doc, [], true);
    expect(jobs).toEqual([{ root: doc.body, ownTextOnly: false, skipped: false }]);
    expect(prune).toHaveBeenCalled();
    const text = doc.querySelector('p')!.firstChild!;
    const many = Array.from({ length: 1000 }, () => record('characterData', text));
    expect(plan(doc, many).yields).toBeGreaterThanOrEqual(1000);
    expect(yields).toBeGreaterThan(0);
  });
});

describe('watchMutations: how records become batches', () => {
  const DELAY = 150;
  let controller: AbortController;
  let batches: Array<{ at: number; records: number; full: boolean }>;
  let t0: number;

  const watch = (onBatch?: () => Promise<void>, maxPending?: number) => {
    const w = watchMutations({
      signal: controller.signal,
      delayMs: DELAY,
      maxPending,
      onBatch: (records, full) => {
        batches.push({ at: Date.now() - t0, records: records.length, full });
        return onBatch ? onBatch() : Promise.resolve();
      },
    });
    w.observe(pageOf('<p>x</p>'));
    return w;
  };
  const change = (n = 1) =>
    FakeMutationObserver.deliver(
      Array.from({ length: n }, () => record('characterData', {} as Node)),
    );

  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('MutationObserver', FakeMutationObserver);
    FakeMutationObserver.instances = [];
    controller = new AbortController();
    batches = [];
    t0 = Date.now();
  });
  afterEach(() => {
    controller.abort();
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('gathers the records of a burst into one batch, once the page is quiet for the delay', async () => {
    watch();
    change();
    await vi.advanceTimersByTimeAsync(100);
    change(2);
    await vi.advanceTimersByTimeAsync(DELAY - 1);
    expect(batches).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(batches).toEqual([{ at: 100 + DELAY, records: 3, full: false }]);
  });

  it('never postpones a batch past a second on a page that changes without pause', async () => {
    watch();
    for (let t = 0; t < 3_000; t += 50) {
      change();
      await vi.advanceTimersByTimeAsync(50);
    }
    expect(batches.length).toBeGreaterThanOrEqual(2);
    expect(batches[0]!.at).toBeLessThanOrEqual(MAX_WAIT_MS + 50);
    // Every record reached a batch, none twice.
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(batches.reduce((n, b) => n + b.records, 0)).toBe(60);
  });

  it('still hands on batches after the wall clock steps back an hour', async () => {
    watch();
    change();
    vi.setSystemTime(Date.now() - 3_600_000);
    for (let t = 0; t < 3_000; t += 50) {
      change();
      await vi.advanceTimersByTimeAsync(50);
    }
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(batches.length).toBeGreaterThanOrEqual(2);
    expect(batches.reduce((n, b) => n + b.records, 0)).toBe(61);
  });

  it('keeps at most maxPending records: past them, one full rescan instead', async () => {
    watch(undefined, 5);
    change(3);
    change(3);
    change(100);
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(batches).toEqual([{ at: DELAY, records: 0, full: true }]);
  });

  it('hands on one batch at a time; records that come meanwhile wait for the next', async () => {
    let finish!: () => void;
    watch(() => new Promise<void>((resolve) => (finish = resolve)));
    change();
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(batches).toHaveLength(1);
    change(2);
    await vi.advanceTimersByTimeAsync(DELAY * 5);
    expect(batches).toHaveLength(1);
    finish();
    await vi.advanceTimersByTimeAsync(1);
    expect(batches.map((b) => b.records)).toEqual([1, 2]);
  });

  it('watches each root once, for text, children and the attributes that hide content', () => {
    const w = watch();
    const doc = pageOf('<p>x</p>');
    w.observe(doc);
    w.observe(doc);
    const observer = FakeMutationObserver.instances[0]!;
    expect(observer.observed.filter((o) => o.target === doc)).toHaveLength(1);
    expect(observer.observed[0]!.options).toMatchObject({
      subtree: true,
      childList: true,
      characterData: true,
      attributeFilter: ['hidden', 'aria-hidden', 'open', 'contenteditable'],
    });
  });

  it('stops for good when its signal aborts', async () => {
    watch();
    change();
    controller.abort();
    await vi.advanceTimersByTimeAsync(DELAY * 10);
    change();
    await vi.advanceTimersByTimeAsync(DELAY * 10);
    expect(batches).toEqual([]);
    expect(FakeMutationObserver.instances[0]!.disconnected).toBe(true);
  });
});
