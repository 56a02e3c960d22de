/**
 * The current settings for an extension page, kept in step with storage (changes made in
 * another page or tab show up at once), plus a way to change them.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Settings, SettingsPatch } from '../../lib/settings';
import { getSettings, updateSettings, watchSettings } from '../../lib/storage/settings-store';
import { type SaveFailure, useSaveFailure } from './save-failure';

/** Settings (null while loading), an updater, and the last refused write. */
export interface SettingsView {
  settings: Settings | null;
  /** Applies a patch; resolves to false (and sets `error`) when storage refused it. */
  update: (patch: Omit<SettingsPatch, 'disabledSites'>) => Promise<boolean>;
  /** Replaces the local copy (after a reset or a site-list change made elsewhere). */
  replace: (s: Settings) => void;
  error: SaveFailure | null;
}

/** Subscribes to the stored settings. */
export function useSettings(): SettingsView {
  const [settings, setSettings] = useState<Settings | null>(null);
  const { failure, fail, clear } = useSaveFailure();
  useEffect(() => {
    let live = true;
    void getSettings().then((s) => live && setSettings(s));
    const stop = watchSettings((s) => live && setSettings(s));
    return () => {
      live = false;
      stop();
    };
  }, []);
  const update = useCallback(
    async (patch: Omit<SettingsPatch, 'disabledSites'>) => {
      try {
        setSettings(await updateSettings(patch));
        clear();
        return true;
      } catch (err) {
        fail(err);
        return false;
      }
    },
    [fail, clear],
  );
  return { settings, update, replace: setSettings, error: failure };
}
