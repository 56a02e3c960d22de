import { useEffect, useMemo, useRef } from 'preact/hooks';
import { TOPICS, type Topic } from '../../engine/types';
import { excerpt, topicLabel } from '../../lib/format/provenance';
import type { TabState } from '../../lib/messages';
import { Marked } from '../passage/Marked';
import { PassageInArticle } from './PassageInArticle';
import { mentionKey, type PageMention } from './mention-links';
import { getRetriever } from './retriever';

/** How many passages to show for a chosen mention. */
const PASSAGES_PER_MENTION = 4;

/** Props of {@link MentionsView}. */
export interface MentionsViewProps {
  loading: boolean;
  state: TabState | null;
  selectedKey: string | null;
  onSelect: (m: PageMention) => void;
  /** Bumped when the panel was opened on a mention: the context heading takes focus. */
  focusToken: number;
}

/** The mentions on the page grouped by topic, and the full context of the chosen one. */
export function MentionsView({
  loading,
  state,
  selectedKey,
  onSelect,
  focusToken,
}: MentionsViewProps) {
  if (loading) return <p class="fc-status">Looking at the page…</p>;
  if (!state) {
    return (
      <p class="fc-status">
        Nothing to report for this tab. Fact Context reads web pages (http and https); open this
        panel beside a news page, or use the Search and Timeline tabs.
      </p>
    );
  }
  const selected = state.mentions.find((m) => mentionKey(m) === selectedKey) ?? null;
  return (
    <div class="fc-mentions">
      <p class="fc-page-title">
        Page: <span>{state.title || state.url}</span>
      </p>
      {state.mentions.length === 0 ? (
        <p class="fc-status">No mentions of either topic were found on this page.</p>
      ) : (
        TOPICS.map((topic) => (
          <TopicMentions
            key={topic}
            topic={topic}
            mentions={state.mentions.filter((m) => m.topics[0] === topic)}
            selectedKey={selectedKey}
            onSelect={onSelect}
          />
        ))
      )}
      {selected && <MentionContext mention={selected} focusToken={focusToken} />}
    </div>
  );
}

function TopicMentions({
  topic,
  mentions,
  selectedKey,
  onSelect,
}: {
  topic: Topic;
  mentions: PageMention[];
  selectedKey: string | null;
  onSelect: (m: PageMention) => void;
}) {
  if (mentions.length === 0) return null;
  const headingId = `mentions-${topic}`;
  return (
    <section aria-labelledby={headingId} class={`fc-topic-group fc-topic-group--${topic}`}>
      <h2 id={headingId}>
        {topicLabel(topic)} <span class="fc-count">({mentions.length})</span>
      </h2>
      <ul class="fc-mention-list">
        {mentions.map((m) => (
          <li key={mentionKey(m)}>
            <button
              type="button"
              class="fc-mention"
              aria-pressed={mentionKey(m) === selectedKey}
              onClick={() => onSelect(m)}
            >
              <Marked text={excerpt(m.context, 240)} words={[m.text]} />
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function MentionContext({ mention, focusToken }: { mention: PageMention; focusToken: number }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const results = useMemo(
    () =>
      getRetriever().forMention(
        { text: mention.context, topics: mention.topics, terms: mention.terms },
        PASSAGES_PER_MENTION,
      ),
    [mention],
  );
  useEffect(() => {
    if (focusToken > 0) heading.current?.focus();
  }, [focusToken]);
  return (
    <section class="fc-context" aria-labelledby="fc-context-heading">
      <h2 id="fc-context-heading" ref={heading} tabIndex={-1}>
        Context from the corpus
      </h2>
      <blockquote class="fc-context__mention">
        <p>
          <Marked text={mention.context} words={[mention.text]} />
        </p>
      </blockquote>
      {results.length === 0 ? (
        <p class="fc-status">No passage in the corpus matches this mention.</p>
      ) : (
        <ol class="fc-results" aria-label="Matching passages, best first">
          {results.map((r) => (
            <li key={r.passage.id}>
              <PassageInArticle passage={r.passage} source={r.source} words={r.matched} level={3} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
