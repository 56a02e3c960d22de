import type { Source } from '../../engine/types';
import { formatPublished } from '../../lib/format/dates';

/**
 * A source's publication date with its precision ("about October 2022" when inferred) and,
 * always visible next to it, how the date is known; the full reasoning is in the tooltip and
 * in `details` when `explain` is set.
 */
export function PublishedDate({ source, explain = false }: { source: Source; explain?: boolean }) {
  const p = formatPublished(source);
  return (
    <span class="fc-published">
      <time dateTime={p.datetime} title={`${p.basis}. ${p.note}`}>
        {p.label}
      </time>{' '}
      <span class="fc-published__basis">({p.approximate ? 'inferred' : 'stated'})</span>
      {explain && (
        <details class="fc-published__how">
          <summary>How this date is known</summary>
          <p>
            {p.basis}. {p.note}
          </p>
        </details>
      )}
    </span>
  );
}
