import type { Topic } from '../../engine/types';
import { topicShortLabel, topicLabel } from '../../lib/format/provenance';

/** A small label naming a topic, coloured per topic (colour is never the only cue). */
export function TopicTag({ topic }: { topic: Topic }) {
  return (
    <span class={`fc-topic fc-topic--${topic}`} title={topicLabel(topic)}>
      {topicShortLabel(topic)}
    </span>
  );
}
