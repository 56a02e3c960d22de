import type { DateMention } from '../../engine/types';
import { formatDateMention } from '../../lib/format/dates';

/** The dates of events a passage names, as normalized against its article's date. */
export function EventDates({ dates }: { dates: readonly DateMention[] }) {
  if (dates.length === 0) return null;
  return (
    <div class="fc-events">
      <span class="fc-events__label">Dates named in this passage:</span>{' '}
      <ul class="fc-events__list">
        {dates.map((d) => (
          <li key={`${d.start}-${d.end}`}>
            {d.date ? <time dateTime={d.date}>{formatDateMention(d)}</time> : formatDateMention(d)}
          </li>
        ))}
      </ul>
    </div>
  );
}
