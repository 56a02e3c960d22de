/**
 * The current settings for an extension page, kept in step with storage (changes made in
 * another page or tab show up at once), plus a way to change them.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Settings, SettingsPatch } from '../../lib/settings';
import { getSettings, updateSettings, watchSettings } from '../../lib/storage/settings-store';

/** Settings (null while loading), an updater, and the last save error. */
export interface SettingsView {
  settings: Settings | null;
  /** Applies a patch; resolves to false (and sets `error`) when storage refused it. */
  update: (patch: SettingsPatch) => Promise<boolean>;
  /** Replaces the local copy (after a reset or a site-list change made elsewhere). */
  replace: (s: Settings) => void;
  error: string | null;
}

/** Subscribes to the stored settings. */
export function useSettings(): SettingsView {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void getSettings().then((s) => live && setSettings(s));
    const stop = watchSettings((s) => live && setSettings(s));
    return () => {
      live = false;
      stop();
    };
  }, []);
  const update = useCallback(async (patch: SettingsPatch) => {
    try {
      setSettings(await updateSettings(patch));
      setError(null);
      return true;
    } catch {
      setError('The change could not be saved (browser storage refused it). Try again.');
      return false;
    }
  }, []);
  return { settings, update, replace: setSettings, error };
}
