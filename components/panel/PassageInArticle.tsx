import type { Passage, Source } from '../../engine/types';
import { passagesOf } from '../../data/corpus';
import { excerpt } from '../../lib/format/provenance';
import { PassageCard } from '../passage/PassageCard';

/** Props of {@link PassageInArticle}. */
export interface PassageInArticleProps {
  /** How the passage relates to the chosen mention (see `matchLabel`). */
  relation?: string;
  passage: Passage;
  source: Source;
  words?: readonly string[];
  /** Heading level of the article headline, to fit the surrounding outline. */
  level?: 2 | 3 | 4 | 5 | 6;
}

/**
 * A passage shown inside its article: the headline, the passage before (shortened), the
 * passage in full with its provenance, and the passage after — so a quote is never read
 * out of its context.
 */
export function PassageInArticle({
  passage,
  source,
  words,
  relation,
  level = 3,
}: PassageInArticleProps) {
  const siblings = passagesOf(source.id);
  const at = siblings.findIndex((p) => p.id === passage.id);
  const before = at > 0 ? siblings[at - 1] : undefined;
  const after = at >= 0 ? siblings[at + 1] : undefined;
  const Heading = `h${level}` as 'h3';
  return (
    <section class="fc-in-article" aria-label={`In the article: ${source.title}`}>
      <Heading class="fc-in-article__headline">{source.title}</Heading>
      {before && (
        <p class="fc-in-article__neighbour">
          <span class="fc-visually-hidden">Passage before: </span>
          {excerpt(before.text, 220)}
        </p>
      )}
      <PassageCard
        passage={passage}
        source={source}
        words={words}
        relation={relation}
        showTitle={false}
      />
      {after && (
        <p class="fc-in-article__neighbour">
          <span class="fc-visually-hidden">Passage after: </span>
          {excerpt(after.text, 220)}
        </p>
      )}
    </section>
  );
}
