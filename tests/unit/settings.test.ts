import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  MAX_DISABLED_SITES,
  applyPatch,
  isActiveOn,
  parseHostname,
  validateSettings,
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

/** Settings a user has customised in every field. */
const CUSTOM: Settings = {
  version: 1,
  paused: true,
  topics: { drones: false, syria: true },
  highlightStyle: 'underline',
  colors: { drones: '#112233', syria: '#445566' },
  hoverDelayMs: 800,
  disabledSites: ['example.com', 'news.test'],
};

const store = (value: unknown) => fakeBrowser.storage.sync.set({ settings: value });

describe('validateSettings', () => {
  it('gives the defaults for nothing or non-objects', () => {
    for (const raw of [undefined, null, 42, 'settings', [], true]) {
      expect(validateSettings(raw)).toEqual(DEFAULT_SETTINGS);
    }
  });

  it('keeps valid settings as they are', () => {
    expect(validateSettings(CUSTOM)).toEqual(CUSTOM);
  });

  it.each([
    ['paused', 'yes', DEFAULT_SETTINGS.paused],
    ['topics', 'all', DEFAULT_SETTINGS.topics],
    ['highlightStyle', 'blink', DEFAULT_SETTINGS.highlightStyle],
    ['colors', ['#000000'], DEFAULT_SETTINGS.colors],
    ['hoverDelayMs', Number.NaN, DEFAULT_SETTINGS.hoverDelayMs],
    ['hoverDelayMs', { ms: 5 }, DEFAULT_SETTINGS.hoverDelayMs],
    ['disabledSites', 17, DEFAULT_SETTINGS.disabledSites],
  ] as const)(
    'a corrupt %s (%j) falls back to its default and keeps the rest',
    (field, bad, def) => {
      const result = validateSettings({ ...CUSTOM, [field]: bad });
      expect(result[field]).toEqual(def);
      expect({ ...result, [field]: CUSTOM[field] }).toEqual(CUSTOM);
    },
  );

  it('validates nested fields one by one', () => {
    const result = validateSettings({
      ...CUSTOM,
      topics: { drones: 'no', syria: false },
      colors: { drones: 'red', syria: '#ABCDEF' },
    });
    expect(result.topics).toEqual({ drones: true, syria: false });
    expect(result.colors).toEqual({ drones: DEFAULT_SETTINGS.colors.drones, syria: '#abcdef' });
  });

  it('clamps the hover delay and accepts a numeric string', () => {
    expect(validateSettings({ hoverDelayMs: -5 }).hoverDelayMs).toBe(0);
    expect(validateSettings({ hoverDelayMs: 99999 }).hoverDelayMs).toBe(2000);
    expect(validateSettings({ hoverDelayMs: '450' }).hoverDelayMs).toBe(450);
  });

  it('keeps only valid, distinct hostnames, lower-cased', () => {
    const result = validateSettings({
      disabledSites: [
        'Example.COM',
        'example.com',
        'not a host',
        3,
        null,
        'https://a.test/x',
        '-bad-.com',
      ],
    });
    expect(result.disabledSites).toEqual(['example.com', 'a.test']);
  });

  it('reads the older comma-separated site list', () => {
    expect(validateSettings({ disabledSites: 'a.test, b.test\nc.test' }).disabledSites).toEqual([
      'a.test',
      'b.test',
      'c.test',
    ]);
  });

  it('caps the site list to what storage.sync can hold', () => {
    const many = Array.from({ length: MAX_DISABLED_SITES + 50 }, (_, i) => `s${i}.test`);
    expect(validateSettings({ disabledSites: many }).disabledSites).toHaveLength(
      MAX_DISABLED_SITES,
    );
  });

  it('drops unknown keys and upgrades old versions field by field', () => {
    const old = { version: 0, paused: true, enabled: false, theme: 'dark', __proto__x: 1 };
    const result = validateSettings(old);
    expect(result).toEqual({ ...DEFAULT_SETTINGS, paused: true });
    expect(Object.keys(result).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
  });

  it('ignores invalid fields of a patch instead of resetting them', () => {
    const next = applyPatch(CUSTOM, {
      hoverDelayMs: Number.NaN,
      colors: { syria: 'blue' },
      topics: { drones: true },
    });
    expect(next).toEqual({ ...CUSTOM, topics: { drones: true, syria: true } });
  });
});

describe('parseHostname and isActiveOn', () => {
  it('accepts hostnames and pasted URLs, rejects the rest', () => {
    expect(parseHostname('  News.Example.com ')).toBe('news.example.com');
    expect(parseHostname('https://www.example.com/path?q=1')).toBe('www.example.com');
    expect(parseHostname('example.com/path')).toBe('example.com');
    expect(parseHostname('*.example.com')).toBe('example.com');
    expect(parseHostname('localhost:8080')).toBe('localhost');
    for (const bad of [
      '',
      'exa mple.com',
      'ex_ample.com',
      '-x.com',
      'x..com',
      'javascript:alert(1)',
    ]) {
      expect(parseHostname(bad)).toBeNull();
    }
  });

  it('turns a site and its subdomains off, and everything off when paused', () => {
    const s = { ...DEFAULT_SETTINGS, disabledSites: ['example.com'] };
    expect(isActiveOn(s, 'example.com')).toBe(false);
    expect(isActiveOn(s, 'news.example.com')).toBe(false);
    expect(isActiveOn(s, 'notexample.com')).toBe(true);
    expect(isActiveOn({ ...s, paused: true }, 'other.org')).toBe(false);
  });
});

describe('settings store (storage.sync)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('gives the defaults when nothing is stored', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
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
    const raw = await fakeBrowser.storage.sync.get('settings');
    expect(raw.settings).toEqual(next);
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

  it('refuses a site when the list is full', async () => {
    const full = Array.from({ length: MAX_DISABLED_SITES }, (_, i) => `s${i}.test`);
    await store({ disabledSites: full });
    expect(await addDisabledSite('one-more.test')).toEqual({ ok: false, reason: 'full' });
  });

  it('the per-site switch turns a page back on even when a parent domain was listed', async () => {
    await store({ disabledSites: ['example.com', 'other.test'] });
    let s = await setSiteEnabled('news.example.com', true);
    expect(isActiveOn(s, 'news.example.com')).toBe(true);
    expect(s.disabledSites).toEqual(['other.test']);
    s = await setSiteEnabled('news.example.com', false);
    expect(isActiveOn(s, 'news.example.com')).toBe(false);
    expect(s.disabledSites).toEqual(['other.test', 'news.example.com']);
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
