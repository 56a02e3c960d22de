/**
 * The settings in `storage.sync` (`lib/storage/settings-store.ts`): what every reader sees,
 * what a write keeps, and what a refused write tells the user.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  QUOTA_BYTES_PER_ITEM,
  SETTINGS_KEY,
  isActiveOn,
  itemBytes,
  validateActivity,
  type Settings,
} from '../../lib/settings';
import {
  addDisabledSite,
  getSettings,
  removeDisabledSite,
  resetSettings,
  setSiteEnabled,
  updateSettings,
  watchSettings,
} from '../../lib/storage/settings-store';
import { isActive } from '../../entrypoints/probe/own-modules';
import type { Browser as ProbeBrowser } from '../../entrypoints/probe/native-browser';
import { saveFailureText } from '../../components/common/save-failure';
import { fullSiteList, longHost } from '../e2e/harness/hosts';
import { CUSTOM } from './helpers/settings';

const store = (value: unknown) => fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: value });

afterEach(() => {
  vi.restoreAllMocks();
});

describe('settings store (storage.sync)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('gives the defaults when nothing is stored', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('reads what earlier versions stored, under the same key (an update keeps the settings)', async () => {
    await fakeBrowser.storage.sync.set({ settings: CUSTOM });
    expect(await getSettings()).toEqual(CUSTOM);
  });

  it('survives a corrupt stored value without losing the valid fields', async () => {
    await store({ ...CUSTOM, colors: 'garbage', hoverDelayMs: 'soon' });
    const s = await getSettings();
    expect(s.colors).toEqual(DEFAULT_SETTINGS.colors);
    expect(s.hoverDelayMs).toBe(DEFAULT_SETTINGS.hoverDelayMs);
    expect(s.disabledSites).toEqual(CUSTOM.disabledSites);
    expect(s.highlightStyle).toBe('underline');
  });

  it('survives a stored value of the wrong type entirely', async () => {
    await store('not an object');
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('updates one field and keeps the others, repairing corrupt ones on write', async () => {
    await store({ ...CUSTOM, highlightStyle: 42, junk: true });
    const next = await updateSettings({ hoverDelayMs: 100 });
    expect(next).toEqual({ ...CUSTOM, highlightStyle: 'background', hoverDelayMs: 100 });
    const raw = await fakeBrowser.storage.sync.get(SETTINGS_KEY);
    expect(raw[SETTINGS_KEY]).toEqual(next);
  });

  it('updates one topic without touching the other', async () => {
    await store(CUSTOM);
    await updateSettings({ topics: { syria: false } });
    expect((await getSettings()).topics).toEqual({ drones: false, syria: false });
  });

  it('keeps both of two changes made at once (two switches flipped quickly)', async () => {
    await store(CUSTOM);
    await Promise.all([
      updateSettings({ topics: { drones: true } }),
      updateSettings({ hoverDelayMs: 100 }),
      addDisabledSite('third.example'),
    ]);
    const s = await getSettings();
    expect(s.topics.drones).toBe(true);
    expect(s.hoverDelayMs).toBe(100);
    expect(s.disabledSites).toEqual([...CUSTOM.disabledSites, 'third.example']);
  });

  it('resets everything to the defaults', async () => {
    await store(CUSTOM);
    expect(await resetSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('adds and removes disabled sites with validation', async () => {
    expect(await addDisabledSite('not a host')).toEqual({ ok: false, reason: 'invalid' });
    const added = await addDisabledSite('https://News.Example.com/story');
    expect(added).toMatchObject({ ok: true, hostname: 'news.example.com' });
    expect(await addDisabledSite('news.example.com')).toEqual({ ok: false, reason: 'duplicate' });
    expect((await removeDisabledSite('news.example.com')).disabledSites).toEqual([]);
  });

  it('the per-site switch turns a page back on even when a parent domain was listed', async () => {
    await store({ disabledSites: ['example.com', 'other.test'] });
    const on = await setSiteEnabled('news.example.com', true);
    expect(on.ok && isActiveOn(on.settings, 'news.example.com')).toBe(true);
    expect(on.ok && on.settings.disabledSites).toEqual(['other.test']);
    const off = await setSiteEnabled('news.example.com', false);
    expect(off.ok && isActiveOn(off.settings, 'news.example.com')).toBe(false);
    expect(off.ok && off.settings.disabledSites).toEqual(['other.test', 'news.example.com']);
  });

  it('tells watchers about changes with validated values', async () => {
    const seen = vi.fn();
    const stop = watchSettings(seen);
    await updateSettings({ paused: true });
    await vi.waitFor(() => expect(seen).toHaveBeenCalledTimes(1));
    expect(seen.mock.calls[0]![0]).toEqual({ ...DEFAULT_SETTINGS, paused: true });
    // Something else writes garbage: watchers still get valid settings.
    await store({ paused: 'maybe', hoverDelayMs: 50 });
    await vi.waitFor(() => expect(seen).toHaveBeenCalledTimes(2));
    expect(seen.mock.calls[1]![0]).toEqual({ ...DEFAULT_SETTINGS, hoverDelayMs: 50 });
    stop();
    await updateSettings({ paused: false });
    expect(seen).toHaveBeenCalledTimes(2);
  });
});

describe('every reader sees the same settings', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  const long = Array.from({ length: 40 }, (_, i) => longHost(i, 253));
  const short = Array.from({ length: 300 }, (_, i) => `s${i}.test`);
  const STORED: unknown[] = [
    undefined,
    'junk',
    { paused: 'yes', disabledSites: ['a.test'] },
    { paused: true },
    // A 201st entry and more: the list is capped by bytes, so they are kept.
    { disabledSites: short },
    // Long names: the list ends where the bytes run out, and a site beyond is not disabled.
    { disabledSites: [...long, 'late.test'] },
    { disabledSites: 'a.test, B.test\nhttps://c.test' },
    { disabledSites: ['A.Test', 'a.test.', 'https://a.test/', 'sub.a.test'] },
  ];
  const HOSTS = ['a.test', 'b.test', 'c.test', 'sub.a.test', 's0.test', 's250.test', 'late.test'];

  it('the probe runs exactly where the options page lists no site covering the page', async () => {
    for (const raw of STORED) {
      await store(raw);
      const options = await getSettings();
      for (const host of [...HOSTS, long[0]!, long[35]!]) {
        const probe = await isActive(fakeBrowser as unknown as ProbeBrowser, host);
        expect(probe, `${JSON.stringify(raw)?.slice(0, 80)} on ${host}`).toBe(
          isActiveOn(options, host),
        );
      }
      expect(validateActivity(raw)).toEqual({
        paused: options.paused,
        disabledSites: options.disabledSites,
      });
    }
  });

  it('cases from the issue: a 201st short entry is disabled and listed; a site past the bytes is neither', async () => {
    await store({ disabledSites: short });
    expect((await getSettings()).disabledSites).toContain('s250.test');
    expect(await isActive(fakeBrowser as unknown as ProbeBrowser, 's250.test')).toBe(false);
    await store({ disabledSites: [...long, 'late.test'] });
    expect((await getSettings()).disabledSites).not.toContain('late.test');
    expect(await isActive(fakeBrowser as unknown as ProbeBrowser, 'late.test')).toBe(true);
  });

  it('a storage error reads as the defaults for the probe and the page UI alike', async () => {
    await store({ paused: true });
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('sync unavailable'));
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await isActive(fakeBrowser as unknown as ProbeBrowser, 'a.test')).toBe(true);
  });
});

describe('the site list has room for what it holds', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  /** With every other field at its widest, the item at exactly 8,192 bytes. */
  const FULL = fullSiteList();

  it('refuses a site that would not fit before writing, and takes a shorter one that does', async () => {
    await store({ disabledSites: FULL.slice(0, 31) });
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    expect(await addDisabledSite(longHost(99, 62))).toEqual({ ok: false, reason: 'full' });
    expect(set).not.toHaveBeenCalled();
    const added = await addDisabledSite(longHost(99, 61));
    expect(added.ok).toBe(true);
    expect((await getSettings()).disabledSites).toEqual(FULL);
    expect(await addDisabledSite('a.b')).toEqual({ ok: false, reason: 'full' });
  });

  it('the popup switch says the list is full instead of dropping a site', async () => {
    await store({ disabledSites: FULL });
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    expect(await setSiteEnabled('news.example', false)).toEqual({ ok: false, reason: 'full' });
    expect(set).not.toHaveBeenCalled();
    expect((await getSettings()).disabledSites).toEqual(FULL);
    // Switching a listed site back on always has room.
    const on = await setSiteEnabled(FULL[0]!, true);
    expect(on.ok && on.settings.disabledSites).toEqual(FULL.slice(1));
  });

  it('a full list survives every other setting at its widest, and the item stays in quota', async () => {
    await store({ ...CUSTOM, disabledSites: FULL });
    const s = await updateSettings({
      paused: false,
      topics: { drones: false, syria: false },
      highlightStyle: 'background',
      hoverDelayMs: 2000,
    });
    expect(s.disabledSites).toEqual(FULL);
    const raw = (await fakeBrowser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY] as Settings;
    expect(itemBytes(raw)).toBe(QUOTA_BYTES_PER_ITEM);
  });
});

