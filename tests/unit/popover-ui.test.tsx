/**
 * The popover view's side of the contract (`components/popover/popover-ui.tsx`), rendered with
 * Preact into a linkedom document: what the reader sees as passages come, fail, or come for a
 * mention that is no longer shown, and that a popover prepared during the hover delay opens
 * with its passages, never with a "Finding passages" line first.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseHTML } from 'linkedom';
import { corpus, fuseIndexJson } from '../../data/corpus';
import { createRetriever } from '../../engine/retrieval/retriever';
import { createPopoverUi } from '../../components/popover/popover-ui';
import type { OpenRequest, PassagesState } from '../../lib/dom/popover-contract';
import type { PopoverMount } from '../../lib/dom/popover-host';
import { mentionFraming } from '../../lib/mention-framing';
import { mentionQuery } from '../../lib/mention-query';
import type { MentionSummary } from '../../lib/messages';
import { markMatches } from '../../lib/format/mark';

// Every card renders its passage's text through this: calls count the cards rendered.
vi.mock('../../lib/format/mark', async (original) => {
  const actual = await original<typeof import('../../lib/format/mark')>();
  return { ...actual, markMatches: vi.fn(actual.markMatches) };
});

const LOADING = /Finding passages/;
const FAILED = /Passages could not be loaded/;

const mention = (id: string, context: string): MentionSummary => ({
  id,
  topics: ['drones'],
  text: context,
  context,
  terms: ['Iran', 'Shahed'],
  score: 0.9,
});

const SUPPLY = mention('m1', 'Iran has supplied Russia with hundreds of Shahed-136 drones.');
const DENIAL = mention('m2', 'Tehran denied that it had sent any drones to Russia.');

const retriever = createRetriever(corpus, fuseIndexJson);
const ready = (m: MentionSummary): PassagesState => ({
  status: 'ready',
  ...retriever.forMention(mentionQuery(m), 4),
  framing: mentionFraming(m),
});

const request = (m: MentionSummary, passages: PassagesState): OpenRequest => ({
  mention: m,
  anchor: { top: 100, left: 100, bottom: 120, right: 400 },
  focus: false,
  returnFocus: null,
  colors: { drones: '#f5b942', syria: '#6fb7ff' },
  passages,
});

let body: HTMLElement;
let attached: boolean;
/** The popover's text each time it was taken off the page. */
let closedWith: string[];

