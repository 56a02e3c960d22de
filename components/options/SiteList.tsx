import { useState } from 'preact/hooks';
import { QUOTA_BYTES_PER_ITEM, type Settings } from '../../lib/settings';
import { addDisabledSite, removeDisabledSite } from '../../lib/storage/settings-store';
import { useSaveFailure } from '../common/save-failure';

const REASONS = {
  invalid: 'That is not a hostname. Type one like news.example.com, or paste a page address.',
  duplicate: 'That site is already on the list.',
  full: `There is no room for that site: the list is kept in the browser's sync storage, which holds ${QUOTA_BYTES_PER_ITEM / 1024} KB of settings. Remove a site first, or add a parent domain (example.com covers news.example.com).`,
} as const;

/**
 * The sites where Fact Context is off: add (a hostname or a pasted URL, validated, refused
 * before the write when it would not fit) and remove. After removing, focus moves to the next
 * item (or the input) so keyboard users are not dropped at the top of the page. A write the
 * browser refuses leaves the list as it was and says so.
 */
export function SiteList({
  settings,
  onChange,
}: {
  settings: Settings;
  onChange: (s: Settings) => void;
}) {
  const [input, setInput] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [announce, setAnnounce] = useState('');
  const { failure, fail, clear } = useSaveFailure();

  const add = async (e: Event) => {
    e.preventDefault();
    let result;
    try {
      result = await addDisabledSite(input);
    } catch (err) {
      fail(err);
      return;
    }
    clear();
    if (!result.ok) {
      setError(REASONS[result.reason]);
      return;
    }
    onChange(result.settings);
    setInput('');
    setError(null);
    setAnnounce(`Fact Context is now off on ${result.hostname}.`);
  };

  const remove = async (host: string, index: number) => {
    let next;
    try {
      next = await removeDisabledSite(host);
    } catch (err) {
      fail(err);
      return;
    }
    clear();
    onChange(next);
    setAnnounce(`Fact Context is back on for ${host}.`);
    const target = next.disabledSites[Math.min(index, next.disabledSites.length - 1)];
    queueMicrotask(() => {
      const el = target
        ? document.querySelector<HTMLButtonElement>(`button[data-host="${CSS.escape(target)}"]`)
        : document.getElementById('site-input');
      el?.focus();
    });
  };

  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">Sites where Fact Context is off</h2>
      <p class="fc-hint">
        A site also covers its subdomains (example.com covers news.example.com).
      </p>
      {settings.disabledSites.length === 0 ? (
        <p class="fc-status">No sites: Fact Context runs everywhere.</p>
      ) : (
        <ul class="fc-site-list" aria-label="Sites where Fact Context is off">
          {settings.disabledSites.map((host, i) => (
            <li key={host}>
              <span>{host}</span>{' '}
              <button
                type="button"
                data-host={host}
                aria-label={`Remove ${host}`}
                onClick={() => void remove(host, i)}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="fc-site-add" onSubmit={(e) => void add(e)} noValidate>
        <label for="site-input">Add a site</label>
        <input
          id="site-input"
          type="text"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          value={input}
          aria-invalid={error !== null}
          aria-describedby={error ? 'site-error' : undefined}
          onInput={(e) => {
            setInput(e.currentTarget.value);
            setError(null);
          }}
        />
        <button type="submit">Add</button>
        {error && (
          <p id="site-error" class="fc-error" role="alert">
            {error}
          </p>
        )}
      </form>
      {failure && (
        <p class="fc-error" role="alert">
          {failure.text}
        </p>
      )}
      <p class="fc-visually-hidden" role="status" aria-live="polite">
        {announce}
      </p>
    </section>
  );
}
