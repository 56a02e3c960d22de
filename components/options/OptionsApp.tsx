import { Switch } from '../common/Switch';
import { useSettings } from '../common/use-settings';
import { HighlightSettings, TopicSettings } from './HighlightSettings';
import { ResetSettings } from './ResetSettings';
import { SiteList } from './SiteList';

/**
 * The options page. Every change is saved at once to `storage.sync` and reaches open tabs
 * through the content script's settings watcher; there is no Save button to forget.
 */
export function OptionsApp() {
  const { settings, update, replace, error } = useSettings();
  if (!settings) return <p class="fc-status">Loading settings…</p>;
  return (
    <main class="fc-options">
      <h1>Fact Context settings</h1>
      <p class="fc-hint">Changes are saved at once and apply to open tabs.</p>
      {error && (
        <p class="fc-error" role="alert">
          {error.text}
        </p>
      )}
      <section aria-labelledby="general-heading">
        <h2 id="general-heading">General</h2>
        <Switch
          id="paused"
          label="Pause on all sites"
          checked={settings.paused}
          onChange={(paused) => void update({ paused })}
        />
        <TopicSettings settings={settings} update={update} />
      </section>
      <section aria-labelledby="look-heading">
        <h2 id="look-heading">Highlights</h2>
        <HighlightSettings settings={settings} update={update} />
      </section>
      <SiteList settings={settings} onChange={replace} />
      <ResetSettings onReset={replace} />
    </main>
  );
}
