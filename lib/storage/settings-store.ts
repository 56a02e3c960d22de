/**
 * Settings persisted in `storage.sync` through WXT's storage. Reads always pass through
 * `validateSettings`, so a corrupt stored value degrades field by field instead of breaking
 * the extension; writes merge into the validated current value and never drop other fields.
 */
import { storage } from 'wxt/utils/storage';
import { type Settings, DEFAULT_SETTINGS, validateSettings } from '../settings';

const item = storage.defineItem<unknown>('sync:settings', { fallback: DEFAULT_SETTINGS });

export async function getSettings(): Promise<Settings> {
  try {
    return validateSettings(await item.getValue());
  } catch {
    return validateSettings(undefined);
  }
}

export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = validateSettings({ ...(await getSettings()), ...patch });
  await item.setValue(next);
  return next;
}

export async function resetSettings(): Promise<Settings> {
  await item.setValue(DEFAULT_SETTINGS);
  return validateSettings(DEFAULT_SETTINGS);
}

/** Calls `onChange` with validated settings whenever they change; returns the unsubscribe. */
export function watchSettings(onChange: (s: Settings) => void): () => void {
  return item.watch((v) => onChange(validateSettings(v)));
}