describe('a write storage.sync refuses', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  const refuse = (message: string) =>
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error(message));

  it('rejects, changes nothing, and does not block the next write', async () => {
    await store(CUSTOM);
    refuse('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.');
    await expect(updateSettings({ hoverDelayMs: 100 })).rejects.toThrow(/PER_MINUTE/);
    expect(await getSettings()).toEqual(CUSTOM);
    refuse('QUOTA_BYTES quota exceeded');
    await expect(addDisabledSite('third.test')).rejects.toThrow(/QUOTA_BYTES/);
    refuse('QUOTA_BYTES quota exceeded');
    await expect(setSiteEnabled('third.test', false)).rejects.toThrow(/QUOTA_BYTES/);
    refuse('QUOTA_BYTES quota exceeded');
    await expect(removeDisabledSite('news.test')).rejects.toThrow(/QUOTA_BYTES/);
    refuse('MAX_WRITE_OPERATIONS_PER_HOUR');
    await expect(resetSettings()).rejects.toThrow(/PER_HOUR/);
    expect(await getSettings()).toEqual(CUSTOM);
    expect((await updateSettings({ hoverDelayMs: 100 })).hoverDelayMs).toBe(100);
  });

  it('is told to the user by its reason, calmly', () => {
    expect(
      saveFailureText(new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.')),
    ).toMatch(/^Not saved: .*short time.*try again in a minute/);
    // Chrome 156's words, then older ones.
    for (const reason of [
      'Resource::kQuotaBytes quota exceeded',
      'Resource::kQuotaBytesPerItem quota exceeded',
      'QUOTA_BYTES quota exceeded',
      'MAX_ITEMS quota exceeded',
    ]) {
      expect(saveFailureText(new Error(reason))).toMatch(/^Not saved: .*full/);
    }
    expect(saveFailureText('weird')).toMatch(/^Not saved: .*refused the change/);
    for (const err of [new Error('x'), 'QUOTA_BYTES_PER_ITEM', undefined]) {
      expect(saveFailureText(err)).toMatch(/Nothing was changed/);
    }
  });
});
