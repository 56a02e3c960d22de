/**
 * The page side of the popover: when it opens and with what. Passages are asked for as soon as
 * the pointer rests on a mention (and for the first mentions found), the popover is built off
 * the page when they come, shown when the hover delay ends (at once for the keyboard command),
 * and handed passages that come late. The view (`components/popover/`) renders; this module
 * keeps the time and, through `passages.ts`, does the I/O.
 */
import type { Settings } from '../../lib/settings';
import type { MentionSummary } from '../../lib/messages';
import type { OpenRequest, PopoverUi, ViewportRect } from '../../lib/dom/popover-contract';
import { FOUND_PREFETCH, type Passages } from './passages';
import { REPORT_DELAY_MS } from './reporter';

/** The most of the hover delay the wait for a frame to see the pointer may count for, ms. */
export const MAX_FRAME_WAIT_MS = 100;

export interface PopoverControl<M extends { id: string }> {
  /**
   * The pointer came onto `mention` at `at` (its event's time, `performance.now()` clock);
   * `anchor` is the area the popover must keep clear.
   */
  hoverStarted(mention: M, anchor: ViewportRect, at: number): void;
  hoverEnded(): void;
  /** Opens now (the keyboard command); `focus` moves focus into the popover. */
  open(mention: M, anchor: ViewportRect, focus: boolean): void;
  /**
   * The page's mentions changed (`read` lists them): the first of a session get their
   * passages at once, with the first report.
   */
  mentionsChanged(read: () => readonly M[]): void;
  stop(): void;
}

export interface PopoverControlOptions<M extends { id: string }> {
  ui: PopoverUi;
  passages: Passages;
  settings: () => Settings;
  summaryOf: (mention: M) => MentionSummary;
  /** The mention now, or null when it left the page or its topic was switched off. */
  live: (id: string) => M | null;
  /** Where focus returns when a keyboard-opened popover closes. */
  activeElement: () => Element | null;
}

export function createPopoverControl<M extends { id: string }>(
  options: PopoverControlOptions<M>,
): PopoverControl<M> {
  const { ui, passages, settings, summaryOf } = options;
  let hoverTimer: ReturnType<typeof setTimeout> | undefined;
  /** The mention under the pointer while the hover delay runs. */
  let hovered: string | null = null;
  const prefetchedOnFind = new Set<string>();
  let findTimer: ReturnType<typeof setTimeout> | undefined;
  let readFound: () => readonly M[] = () => [];
  let stopped = false;

  /** What the popover shows for `m`: its passages as known now (loading if not yet). */
  const requestFor = (m: M, anchor: ViewportRect, focus: boolean): OpenRequest => {
    const mention = summaryOf(m);
    return {
      mention,
      anchor,
      focus,
      returnFocus: focus ? options.activeElement() : null,
      colors: settings().colors,
      passages: passages.peek(mention) ?? { status: 'loading' },
    };
  };

  const whenLoaded = (mention: MentionSummary, then: (state: OpenRequest['passages']) => void) => {
    void passages.load(mention).then((state) => {
      if (stopped) return;
      try {
        then(state);
      } catch {
        // Never throw into the page.
      }
    });
  };

  const open = (m: M, anchor: ViewportRect, focus: boolean) => {
    const request = requestFor(m, anchor, focus);
    ui.open(request);
    if (request.passages.status === 'loading') {
      whenLoaded(request.mention, (state) => ui.update(request.mention.id, state));
    }
  };

  return {
    hoverStarted(m, anchor, at) {
      clearTimeout(hoverTimer);
      hovered = null;
      if (ui.openMentionId() === m.id) return ui.hoverResumed();
      // Ask now and build the popover as soon as the passages come: when the delay ends it
      // only has to be shown.
      const request = requestFor(m, anchor, false);
      hovered = m.id;
      if (request.passages.status === 'ready') ui.prepare(request);
      else {
        whenLoaded(request.mention, (state) => {
          if (hovered === m.id) ui.prepare({ ...request, passages: state });
        });
      }
      // The delay counts from when the pointer got there, not from when a frame saw it (capped,
      // so that an event time on another clock can never skip the delay).
      const waited = Math.min(Math.max(0, performance.now() - at), MAX_FRAME_WAIT_MS);
      hoverTimer = setTimeout(
        () => {
          hovered = null;
          // The text may have left the page (or its topic been switched off) during the delay.
          const now = options.live(m.id);
          if (now) open(now, anchor, false);
          // Else nothing opens: a popover prepared for it leaves the page.
          else if (ui.openMentionId() === null) ui.hoverEnded();
        },
        Math.max(0, settings().hoverDelayMs - waited),
      );
    },
    hoverEnded() {
      clearTimeout(hoverTimer);
      hovered = null;
      ui.hoverEnded();
    },
    open,
    mentionsChanged(read) {
      readFound = read;
      if (stopped || findTimer !== undefined || prefetchedOnFind.size >= FOUND_PREFETCH) return;
      // Their first hover or keyboard open then needs no round trip, even when the background
      // has since gone to sleep and would have to start and build its index again.
      findTimer = setTimeout(() => {
        findTimer = undefined;
        try {
          for (const m of readFound()) {
            if (prefetchedOnFind.size >= FOUND_PREFETCH) return;
            if (prefetchedOnFind.has(m.id)) continue;
            prefetchedOnFind.add(m.id);
            passages.prefetch(summaryOf(m));
          }
        } catch {
          // Never throw into the page.
        }
      }, REPORT_DELAY_MS);
    },
    stop() {
      stopped = true;
      clearTimeout(hoverTimer);
      clearTimeout(findTimer);
      passages.clear();
    },
  };
}
