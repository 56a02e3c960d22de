/**
 * One active scanning session in a frame: scanner, highlights, hover, reports, keyboard
 * command and the popover. `stop()` removes every trace (highlights, adopted sheet, listeners, UI).
 */
import type { Topic } from '../../engine/types';
import { LIMITS, sendMessage, type Message, type MentionSummary } from '../../lib/messages';
import type { Settings } from '../../lib/settings';
import { createAdoptedStyles, highlightCss, isDefaultLook } from '../../lib/dom/highlight-styles';
import {
  clearHighlights,
  flashRange,
  HIGHLIGHT_NAMES,
  paintChanges,
  paintHighlights,
  randomHighlightNames,
  visibleTopics,
} from '../../lib/dom/highlights';
import { watchHover } from '../../lib/dom/hover';
import type { FirstReading } from '../../lib/dom/first-reading';
import { isRendered } from '../../lib/dom/rendered';
import { createScanner, type MentionChanges, type TrackedMention } from '../../lib/dom/scanner';
import {
  toViewportRect,
  type PopoverActions,
  type PopoverUi,
  type ViewportRect,
} from '../../lib/dom/popover-contract';
import { keepClear } from '../../lib/dom/placement';
import { nearestMention } from './nearest';
import { createPassages } from './passages';
import { createPopoverControl } from './popover-control';
import { createReporter } from './reporter';

export interface Session {
  stop(): void;
  settingsChanged(): void;
  /** Handles a validated message from the background; undefined when not ours. */
  handle(message: Message): Promise<{ ok: boolean }> | undefined;
}

/**
 * Starts scanning this frame with the probe's reader, taking the blocks it read from
 * `reading`. `settings` is read live; `createUi` makes the popover.
 */
