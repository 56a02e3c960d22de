import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  QUOTA_BYTES_PER_ITEM,
  SITE_LIST_BYTES,
  WIDEST_SETTINGS,
  applyPatch,
  isActiveOn,
  itemBytes,
  parseHostname,
  siteListFits,
  validateActivity,
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
import { isActive } from '../../entrypoints/probe/own-modules';
import type { Browser as ProbeBrowser } from '../../entrypoints/probe/native-browser';
import { saveFailureText } from '../../components/common/save-failure';
import { fullSiteList, longHost } from '../e2e/harness/hosts';

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

afterEach(() => {
  vi.restoreAllMocks();
});

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
        // Stored entries are hostnames; an address is junk there (the options page parses one).
        'https://a.test/x',
        '-bad-.com',
        '[::1]',
        'a.test',
      ],
    });
    expect(result.disabledSites).toEqual(['example.com', '[::1]', 'a.test']);
  });

  it('reads the older comma-separated site list', () => {
    expect(validateSettings({ disabledSites: 'a.test, b.test\nc.test' }).disabledSites).toEqual([
      'a.test',
      'b.test',
      'c.test',
    ]);
  });

  it('keeps hundreds of short hostnames: the list is capped by bytes, not by a count', () => {
    const many = Array.from({ length: 500 }, (_, i) => `s${i}.test`);
    expect(validateSettings({ disabledSites: many }).disabledSites).toEqual(many);
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

/** Every value the fields other than the site list can take, at their extremes. */
function* otherFieldCombinations(): Generator<Settings> {
  for (const paused of [true, false])
    for (const drones of [true, false])
      for (const syria of [true, false])
        for (const highlightStyle of ['background', 'underline'] as const)
          for (const hoverDelayMs of [0, 5, 50, 300, 1999, 2000])
            yield {
              ...DEFAULT_SETTINGS,
              paused,
              topics: { drones, syria },
              highlightStyle,
              hoverDelayMs,
            };
}

describe('site list capped by the bytes of the storage.sync item', () => {
  it('builds the long hostnames these tests use', () => {
    for (const length of [61, 62, 253]) {
      const host = longHost(7, length);
      expect(host).toHaveLength(length);
      expect(parseHostname(host)).toBe(host);
    }
  });

  it('gives the list what the widest other fields leave of QUOTA_BYTES_PER_ITEM', () => {
    expect(SITE_LIST_BYTES).toBe(QUOTA_BYTES_PER_ITEM - itemBytes(WIDEST_SETTINGS));
    for (const s of otherFieldCombinations()) {
      expect(itemBytes(s)).toBeLessThanOrEqual(itemBytes(WIDEST_SETTINGS));
    }
  });

  it('keeps as many long hostnames as fit, in order, whatever their count', () => {
    const hosts = Array.from({ length: 40 }, (_, i) => longHost(i, 253));
    const kept = validateSettings({ disabledSites: hosts }).disabledSites;
    // 253 characters, two quotes and a comma each: 31 fit in 7,999 bytes.
    expect(kept).toEqual(hosts.slice(0, 31));
    expect(siteListFits(kept)).toBe(true);
    expect(siteListFits([...kept, hosts[31]!])).toBe(false);
    for (const s of otherFieldCombinations()) {
      expect(itemBytes({ ...s, disabledSites: kept })).toBeLessThanOrEqual(QUOTA_BYTES_PER_ITEM);
    }
  });

  it('fills the item to the exact byte, and drops a site one byte over', () => {
    const exact = fullSiteList();
    expect(itemBytes({ ...WIDEST_SETTINGS, disabledSites: exact })).toBe(QUOTA_BYTES_PER_ITEM);
    expect(validateSettings({ disabledSites: exact }).disabledSites).toEqual(exact);
    const over = [...exact.slice(0, 31), longHost(99, 62)];
    expect(validateSettings({ disabledSites: over }).disabledSites).toEqual(exact.slice(0, 31));
  });

  it('measures bytes as storage.sync does: valid settings are ASCII, so length is bytes', () => {
    const s = validateSettings({
      ...CUSTOM,
      disabledSites: ['bücher.example', '日本.example', parseHostname('https://bücher.example/x')],
    });
    expect(s.disabledSites).toEqual(['xn--bcher-kva.example']);
    const json = JSON.stringify(s);
    expect(new TextEncoder().encode(json).length).toBe(json.length);
    expect(itemBytes(s)).toBe('settings'.length + json.length);
  });
});

describe('stored junk', () => {
  it('gives defaults for the bad fields and keeps the good ones', () => {
    const huge = 'x'.repeat(1_000_000);
    const result = validateSettings({
      ...CUSTOM,
      colors: { drones: huge, syria: CUSTOM.colors.syria },
      highlightStyle: huge,
      hoverDelayMs: huge,
      topics: { drones: [], syria: CUSTOM.topics.syria },
      disabledSites: [...CUSTOM.disabledSites, huge, `${huge}.com`, { host: 'a.test' }, ...'abc'],
    });
    expect(result).toEqual({
      ...CUSTOM,
      colors: { drones: DEFAULT_SETTINGS.colors.drones, syria: CUSTOM.colors.syria },
      highlightStyle: DEFAULT_SETTINGS.highlightStyle,
      hoverDelayMs: DEFAULT_SETTINGS.hoverDelayMs,
      topics: { drones: DEFAULT_SETTINGS.topics.drones, syria: CUSTOM.topics.syria },
      disabledSites: [...CUSTOM.disabledSites, 'a', 'b', 'c'],
    });
  });

  it('reads thousands of entries, or a megabyte of old-format list, into a list that fits', () => {
    const junk = Array.from({ length: 100_000 }, (_, i) => (i % 3 ? i : `s${i}.test`));
    const fromArray = validateSettings({ disabledSites: junk }).disabledSites;
    expect(fromArray[0]).toBe('s0.test');
    expect(siteListFits(fromArray)).toBe(true);
    const fromString = validateSettings({
      disabledSites: Array.from({ length: 100_000 }, (_, i) => `s${i}.test`).join(','),
    }).disabledSites;
    expect(fromString.slice(0, 3)).toEqual(['s0.test', 's1.test', 's2.test']);
    expect(siteListFits(fromString)).toBe(true);
    expect(siteListFits([...fromString, 'one-more.test'])).toBe(false);
  });

  it('never throws, and always gives settings that fit in the item', () => {
    const values: unknown[] = [
      Symbol.for('x'),
      () => 1,
      new Date(),
      { disabledSites: { length: 5 } },
      { disabledSites: new Array(1e6) },
      { topics: null, colors: 7, paused: 'true', hoverDelayMs: Infinity },
      JSON.parse('{"__proto__": {"paused": true}, "disabledSites": ["a.test"]}'),
    ];
    for (const raw of values) {
      const s = validateSettings(raw);
      expect(itemBytes(s)).toBeLessThanOrEqual(QUOTA_BYTES_PER_ITEM);
      expect(s.paused).toBe(false);
    }
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
    const raw = (await fakeBrowser.storage.sync.get('settings')).settings as Settings;
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
