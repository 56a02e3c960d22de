import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Settings } from '../../lib/settings';
import { resetSettings } from '../../lib/storage/settings-store';
import { useSaveFailure } from '../common/save-failure';

/**
 * "Reset all settings" with an inline confirmation. Focus goes to "Cancel" when the question
 * appears (the safe choice) and back to the reset button when it closes; Escape cancels. A
 * reset the browser refuses changes nothing and says so.
 */
export function ResetSettings({ onReset }: { onReset: (s: Settings) => void }) {
  const [asking, setAsking] = useState(false);
  const [done, setDone] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  const { failure, fail, clear } = useSaveFailure();

  // Layout effect: focus moves in the same task as the click, not after the next paint.
  useLayoutEffect(() => {
    if (asking) cancel.current?.focus();
    else if (wasAsking.current) opener.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  const confirm = async () => {
    try {
      onReset(await resetSettings());
      clear();
      setDone(true);
    } catch (err) {
      fail(err);
    }
    setAsking(false);
  };

  return (
    <section aria-labelledby="reset-heading">
      <h2 id="reset-heading">Reset</h2>
      <button
        ref={opener}
        type="button"
        class="fc-danger"
        aria-expanded={asking}
        aria-controls="reset-confirm"
        onClick={() => {
          setDone(false);
          clear();
          setAsking(true);
        }}
      >
        Reset all settings…
      </button>
      <div
        id="reset-confirm"
        role="group"
        aria-labelledby="reset-question"
        hidden={!asking}
        class="fc-confirm"
        onKeyDown={(e) => {
          if (e.key === 'Escape') setAsking(false);
        }}
      >
        <p id="reset-question">
          Reset every setting to its default? Your list of switched-off sites will be cleared.
        </p>
        <button type="button" class="fc-danger" onClick={() => void confirm()}>
          Yes, reset
        </button>{' '}
        <button ref={cancel} type="button" onClick={() => setAsking(false)}>
          Cancel
        </button>
      </div>
      <p role="status" class="fc-status">
        {done ? 'All settings are back to their defaults.' : ''}
      </p>
      {failure && (
        <p class="fc-error" role="alert">
          {failure.text}
        </p>
      )}
    </section>
  );
}
