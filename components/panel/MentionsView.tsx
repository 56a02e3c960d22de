import { useEffect, useRef } from 'preact/hooks';
import { TOPICS, type MentionContext as Found, type Topic } from '../../engine/types';
import { pageFramingLine } from '../../lib/format/framing';
import { excerpt, topicLabel } from '../../lib/format/provenance';
import type { MentionFraming, TabState } from '../../lib/messages';
import { Marked } from '../passage/Marked';
import { MatterSummary, matchLabel } from '../passage/MatterSummary';
import { PassageInArticle } from './PassageInArticle';
import { mentionKey, type PageMention } from './mention-links';

/** How many passages to show for a chosen mention. */
export const PASSAGES_PER_MENTION = 4;

/** Props of {@link MentionsView}. */
export interface MentionsViewProps {
  loading: boolean;
  state: TabState | null;
  /** What the corpus has for each mention, by `mentionKey`. */
  contexts: ReadonlyMap<string, Found>;
  /** How the page frames each mention, by `mentionKey`. */
  framings: ReadonlyMap<string, MentionFraming>;
  selectedKey: string | null;
  onSelect: (m: PageMention) => void;
  /** Bumped when the panel was opened on a mention: the context heading takes focus. */
  focusToken: number;
}

/** The mentions on the page grouped by topic, and the full context of the chosen one. */
export function MentionsView({
  loading,
  state,
  contexts,
  framings,
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
      {state.dropped > 0 && (
        <p class="fc-status">
          {state.dropped === 1
            ? '1 more mention on this page is not listed'
            : `${state.dropped} more mentions on this page are not listed`}
          : there were too many to keep.
        </p>
      )}
      {state.mentions.length === 0
        ? state.dropped === 0 && (
            <p class="fc-status">No mentions of either topic were found on this page.</p>
          )
        : TOPICS.map((topic) => (
            <TopicMentions
              key={topic}
              topic={topic}
              mentions={state.mentions.filter((m) => m.topics[0] === topic)}
              contexts={contexts}
              framings={framings}
              selectedKey={selectedKey}
              onSelect={onSelect}
            />
          ))}
      {selected && (
        <MentionContext
          mention={selected}
          framing={framings.get(mentionKey(selected))}
          found={contexts.get(mentionKey(selected))}
          focusToken={focusToken}
        />
      )}
    </div>
  );
}

/** The page's mentions of one topic, grouped by the matter each is about. */
function TopicMentions({
  topic,
  mentions,
  contexts,
  framings,
  selectedKey,
  onSelect,
}: {
  topic: Topic;
  mentions: PageMention[];
  contexts: ReadonlyMap<string, Found>;
  framings: ReadonlyMap<string, MentionFraming>;
  selectedKey: string | null;
  onSelect: (m: PageMention) => void;
}) {
  if (mentions.length === 0) return null;
  const headingId = `mentions-${topic}`;
  // Groups in order of first appearance on the page; mentions without a matter last.
  const groups = new Map<string, { label: string; mentions: PageMention[] }>();
  for (const m of mentions) {
    const matter = contexts.get(mentionKey(m))?.matters[0];
    const id = matter?.id ?? '';
    const group = groups.get(id) ?? {
      label: matter?.label ?? 'No specific matter recognised',
      mentions: [],
    };
    group.mentions.push(m);
    groups.set(id, group);
  }
  const ordered = [...groups].sort(([a], [b]) => Number(a === '') - Number(b === ''));
  return (
    <section aria-labelledby={headingId} class={`fc-topic-group fc-topic-group--${topic}`}>
      <h2 id={headingId}>
        {topicLabel(topic)} <span class="fc-count">({mentions.length})</span>
      </h2>
      {ordered.map(([id, group]) => (
        <section
          key={id}
          class="fc-matter-group"
          aria-labelledby={`matter-${topic}-${id || 'none'}`}
        >
          <h3 id={`matter-${topic}-${id || 'none'}`} class="fc-matter-group__title">
            {group.label} <span class="fc-count">({group.mentions.length})</span>
          </h3>
          <ul class="fc-mention-list">
            {group.mentions.map((m) => {
              const framing = pageFramingLine(framings.get(mentionKey(m)));
              return (
                <li key={mentionKey(m)}>
                  <button
                    type="button"
                    class="fc-mention"
                    aria-pressed={mentionKey(m) === selectedKey}
                    onClick={() => onSelect(m)}
                  >
                    <Marked text={excerpt(m.context, 240)} words={[m.text]} />
                  </button>
                  {framing && <p class="fc-mention__framing">{framing}</p>}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </section>
  );
}

function MentionContext({
  mention,
  framing,
  found,
  focusToken,
}: {
  mention: PageMention;
  framing: MentionFraming | undefined;
  found: Found | undefined;
  focusToken: number;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  const results = found?.passages ?? [];
  const matters = found?.matters ?? [];
  const framingLine = pageFramingLine(framing);
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
      {framingLine && <p class="fc-context__framing">{framingLine}</p>}
      <MatterSummary matters={matters} hasPassages={results.length > 0} />
      {results.length === 0 ? (
        <p class="fc-status">No passage in the corpus matches this mention.</p>
      ) : (
        <ol class="fc-results" aria-label="Passages on this matter first, then context">
          {results.map((r) => (
            <li key={r.passage.id}>
              <PassageInArticle
                passage={r.passage}
                source={r.source}
                words={r.matched}
                relation={matchLabel(r, matters)}
                level={3}
              />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
