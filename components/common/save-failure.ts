/**
 * What a page tells the user when `storage.sync` refuses a write, and the state that shows it.
 * The browser's reason is a quota: writes per minute or hour ("This request exceeds the
 * MAX_WRITE_OPERATIONS_PER_MINUTE quota."), or bytes or items ("Resource::kQuotaBytes quota
 * exceeded" in Chrome 156, "QUOTA_BYTES" in older ones).
 */
import { useCallback, useState } from 'preact/hooks';

/** A refused write, as shown. A new object each time, so the same message re-renders. */
export interface SaveFailure {
  text: string;
}

/** The user's message for a refused write; the change did not happen. */
export function saveFailureText(err: unknown): string {
  const reason = err instanceof Error ? err.message : String(err);
  if (/PER_MINUTE|PER_HOUR/.test(reason)) {
    return 'Not saved: the browser allows only so many settings changes in a short time. Nothing was changed; try again in a minute.';
  }
  if (/quota|max_?items/i.test(reason)) {
    return "Not saved: the browser's sync storage for this extension is full. Nothing was changed.";
  }
  return "Not saved: the browser's storage refused the change. Nothing was changed; try again.";
}

/**
 * The last refused change (null when the last one went through): `fail` for a write storage
 * refused, `show` for a change refused before the write. Either re-renders the page, so a
 * control the user flipped snaps back to the stored value.
 */
export function useSaveFailure() {
  const [failure, setFailure] = useState<SaveFailure | null>(null);
  const show = useCallback((text: string) => setFailure({ text }), []);
  const fail = useCallback((err: unknown) => show(saveFailureText(err)), [show]);
  const clear = useCallback(() => setFailure(null), []);
  return { failure, fail, show, clear };
}
