import { TOPICS } from '../../engine/types';
import { topicLabel } from '../../lib/format/provenance';
import {
  type HighlightStyle,
  type Settings,
  type SettingsPatch,
  HOVER_DELAY_MAX,
  HOVER_DELAY_MIN,
} from '../../lib/settings';

/** Props shared by the option sections. */
export interface SectionProps {
  settings: Settings;
  update: (patch: Omit<SettingsPatch, 'disabledSites'>) => Promise<boolean>;
}

/** Which topics to highlight. */
export function TopicSettings({ settings, update }: SectionProps) {
  return (
    <fieldset class="fc-choice">
      <legend>Topics to highlight</legend>
      {TOPICS.map((t) => (
        <label key={t}>
          <input
            type="checkbox"
            checked={settings.topics[t]}
            onChange={(e) => void update({ topics: { [t]: e.currentTarget.checked } })}
          />{' '}
          {topicLabel(t)}
        </label>
      ))}
    </fieldset>
  );
}

const STYLES: Array<{ value: HighlightStyle; label: string }> = [
  { value: 'background', label: 'Background colour' },
  { value: 'underline', label: 'Underline' },
];

/** Highlight style, a colour per topic (with a preview), and the hover delay. */
export function HighlightSettings({ settings, update }: SectionProps) {
  return (
    <>
      <fieldset class="fc-choice">
        <legend>Highlight style</legend>
        {STYLES.map((s) => (
          <label key={s.value}>
            <input
              type="radio"
              name="highlight-style"
              value={s.value}
              checked={settings.highlightStyle === s.value}
              onChange={() => void update({ highlightStyle: s.value })}
            />{' '}
            {s.label}
          </label>
        ))}
      </fieldset>
      <fieldset class="fc-choice">
        <legend>Colours</legend>
        {TOPICS.map((t) => (
          <div key={t} class="fc-color-row">
            <input
              id={`color-${t}`}
              type="color"
              value={settings.colors[t]}
              // `change` fires once the user settles on a colour: storage.sync limits writes.
              onChange={(e) => void update({ colors: { [t]: e.currentTarget.value } })}
            />{' '}
            <label for={`color-${t}`}>{topicLabel(t)}</label>{' '}
            <span
              class="fc-preview"
              style={
                settings.highlightStyle === 'underline'
                  ? { textDecoration: `underline 3px ${settings.colors[t]}` }
                  : { background: settings.colors[t], color: '#1b1b1f' }
              }
            >
              Sample highlight
            </span>
          </div>
        ))}
      </fieldset>
      <div class="fc-field">
        <label for="hover-delay">Delay before the popover opens (milliseconds)</label>{' '}
        <input
          id="hover-delay"
          type="number"
          min={HOVER_DELAY_MIN}
          max={HOVER_DELAY_MAX}
          step={50}
          value={settings.hoverDelayMs}
          aria-describedby="hover-delay-hint"
          onChange={(e) => {
            const n = e.currentTarget.valueAsNumber;
            if (Number.isFinite(n)) void update({ hoverDelayMs: n });
            else e.currentTarget.value = String(settings.hoverDelayMs);
          }}
        />
        <p id="hover-delay-hint" class="fc-hint">
          From {HOVER_DELAY_MIN} to {HOVER_DELAY_MAX}. Keyboard users can always open the popover at
          once.
        </p>
      </div>
    </>
  );
}
