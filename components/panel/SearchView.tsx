import { useMemo, useState } from 'preact/hooks';
import { bundledRetriever } from '../../lib/bundled-retriever';
import { RetrievedPassageCard } from '../passage/PassageCard';
import { PassageInArticle } from './PassageInArticle';

/** How many results to list. */
const RESULT_LIMIT = 10;

/** Props of {@link SearchView}. */
export interface SearchViewProps {
  query: string;
  onQuery: (q: string) => void;
}

/** A search box over the whole corpus; results show their dates and sources. */
export function SearchView({ query, onQuery }: SearchViewProps) {
  const trimmed = query.trim();
  const results = useMemo(
    () => (trimmed.length >= 2 ? bundledRetriever().search(trimmed, RESULT_LIMIT) : []),
    [trimmed],
  );
  const [open, setOpen] = useState<string | null>(null);
  return (
    <div class="fc-search">
      <form role="search" onSubmit={(e) => e.preventDefault()} class="fc-search__form">
        <label for="fc-search-input">Search the corpus</label>
        <input
          id="fc-search-input"
          type="search"
          value={query}
          placeholder="e.g. drones, Soleimani, Astana"
          autoComplete="off"
          onInput={(e) => onQuery(e.currentTarget.value)}
        />
      </form>
      <p class="fc-status" role="status" aria-live="polite">
        {trimmed.length < 2
          ? 'Type at least two characters.'
          : results.length === 0
            ? `No passage matches “${trimmed}”.`
            : `${results.length} passage(s) match “${trimmed}”.`}
      </p>
      <ol class="fc-results" aria-label="Search results">
        {results.map((r) => {
          const expanded = open === r.passage.id;
          return (
            <li key={r.passage.id}>
              {expanded ? (
                <PassageInArticle
                  passage={r.passage}
                  source={r.source}
                  words={r.matched}
                  level={2}
                />
              ) : (
                <RetrievedPassageCard result={r} />
              )}
              <button
                type="button"
                class="fc-link-button"
                aria-expanded={expanded}
                onClick={() => setOpen(expanded ? null : r.passage.id)}
              >
                {expanded ? 'Show the passage alone' : 'Show in its article'}
              </button>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
