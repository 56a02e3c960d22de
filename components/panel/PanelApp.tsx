import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Topic } from '../../engine/types';
import { bundledRetriever } from '../../lib/bundled-retriever';
import { mentionFraming } from '../../lib/mention-framing';
import { mentionQuery } from '../../lib/mention-query';
import { sendMessage } from '../../lib/messages';
import { getPanelSearch, watchPanelSearch } from '../../lib/storage/panel-request';
import { Tabs } from '../common/Tabs';
import { useTabState } from '../common/use-tab-state';
import { AboutView } from './AboutView';
import { MentionsView, PASSAGES_PER_MENTION } from './MentionsView';
import { SearchView } from './SearchView';
import { TimelineView } from './TimelineView';
import { linkMentionsToPassages, mentionKey, type PageMention } from './mention-links';

type PanelTab = 'page' | 'timeline' | 'search' | 'about';

/**
 * The side panel (Chrome) / sidebar (Firefox): the page's mentions and their context, a
 * timeline, a corpus search and notes on the sources, kept current with the active tab.
 */
export function PanelApp() {
  const view = useTabState();
  const [tab, setTab] = useState<PanelTab>('page');
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const [focusToken, setFocusToken] = useState(0);
  const [timelineTopic, setTimelineTopic] = useState<Topic>('drones');
  const [query, setQuery] = useState('');
  const handledFocus = useRef<string | null>(null);
  const handledSearch = useRef(0);

  const mentions = view.state?.mentions;
  // One retrieval per mention, shared by the list (grouped by matter), the chosen mention's
  // context and the timeline.
  const contexts = useMemo(
    () =>
      new Map(
        (mentions ?? []).map((m) => [
          mentionKey(m),
          bundledRetriever().forMention(mentionQuery(m), PASSAGES_PER_MENTION),
        ]),
      ),
    [mentions],
  );
  // How the page frames each mention: the same reading the popover is given.
  const framings = useMemo(
    () => new Map((mentions ?? []).map((m) => [mentionKey(m), mentionFraming(m)])),
    [mentions],
  );
  const pageLinks = useMemo(
    () => linkMentionsToPassages(mentions ?? [], (m) => contexts.get(mentionKey(m))),
    [mentions, contexts],
  );

  // "Full context" in the popover: land on that mention once per request.
  const focus = view.state?.focus ?? null;
  useEffect(() => {
    const key = focus ? mentionKey({ frameId: focus.frameId, id: focus.mentionId }) : null;
    if (!key || key === handledFocus.current) return;
    const target = mentions?.find((m) => mentionKey(m) === key);
    if (!target) return;
    handledFocus.current = key;
    setTab('page');
    setSelectedKey(key);
    setTimelineTopic(target.topics[0] ?? 'drones');
    setFocusToken((n) => n + 1);
  }, [focus, mentions]);

  // "Find fact context for selection" (context menu): search for the selected text.
  useEffect(() => {
    const apply = (r: { text: string; at: number } | null) => {
      if (!r || r.at <= handledSearch.current) return;
      handledSearch.current = r.at;
      setQuery(r.text);
      setTab('search');
    };
    void getPanelSearch().then(apply);
    return watchPanelSearch(apply);
  }, []);

  const choose = (m: PageMention) => {
    setSelectedKey(mentionKey(m));
    setTimelineTopic(m.topics[0] ?? 'drones');
    if (view.state) {
      void sendMessage<'mention/reveal'>({
        type: 'mention/reveal',
        tabId: view.state.tabId,
        frameId: m.frameId,
        mentionId: m.id,
      }).catch(() => undefined);
    }
  };

  // As the badge counts: every mention the page reported, listed or not.
  const count = (mentions?.length ?? 0) + (view.state?.dropped ?? 0);
  return (
    <main class="fc-panel">
      <h1 class="fc-panel__title">Fact Context</h1>
      <Tabs
        label="Fact Context views"
        idPrefix="panel"
        selected={tab}
        onSelect={(id) => setTab(id as PanelTab)}
        items={[
          {
            id: 'page',
            label: count > 0 ? `On this page (${count})` : 'On this page',
            render: () => (
              <MentionsView
                loading={view.loading}
                state={view.state}
                contexts={contexts}
                framings={framings}
                selectedKey={selectedKey}
                onSelect={choose}
                focusToken={focusToken}
              />
            ),
          },
          {
            id: 'timeline',
            label: 'Timeline',
            render: () => (
              <TimelineView
                topic={timelineTopic}
                onTopic={setTimelineTopic}
                pageLinks={pageLinks}
              />
            ),
          },
          {
            id: 'search',
            label: 'Search',
            render: () => <SearchView query={query} onQuery={setQuery} />,
          },
          { id: 'about', label: 'Sources', render: () => <AboutView /> },
        ]}
      />
    </main>
  );
}
