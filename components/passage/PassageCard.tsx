import type { ComponentChildren } from 'preact';
import type { Passage, RetrievedPassage, Source } from '../../engine/types';
import { passageFramingLine } from '../../lib/format/framing';
import { sourceByline } from '../../lib/format/provenance';
import { EventDates } from './EventDates';
import { Marked } from './Marked';
import { PublishedDate } from './PublishedDate';

/** Props of {@link PassageCard}. */
export interface PassageCardProps {
  passage: Passage;
  source: Source;
  /** Words to mark in the quote (e.g. `RetrievedPassage.matched`). */
  words?: readonly string[];
  /** Tighter layout for the hover popover: the date reasoning moves into a tooltip. */
  compact?: boolean;
  /** Show the article title (off when the card sits under its article's headline). */
  showTitle?: boolean;
  /** Extra controls under the quote (e.g. "Show in article"). */
  children?: ComponentChildren;
  /** How the passage relates to the mention ("On: …", "Context on the topic…"). */
  relation?: string;
}

/**
 * One corpus passage with everything a reader needs to judge it: the quote with the matching
 * words marked, the article it comes from, the outlet and whose reporting it repeats, when it
 * was published and how that date is known, how the source frames it, the dates of events it names, and the note on the
 * source's standpoint and quality. It is presented as reported, never as verified.
 */
export function PassageCard({
  passage,
  source,
  words = [],
  compact = false,
  showTitle = true,
  children,
  relation,
}: PassageCardProps) {
  const framing = passageFramingLine(passage, source);
  return (
    <article
      class={compact ? 'fc-passage fc-passage--compact' : 'fc-passage'}
      aria-label={`Passage from ${source.outlet}`}
      data-passage-id={passage.id}
    >
      {relation && (
        <p
          class={
            relation.startsWith('On')
              ? 'fc-passage__relation'
              : 'fc-passage__relation fc-passage__relation--context'
          }
        >
          {relation}
        </p>
      )}
      {passage.part && <p class="fc-passage__part">{passage.part}</p>}
      {!compact && passage.heading && <p class="fc-passage__heading">{passage.heading}</p>}
      <blockquote class="fc-passage__quote">
        <p>
          <Marked text={passage.text} words={words} />
        </p>
      </blockquote>
      <footer class="fc-passage__meta">
        {showTitle && (
          <p class="fc-passage__title">
            <cite>{source.title}</cite>
          </p>
        )}
        <p class="fc-passage__byline">{sourceByline(source)}</p>
        {framing && <p class="fc-passage__framing">{framing}</p>}
        <p class="fc-passage__date">
          Published <PublishedDate source={source} explain={!compact} />
        </p>
        <EventDates dates={passage.dates} />
        <p class="fc-passage__note">
          <strong>About this source:</strong> {source.sourceNote} Shown as reported, not verified.
        </p>
      </footer>
      {children}
    </article>
  );
}

/** Convenience wrapper: a retrieval result with its matched words marked. */
export function RetrievedPassageCard({
  result,
  compact,
  relation,
  children,
}: {
  result: RetrievedPassage;
  compact?: boolean;
  relation?: string;
  children?: ComponentChildren;
}) {
  return (
    <PassageCard
      passage={result.passage}
      source={result.source}
      words={result.matched}
      compact={compact}
      relation={relation}
    >
      {children}
    </PassageCard>
  );
}
