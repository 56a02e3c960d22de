import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { TOPICS } from '../../engine/types';
import { openSidePanel } from '../../lib/side-panel';
import { topicLabel } from '../../lib/format/provenance';
import { isSiteDisabled, parseHostname } from '../../lib/settings';
import { setSiteEnabled } from '../../lib/storage/settings-store';
import { useSaveFailure } from '../common/save-failure';
import { Switch } from '../common/Switch';
import { TopicTag } from '../common/TopicTag';
import { currentWindowId } from '../common/tab-target';
import { useSettings } from '../common/use-settings';
import { useTabState } from '../common/use-tab-state';

/** The hostname of an http(s) page; null for other schemes (nothing to switch there). */
export function pageHostname(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? parseHostname(u.hostname) : null;
  } catch {
    return null;
  }
}

const NO_ROOM =
  'There is no room to switch this site off: the list of sites where Fact Context is off is full. Remove a site in Settings first.';

/**
 * The toolbar popup: what was found on this page, a switch for this site, a pause for all
 * sites, and the way into the side panel.
 */
export function PopupApp() {
  const view = useTabState();
  const { settings, update, replace, error } = useSettings();
  // The site switch's own refusals: no room on the list, or storage refused the write.
  const site = useSaveFailure();
  const [windowId, setWindowId] = useState<number | null>(null);
  const [panelError, setPanelError] = useState(false);
  // Known before the click: opening the panel must happen synchronously in the click.
  useEffect(() => void currentWindowId().then(setWindowId), []);

  // The page's hostname, remembered for the tab: once the site is switched off the content
  // script withdraws its report and the state no longer carries the URL, but the switch must
  // stay usable to switch it back on.
  const [host, setHost] = useState<{ tabId: number | null; name: string } | null>(null);
  const stateHost = pageHostname(view.state?.url);
  useEffect(() => {
    if (stateHost) setHost({ tabId: view.tabId, name: stateHost });
  }, [stateHost, view.tabId]);
  const hostname = stateHost ?? (host?.tabId === view.tabId ? host.name : null);
  const siteOn = settings && hostname ? !isSiteDisabled(settings, hostname) : true;
  const active = settings ? !settings.paused && siteOn : true;
  const mentions = view.state?.mentions ?? [];

  const openPanel = () => {
    const target =
      view.tabId !== null ? { tabId: view.tabId } : windowId !== null ? { windowId } : {};
    void openSidePanel(target).then((ok) => (ok ? window.close() : setPanelError(true)));
  };

  return (
    <main class="fc-popup">
      <h1>Fact Context</h1>
      <section aria-labelledby="found-heading">
        <h2 id="found-heading">On this page</h2>
        {view.loading ? (
          <p class="fc-status">Looking at the page…</p>
        ) : !active ? (
          <p class="fc-status">Fact Context is off on this page.</p>
        ) : !view.state ? (
          <p class="fc-status">Nothing to check on this page.</p>
        ) : (
          <ul class="fc-counts">
            {TOPICS.map((t) => {
              const n = mentions.filter((m) => m.topics.includes(t)).length;
              return (
                <li key={t}>
                  <TopicTag topic={t} /> {topicLabel(t)}:{' '}
                  <strong>{n === 1 ? '1 mention' : `${n} mentions`}</strong>
                </li>
              );
            })}
            {view.state.dropped > 0 && (
              <li>
                {view.state.dropped === 1
                  ? '1 more mention not kept'
                  : `${view.state.dropped} more mentions not kept`}
              </li>
            )}
          </ul>
        )}
      </section>
      {settings && (
        <section aria-label="Where Fact Context runs" class="fc-popup__switches">
          <Switch
            id="site-switch"
            label={hostname ? `On for ${hostname}` : 'On for this site'}
            checked={siteOn}
            disabled={!hostname}
            description={hostname ? undefined : 'Only web pages (http and https) can be switched.'}
            onChange={(on) => {
              if (!hostname) return;
              void setSiteEnabled(hostname, on).then((r) => {
                if (r.ok) {
                  replace(r.settings);
                  site.clear();
                } else site.show(NO_ROOM);
              }, site.fail);
            }}
          />
          <Switch
            id="pause-switch"
            label="Pause on all sites"
            checked={settings.paused}
            onChange={(paused) => void update({ paused })}
          />
          {site.failure && (
            <p class="fc-error" role="alert">
              {site.failure.text}
            </p>
          )}
          {error && (
            <p class="fc-error" role="alert">
              {error.text}
            </p>
          )}
        </section>
      )}
      <div class="fc-popup__actions">
        <button type="button" class="fc-primary" onClick={openPanel}>
          Open side panel
        </button>
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          Settings
        </button>
      </div>
      {panelError && (
        <p class="fc-status" role="alert">
          The side panel could not be opened from here; use the browser's side panel menu.
        </p>
      )}
    </main>
  );
}