export function startSession(
  settings: () => Settings,
  createUi: (actions: PopoverActions) => PopoverUi,
  reading: FirstReading,
): Session {
  const controller = new AbortController();
  const { signal } = controller;
  const styles = createAdoptedStyles();
  // The default look uses the names the manifest's stylesheet styles; the user's own look,
  // names nothing else styles (see highlight-styles.ts).
  const ownLookNames = randomHighlightNames();
  const highlightNames = () => (isDefaultLook(settings()) ? HIGHLIGHT_NAMES : ownLookNames);
  const reporter = createReporter();

  const topicsOf = (m: TrackedMention): Topic[] => visibleTopics(m.topics, settings().topics);
  const visibleMentions = () => scanner.mentions().filter((m) => topicsOf(m).length > 0);

  const summaryOf = (m: TrackedMention): MentionSummary => ({
    id: m.id,
    topics: topicsOf(m),
    text: m.text,
    context: m.context,
    // The page's title tells what a vague sentence is about, beside its paragraph.
    around: `${document.title.slice(0, 180)}\n${m.around}`.slice(0, LIMITS.around),
    terms: m.terms.slice(0, LIMITS.terms).map((t) => t.slice(0, LIMITS.term)),
    score: Math.min(1, Math.max(0, m.score)),
  });

  // Created before the scanner, whose first results may come at any time; the popover reads
  // the scanner only once it is open.
  const ui = createUi({
    mentionRects: (id) => {
      const m = scanner.byId(id);
      return m ? [...m.range.getClientRects()].map(toViewportRect) : [];
    },
    fullContext: (mentionId) => {
      sendMessage<'panel/open'>({ type: 'panel/open', mentionId }).catch(() => {});
    },
  });

  /** Shadow roots holding mentions adopt the look's stylesheet (the page's rules stop there). */
  const adoptFor = (mentions: readonly TrackedMention[]) => {
    for (const m of mentions) {
      const scope = m.container.getRootNode();
      if (scope.nodeType === 11) styles.adoptInto(scope as ShadowRoot);
    }
  };

  /** Shows the mentions as they are: all of them, or (`changes`) what a scan slice changed. */
  const render = (changes?: MentionChanges) => {
    // Report first: a failure to paint (an engine quirk, a hostile page) must not also hide
    // the mentions from the side panel and the badge, as a paint exception did in Firefox.
    reporter.schedule(() => visibleMentions().map(summaryOf));
    popover.mentionsChanged(visibleMentions);
    if (changes) {
      paintChanges(changes.added, changes.removed, settings().topics, highlightNames());
      adoptFor(changes.added.filter((m) => topicsOf(m).length > 0));
    } else {
      const visible = visibleMentions();
      paintHighlights(visible, settings().topics, highlightNames());
      adoptFor(visible);
    }
    // An open popover whose mention left the page (or whose topic was switched off) goes
    // with it, without waiting for the pointer to move.
    const openId = ui.openMentionId();
    const live = openId === null ? undefined : scanner.byId(openId);
    if (openId !== null && !(live && topicsOf(live).length)) ui.close();
  };

  const popover = createPopoverControl<TrackedMention>({
    ui,
    passages: createPassages(),
    settings,
    summaryOf,
    live: (id) => {
      const m = scanner.byId(id);
      return m && topicsOf(m).length ? m : null;
    },
    activeElement: () => document.activeElement,
  });

  const scanner = createScanner(document, {
    // The probe's detector stage: the lexicons of the page's language, the page title as the
    // headline that resolves vague sentences.
    reader: reading.reader,
    prior: reading.blocks,
    rendered: isRendered,
    signal,
    onChange: (changes) => render(changes),
  });
  /** Rules for the current settings; the document adopts them only for a non-default look. */
  const applyLook = () => {
    styles.update(highlightCss(settings(), highlightNames()));
    if (!isDefaultLook(settings())) styles.adoptInto(document);
  };
  applyLook();

  watchHover({
    signal,
    inContainer: (node) => scanner.inContainer(node)?.filter((m) => topicsOf(m).length > 0),
    isUi: (target) => ui.contains(target),
    onEnter: ({ mention, rect }, at) => {
      const lines = [...mention.range.getClientRects()].map(toViewportRect);
      popover.hoverStarted(mention, keepClear(lines, toViewportRect(rect), innerHeight), at);
    },
    onLeave: () => popover.hoverEnded(),
  });

  // Only the browser's own lifecycle events count (`isTrusted`): a page can dispatch a fake
  // `pagehide` or `hashchange` at any time.
  // Leaving the document (a frame navigating elsewhere, the tab too): take this frame's
  // mentions back, or the badge and side panel would keep counting them.
  addEventListener('pagehide', (e) => e.isTrusted && reporter.retract(), { signal });
  // Back/forward cache: the background forgot this tab when it navigated away; tell it again.
  addEventListener('pageshow', (e) => e.isTrusted && e.persisted && render(), { signal });
  // So it does after a same-document navigation (a #link, pushState): Chrome reports the tab
  // as loading, and the badge and side panel would go blank while the highlights stay.
  const report = (e: Event) =>
    e.isTrusted && reporter.schedule(() => visibleMentions().map(summaryOf));
  addEventListener('hashchange', report, { signal });
  addEventListener('popstate', report, { signal });
  (globalThis as { navigation?: EventTarget }).navigation?.addEventListener(
    'currententrychange',
    report,
    { signal },
  );

  /** Scrolls a mention into view and returns its first line rect. */
  const bringIntoView = (m: TrackedMention, flash: boolean): ViewportRect | null => {
    const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches && flash;
    const first = m.range.getClientRects()[0];
    const inView = first && first.top >= 0 && first.bottom <= innerHeight;
    if (!inView) {
      m.range.startContainer.parentElement?.scrollIntoView({
        block: 'center',
        behavior: smooth ? 'smooth' : 'instant',
      });
    }
    if (flash) flashRange(m.range);
    const rect = m.range.getClientRects()[0];
    return rect ? toViewportRect(rect) : null;
  };

  return {
    stop() {
      popover.stop();
      controller.abort();
      clearHighlights();
      styles.remove();
      ui.destroy();
      reporter.retract();
    },
    settingsChanged() {
      applyLook();
      render();
    },
    handle(message) {
      try {
        if (message.type === 'mention/reveal') {
          const m = scanner.byId(message.mentionId);
          if (!m || !topicsOf(m).length) return Promise.resolve({ ok: false });
          return Promise.resolve({ ok: bringIntoView(m, true) !== null });
        }
        if (message.type === 'popover/open-nearest') {
          // Every frame of the tab gets the command; only the one with focus acts.
          if (!document.hasFocus()) return undefined;
          const m = nearestMention(visibleMentions(), document.getSelection());
          const rect = m && bringIntoView(m, false);
          if (!m || !rect) return Promise.resolve({ ok: false });
          popover.open(m, rect, true);
          return Promise.resolve({ ok: true });
        }
      } catch {
        return Promise.resolve({ ok: false });
      }
      return undefined;
    },
  };
}
