/** The settings' schema, validator and byte caps (`lib/settings.ts`): pure, no storage. */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  QUOTA_BYTES_PER_ITEM,
  SETTINGS_KEY,
  SITE_LIST_BYTES,
  WIDEST_SETTINGS,
  applyPatch,
  isActiveOn,
  itemBytes,
  parseHostname,
  siteListFits,
  validateSettings,
  type Settings,
} from '../../lib/settings';
import { fullSiteList, longHost } from '../e2e/harness/hosts';
import { CUSTOM } from './helpers/settings';

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
    expect(itemBytes(s)).toBe(SETTINGS_KEY.length + json.length);
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
