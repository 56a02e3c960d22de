import { useMemo, useState } from 'preact/hooks';
import { corpus } from '../../data/corpus';
import { TOPICS, type Topic } from '../../engine/types';
import { formatDateMention } from '../../lib/format/dates';
import { excerpt, topicLabel } from '../../lib/format/provenance';
import { PassageInArticle } from './PassageInArticle';
import type { PageMention } from './mention-links';
import { buildTimeline, type TimelineEvent } from './timeline-data';

/** Props of {@link TimelineView}. */
export interface TimelineViewProps {
  topic: Topic;
  onTopic: (t: Topic) => void;
  /** Page mentions per passage id (see `linkMentionsToPassages`). */
  pageLinks: ReadonlyMap<string, PageMention[]>;
}

/**
 * The dated events of the corpus for a topic, by year and month. Each event opens its passage
 * in its article; events whose passages match mentions on the page say so.
 */
export function TimelineView({ topic, onTopic, pageLinks }: TimelineViewProps) {
  const years = useMemo(() => buildTimeline(corpus, topic), [topic]);
  const [open, setOpen] = useState<string | null>(null);
  const [onlyPage, setOnlyPage] = useState(false);
  const linkedCount = years
    .flatMap((y) => y.months.flatMap((m) => m.events))
    .filter((e) => pageLinks.has(e.passage.id)).length;
  const visible = (e: TimelineEvent) => !onlyPage || pageLinks.has(e.passage.id);
  return (
    <div class="fc-timeline">
      <fieldset class="fc-choice">
        <legend>Topic</legend>
        {TOPICS.map((t) => (
          <label key={t}>
            <input
              type="radio"
              name="timeline-topic"
              value={t}
              checked={t === topic}
              onChange={() => onTopic(t)}
            />{' '}
            {topicLabel(t)}
          </label>
        ))}
      </fieldset>
      <p class="fc-hint">
        Dates as the articles state them, normalized against each article's date; "around" marks
        relative wording such as "this week".{' '}
        {linkedCount > 0
          ? `${linkedCount} event(s) come from passages matching mentions on this page.`
          : ''}
      </p>
      {linkedCount > 0 && (
        <label class="fc-check">
          <input
            type="checkbox"
            checked={onlyPage}
            onChange={(e) => setOnlyPage(e.currentTarget.checked)}
          />{' '}
          Only events linked to this page
        </label>
      )}
      {years.length === 0 && <p class="fc-status">No dated events for this topic.</p>}
      {years.map((y) => {
        const months = y.months.filter((m) => m.events.some(visible));
        if (months.length === 0) return null;
        return (
          <section key={y.label} aria-labelledby={headingId(y.label)} class="fc-timeline__year">
            <h2 id={headingId(y.label)}>{y.label}</h2>
            {months.map((m) => (
              <section key={m.label} aria-label={m.label} class="fc-timeline__month">
                <h3>{m.label}</h3>
                <ol class="fc-timeline__events">
                  {m.events.filter(visible).map((e) => (
                    <TimelineEntry
                      key={e.id}
                      event={e}
                      expanded={open === e.id}
                      onToggle={() => setOpen(open === e.id ? null : e.id)}
                      linked={pageLinks.get(e.passage.id) ?? []}
                    />
                  ))}
                </ol>
              </section>
            ))}
          </section>
        );
      })}
    </div>
  );
}

const headingId = (label: string) => `timeline-${label.replace(/\W+/g, '-')}`;

function TimelineEntry({
  event,
  expanded,
  onToggle,
  linked,
}: {
  event: TimelineEvent;
  expanded: boolean;
  onToggle: () => void;
  linked: PageMention[];
}) {
  const regionId = `event-${event.id.replace(/[^\w-]/g, '-')}`;
  return (
    <li class={linked.length > 0 ? 'fc-event fc-event--linked' : 'fc-event'}>
      <button type="button" aria-expanded={expanded} aria-controls={regionId} onClick={onToggle}>
        <span class="fc-event__date">{formatDateMention(event.date)}</span>{' '}
        <span class="fc-event__text">{excerpt(event.passage.text, 140)}</span>
      </button>
      <p class="fc-event__source">
        {event.source.outlet}
        {linked.length > 0 && (
          <span class="fc-event__page">
            {' '}
            · On this page: {linked.map((m) => `“${excerpt(m.text, 60)}”`).join(', ')}
          </span>
        )}
      </p>
      <div id={regionId} hidden={!expanded}>
        {expanded && (
          <PassageInArticle
            passage={event.passage}
            source={event.source}
            words={[event.date.text]}
            level={4}
          />
        )}
      </div>
    </li>
  );
}
