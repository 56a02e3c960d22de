/** What the background's tests (router, tab store) feed it: mentions and frame reports. */
import type { FrameReport } from '../../../lib/background/tab-store';
import type { MentionSummary } from '../../../lib/messages';

/** A drones mention as a page UI reports it. */
export const mention = (id: string): MentionSummary => ({
  id,
  topics: ['drones'],
  text: 'Iran sent Shahed drones to Russia',
  context: 'Iran sent Shahed drones to Russia.',
  terms: ['Iran', 'Shahed'],
  score: 0.9,
});

/** A frame's report of the mentions `ids` from document `document` of a news page. */
export const frameReport = (
  document: string,
  ids: readonly string[],
  title = 'T',
): FrameReport => ({
  document,
  url: 'https://news.example/',
  title,
  mentions: ids.map(mention),
});

/** Lets the store's pending writes (fake storage: a few promise turns) complete. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
