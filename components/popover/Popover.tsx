/**
 * The popover's content: which topic, how the page frames the mention (when the rules can
 * tell), why the text matched, the top corpus passages (side by side when they come from
 * different outlets, a claim beside its denial) with their provenance, framing and dates, a
 * reminder that these are reports, not verified facts, and a way to the full context in the
 * side panel.
 */
import { useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import { topicLabel } from '../../lib/format/provenance';
import type { OpenRequest, ViewportRect } from '../../lib/dom/popover-contract';
import { placePopover, samePlacementInput, type PlacementInput } from '../../lib/dom/placement';
import { pageFramingLine } from '../../lib/format/framing';
import { MatterSummary, RetrievedPassageCard, matchLabel } from '../passage';
import { groupClaimsAndDenials } from '../passage/claim-pairs';

export interface PopoverProps {
  /** The mention, its passages as far as they are known, and the colours. */
  request: OpenRequest;
  /** The hovered line now (it moves when the page scrolls). */
  anchor: ViewportRect;
  /** Open; else prepared: on the page (laid out) but hidden until it opens. */
  shown: boolean;
  /**
   * Prepared and laid out by the browser: place it now, still hidden, so that opening only
   * shows it (its layout is clean then, so measuring costs no layout of its own).
   */
  placeHidden?: boolean;
  /** How many of its cards (or pairs of cards) to render: a prepared popover is built in steps. */
  cards?: number;
  onClose: () => void;
  onFullContext: () => void;
  onPointerInside: (inside: boolean) => void;
}

const TITLE_ID = 'fc-popover-title';
const FRAMING_ID = 'fc-popover-framing';

export function Popover({
  request,
  anchor,
  shown,
  placeHidden = false,
  cards = Infinity,
  onClose,
  onFullContext,
  onPointerInside,
}: PopoverProps) {
  const ref = useRef<HTMLDivElement>(null);
  const { mention, colors, passages } = request;
  const framing = passages.status === 'ready' ? pageFramingLine(passages.framing) : null;
  // The same passages render the same cards: opening a popover prepared during the hover
  // delay, or following the page's scroll, re-renders none of them. A count that covers every
  // card is "all", so the last step of building it and its opening render the same.
  const all = passages.status !== 'ready' || cards >= passages.passages.length;
  const shownCards = all ? Infinity : cards;
  const { body, sideBySide } = useMemo(
    () => passagesBody(passages, shownCards),
    [passages, shownCards],
  );

  // What the placement was made for: the content (a new token when it changes) and the
  // anchor and viewport.
  const content = useMemo(
    () => ({}),
    [body, mention.id, mention.topics.join(' '), mention.terms.join(' ')],
  );
  const placed = useRef<{ content: object; input: PlacementInput } | null>(null);

  // Measure, then place next to the hovered line; again whenever content or anchor changes.
  // A prepared popover stays hidden at its full height until the browser has laid it out,
  // then is placed while hidden: opening it only shows it, with no layout of its own.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (!shown) el.classList.remove('fc-popover--placed');
    if (!el.isConnected || !(shown || placeHidden)) {
      if (placed.current?.content !== content) {
        el.style.maxHeight = 'none';
        placed.current = null;
      }
      return;
    }
    const input = { anchor, vw: innerWidth, vh: innerHeight };
    if (placed.current?.content !== content || !samePlacementInput(placed.current.input, input)) {
      el.style.maxHeight = 'none';
      const { width, height } = el.getBoundingClientRect();
      const p = placePopover(anchor, width, height, input.vw, input.vh);
      el.style.top = `${p.top}px`;
      el.style.left = `${p.left}px`;
      el.style.maxHeight = `${p.maxHeight}px`;
      el.dataset.side = p.side;
      placed.current = { content, input };
    }
    if (shown) el.classList.add('fc-popover--placed');
  });

  return (
    <div
      ref={ref}
      class={sideBySide ? 'fc-popover fc-popover--wide' : 'fc-popover'}
      role="dialog"
      aria-labelledby={TITLE_ID}
      aria-describedby={framing ? FRAMING_ID : undefined}
      tabIndex={-1}
      inert={!shown}
      onPointerEnter={() => onPointerInside(true)}
      onPointerLeave={() => onPointerInside(false)}
    >
      <div class="fc-popover__header">
        <h2 class="fc-popover__title" id={TITLE_ID}>
          {mention.topics.map((t, i) => (
            <span key={t}>
              {i > 0 && ' · '}
              <span
                class="fc-popover__swatch"
                style={{ background: colors[t] }}
                aria-hidden="true"
              />
              {topicLabel(t)}
            </span>
          ))}
        </h2>
        <button type="button" class="fc-popover__close" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </div>
      {framing && (
        <p class="fc-popover__framing" id={FRAMING_ID}>
          {framing}
        </p>
      )}
      <p class="fc-popover__why">
        Highlighted because it names{' '}
        <span class="fc-popover__terms">{mention.terms.join(', ') || 'topic words'}</span>.
      </p>
      {body}
      <div class="fc-popover__footer">
        <p class="fc-popover__disclaimer">
          Passages are reporting from the named sources, with their dates and provenance; they are
          not verified facts.
        </p>
        <button type="button" class="fc-popover__button" onClick={onFullContext}>
          Full context
        </button>
      </div>
    </div>
  );
}

/**
 * What the popover shows of its passages: a status line while they load or when none match,
 * else the matters and the first `cards` cards (side by side when from several outlets or
 * paired, as with all of them).
 */
function passagesBody(passages: OpenRequest['passages'], cards: number) {
  const ready = passages.status === 'ready' ? passages.passages : [];
  const matters = passages.status === 'ready' ? passages.matters : [];
  const groups = groupClaimsAndDenials(ready, matters);
  const outlets = new Set(ready.map((p) => p.source.outlet));
  const sideBySide = outlets.size > 1 || groups.some((g) => g.kind === 'pair');
  const body = (
    <>
      {passages.status === 'loading' && (
        <p class="fc-popover__status" role="status">
          Finding passages in the bundled articles…
        </p>
      )}
      {passages.status === 'error' && (
        <p class="fc-popover__status" role="status">
          Passages could not be loaded. Try again, or open the full context.
        </p>
      )}
      {passages.status === 'ready' && (
        <MatterSummary matters={matters} hasPassages={ready.length > 0} />
      )}
      {passages.status === 'ready' && ready.length === 0 && (
        <p class="fc-popover__status" role="status">
          No passage of the bundled articles matches this mention.
        </p>
      )}
      {ready.length > 0 && (
        <div class={sideBySide ? 'fc-popover__cards fc-popover__cards--side' : 'fc-popover__cards'}>
          {groups.slice(0, cards).map((g) =>
            g.kind === 'single' ? (
              <RetrievedPassageCard
                key={g.result.passage.id}
                result={g.result}
                relation={matchLabel(g.result, matters)}
                compact
              />
            ) : (
              <div
                key={`${g.claim.passage.id}+${g.denial.passage.id}`}
                class="fc-popover__pair"
                role="group"
                aria-label={g.label}
              >
                <p class="fc-popover__pair-label">{g.label}</p>
                <RetrievedPassageCard
                  result={g.claim}
                  relation={matchLabel(g.claim, matters)}
                  compact
                />
                <RetrievedPassageCard
                  result={g.denial}
                  relation={matchLabel(g.denial, matters)}
                  compact
                />
              </div>
            ),
          )}
        </div>
      )}
    </>
  );
  return { body, sideBySide };
}