/** A mount whose host is never in a document (the view's layout step then waits). */
function fakeMount(): PopoverMount {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  vi.stubGlobal('document', document);
  body = document.createElement('body');
  closedWith = [];
  return {
    body: () => body,
    attach: () => {
      attached = true;
    },
    detach: () => {
      attached = false;
      closedWith.push(body.textContent ?? '');
    },
    host: () => null,
  };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  attached = false;
  vi.stubGlobal('addEventListener', () => {});
  // A frame is a timer here: the fake clock runs it like the browser's next frame.
  vi.stubGlobal('requestAnimationFrame', (run: () => void) => setTimeout(run, 16));
  vi.stubGlobal('cancelAnimationFrame', (id: ReturnType<typeof setTimeout>) => clearTimeout(id));
  vi.stubGlobal('ShadowRoot', class {});
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const actions = { mentionRects: () => [], fullContext: vi.fn() };

describe('the popover view', () => {
  it('opens a popover prepared during the hover delay with its passages, never loading', () => {
    const ui = createPopoverUi(actions, fakeMount());
    const passages = ready(SUPPLY);
    ui.prepare(request(SUPPLY, passages));
    // Its first step renders the header off the page; the next task puts it on the page,
    // hidden; then a card per frame, so that the browser lays it out in small steps during
    // the delay; nothing shown yet.
    expect(attached).toBe(false);
    vi.advanceTimersToNextTimer();
    expect(attached).toBe(false);
    expect(body.textContent).toMatch(/Highlighted because it names/);
    vi.advanceTimersToNextTimer();
    expect(attached).toBe(true);
    expect(body.querySelectorAll('.fc-passage')).toHaveLength(0);
    // A frame, then the next step's task.
    vi.advanceTimersToNextTimer();
    vi.advanceTimersToNextTimer();
    expect(body.querySelectorAll('.fc-passage')).toHaveLength(1);
    vi.runAllTimers();
    expect(body.querySelectorAll('.fc-passage').length).toBeGreaterThan(1);
    expect(ui.openMentionId()).toBeNull();
    const dialog = body.querySelector('[role="dialog"]');
    expect(body.textContent).toMatch(/Published/);
    ui.open(request(SUPPLY, passages));
    expect(attached).toBe(true);
    expect(ui.openMentionId()).toBe('m1');
    // The same popover, shown: not built again.
    expect(body.querySelector('[role="dialog"]')).toBe(dialog);
    const text = body.textContent ?? '';
    expect(text).toMatch(/Highlighted because it names/);
    expect(text).toMatch(/Published/);
    expect(text).not.toMatch(LOADING);
  });

  it('takes a prepared popover off the page when the pointer leaves before the delay ends', () => {
    const ui = createPopoverUi(actions, fakeMount());
    ui.prepare(request(SUPPLY, ready(SUPPLY)));
    vi.runAllTimers();
    expect(attached).toBe(true);
    ui.hoverEnded();
    expect(attached).toBe(false);
    expect(ui.openMentionId()).toBeNull();
    // Prepared again for the next mention, then opened: on the page, showing that mention.
    ui.prepare(request(DENIAL, ready(DENIAL)));
    ui.open(request(DENIAL, ready(DENIAL)));
    expect(attached).toBe(true);
    expect(ui.openMentionId()).toBe('m2');
    ui.hoverEnded();
    // Open: it stays for the grace period (the pointer may be on its way into it).
    expect(attached).toBe(true);
  });

  it('replaces "Finding passages" with a calm message when they cannot be loaded', () => {
    const ui = createPopoverUi(actions, fakeMount());
    ui.open(request(SUPPLY, { status: 'loading' }));
    expect(body.textContent).toMatch(LOADING);
    ui.update('m1', { status: 'error' });
    expect(body.textContent).toMatch(FAILED);
    expect(body.textContent).not.toMatch(LOADING);
  });

  it('ignores passages that come late for a mention no longer shown', () => {
    const ui = createPopoverUi(actions, fakeMount());
    ui.open(request(SUPPLY, { status: 'loading' }));
    ui.close();
    ui.open(request(DENIAL, { status: 'loading' }));
    // The first mention's answer arrives now: the popover on the second must not show it.
    ui.update('m1', ready(SUPPLY));
    expect(ui.openMentionId()).toBe('m2');
    expect(body.textContent).toMatch(LOADING);
    ui.update('m2', ready(DENIAL));
    expect(body.textContent).not.toMatch(LOADING);
    expect(body.textContent).toMatch(/Published/);
  });

  it('keeps what it rendered off the page when it closes, and reuses it for the next', () => {
    const ui = createPopoverUi(actions, fakeMount());
    ui.open(request(SUPPLY, ready(SUPPLY)));
    const dialog = body.querySelector('[role="dialog"]');
    ui.close();
    expect(attached).toBe(false);
    expect(ui.openMentionId()).toBeNull();
    expect(closedWith.at(-1)).toMatch(/Published/);
    expect(body.textContent).toBe(closedWith.at(-1));
    ui.open(request(DENIAL, ready(DENIAL)));
    expect(body.querySelector('[role="dialog"]')).toBe(dialog);
    ui.destroy();
    expect(body.textContent).toBe('');
  });

  it('does not let a prepared popover replace the one open', () => {
    const ui = createPopoverUi(actions, fakeMount());
    ui.open(request(SUPPLY, ready(SUPPLY)));
    const before = body.textContent;
    ui.prepare(request(DENIAL, { status: 'loading' }));
    expect(ui.openMentionId()).toBe('m1');
    expect(body.textContent).toBe(before);
  });
});

/**
 * A mount in a document, as on a page: the popover measures and places itself. Boxes are
 * given, not laid out: the popover is 400 × `height` px; `measured` counts its measurements.
 */
function pageMount(height: number) {
  const { document, HTMLElement: Element } = parseHTML('<!doctype html><html><body></body></html>');
  vi.stubGlobal('document', document);
  const measured = { count: 0 };
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(() => {
    measured.count++;
    return { top: 0, left: 0, bottom: height, right: 400, width: 400, height } as DOMRect;
  });
  body = document.createElement('body');
  document.body.append(body);
  const mount: PopoverMount = {
    body: () => body,
    attach: () => {
      attached = true;
    },
    detach: () => {
      attached = false;
    },
    host: () => null,
  };
  return { mount, measured };
}

describe('placing the popover', () => {
  const dialog = () => body.querySelector<HTMLElement>('[role="dialog"]')!;

  it('is placed during the hover delay, hidden, and opens there without measuring again', () => {
    vi.stubGlobal('innerWidth', 1280);
    vi.stubGlobal('innerHeight', 900);
    const { mount, measured } = pageMount(300);
    const ui = createPopoverUi(actions, mount);
    const r = request(SUPPLY, ready(SUPPLY));
    ui.prepare(r);
    vi.runAllTimers();
    expect(attached).toBe(true);
    // Placed below the hovered line (bottom 120), and still hidden.
    expect(dialog().style.top).toBe('126px');
    expect(dialog().classList.contains('fc-popover--placed')).toBe(false);
    const before = measured.count;
    ui.open(r);
    expect(dialog().classList.contains('fc-popover--placed')).toBe(true);
    expect(dialog().style.top).toBe('126px');
    expect(measured.count).toBe(before);
  });

  it('renders no card again once built: placing it and opening it render none', () => {
    vi.stubGlobal('innerWidth', 1280);
    vi.stubGlobal('innerHeight', 900);
    const { mount } = pageMount(300);
    const ui = createPopoverUi(actions, mount);
    const r = request(SUPPLY, ready(SUPPLY));
    ui.prepare(r);
    // Step by step until it is placed: the renders counted when its last card appeared.
    let cards = -1;
    let rendered = 0;
    for (let step = 0; step < 100 && vi.getTimerCount() > 0; step++) {
      vi.advanceTimersToNextTimer();
      const now = body.querySelectorAll('.fc-passage').length;
      if (now !== cards) rendered = vi.mocked(markMatches).mock.calls.length;
      cards = now;
    }
    expect(cards).toBeGreaterThan(1);
    expect(dialog().dataset.side).toBeDefined();
    expect(vi.mocked(markMatches).mock.calls.length).toBe(rendered);
    ui.open(r);
    expect(body.querySelectorAll('.fc-passage')).toHaveLength(cards);
    expect(vi.mocked(markMatches).mock.calls.length).toBe(rendered);
  });

  it('is placed again when it opens in a viewport that changed during the delay', () => {
    vi.stubGlobal('innerWidth', 1280);
    vi.stubGlobal('innerHeight', 900);
    const { mount } = pageMount(300);
    const ui = createPopoverUi(actions, mount);
    const r = request({ ...SUPPLY }, ready(SUPPLY));
    const low = { ...r, anchor: { top: 500, left: 100, bottom: 520, right: 400 } };
    ui.prepare(low);
    vi.runAllTimers();
    expect(dialog().dataset.side).toBe('below');
    // The window got shorter: below the line there is no room for it any more.
    vi.stubGlobal('innerHeight', 600);
    ui.open(low);
    expect(dialog().dataset.side).toBe('above');
    expect(dialog().style.top).toBe(`${500 - 6 - 300}px`);
    expect(dialog().classList.contains('fc-popover--placed')).toBe(true);
  });
});

describe('the framing lines in the popover', () => {
  const open = (m: MentionSummary) => {
    const ui = createPopoverUi(actions, fakeMount());
    ui.open(request(m, ready(m)));
    return body.querySelector('[role="dialog"]')!;
  };

  it('says under the header how the page frames a denial, and the dialog is described by it', () => {
    const dialog = open(DENIAL);
    const line = dialog.querySelector('.fc-popover__framing');
    expect(line?.textContent).toBe('The page reports a denial by Tehran');
    expect(dialog.getAttribute('aria-describedby')).toBe(line?.id);
    // In the reading order: right after the header, before why it matched.
    expect(line?.previousElementSibling?.className).toBe('fc-popover__header');
    expect(line?.nextElementSibling?.className).toBe('fc-popover__why');
  });

  it('says nothing of the page’s framing for a plain assertion', () => {
    const dialog = open(SUPPLY);
    expect(dialog.querySelector('.fc-popover__framing')).toBeNull();
    expect(dialog.hasAttribute('aria-describedby')).toBe(false);
    expect(dialog.textContent).not.toMatch(/The page /);
  });

  it('gives every card its source’s framing, and sets a claim beside its denial, labelled', () => {
    const SYRIA: MentionSummary = {
      ...mention(
        'm3',
        'In Syria, Russia and Iran are competing with each other for influence over the Assad government.',
      ),
      topics: ['syria'],
      terms: ['russia', 'iran', 'syria', 'assad'],
    };
    const dialog = open(SYRIA);
    const cards = [...dialog.querySelectorAll('.fc-passage')];
    expect(cards.length).toBeGreaterThan(1);
    for (const card of cards) {
      expect(card.querySelector('.fc-passage__meta .fc-passage__framing')?.textContent).toMatch(
        / (states|attributes|reports a denial by|denies|hedges) /,
      );
    }
    const pair = dialog.querySelector('.fc-popover__pair[role="group"]');
    expect(pair?.getAttribute('aria-label')).toMatch(/^A claim and a denial on: /);
    const inPair = [...pair!.querySelectorAll('.fc-passage__framing')].map((p) => p.textContent);
    expect(inPair).toHaveLength(2);
    expect(inPair[1]).toMatch(/denies this|reports a denial/);
    expect(inPair[0]).not.toMatch(/denies this|reports a denial/);
    expect(dialog.className).toMatch(/fc-popover--wide/);
  });
});
