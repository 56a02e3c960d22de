import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { corpus, passagesOf, sourceById } from '../../data/corpus';
import { buildCorpus, serializeCorpus, serializeFuseIndex } from '../../engine/corpus/build';
import {
  CORPUS_JSON,
  FUSE_INDEX_JSON,
  readSeedInputs,
  readHandLabels,
  readStanceLabels,
} from '../../scripts/cli/corpus-files';

// A full build (detection, matters and stance of every passage) is slow on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

const articleText = (id: string) => corpus.articles?.find((a) => a.sourceId === id)?.text ?? '';
const passage = (id: string) => corpus.passages.find((p) => p.id === id);

describe('corpus build', () => {
  it('reproduces the committed data/generated files byte for byte', () => {
    const fresh = buildCorpus(readSeedInputs(), readHandLabels(), readStanceLabels());
    expect(serializeCorpus(fresh)).toBe(readFileSync(CORPUS_JSON, 'utf8'));
    expect(serializeFuseIndex(fresh)).toBe(readFileSync(FUSE_INDEX_JSON, 'utf8'));
  });

  it('splits each article into the expected number of passages', () => {
    const counts = Object.fromEntries(corpus.sources.map((s) => [s.id, passagesOf(s.id).length]));
    expect(counts).toEqual({ s000: 16, s001: 10, s002: 34, s003: 26, s004: 25 });
  });

  it('keeps passage offsets pointing into the cleaned article', () => {
    for (const p of corpus.passages) {
      expect(articleText(p.sourceId).slice(p.start, p.end)).toBe(p.text);
    }
  });

  it('gives every passage a stable id in article order', () => {
    expect(passagesOf('s001').map((p) => p.id)[0]).toBe('s001-p00');
    expect(passagesOf('s001').map((p) => p.index)).toEqual([...Array(10).keys()]);
    expect(passagesOf('nope')).toEqual([]);
  });
});

describe('boilerplate removal', () => {
  const cases: Array<[string, string[], string[]]> = [
    [
      's000',
      [
        'Latest News, Local News',
        'READ MORE',
        'Schumer-Manchin',
        'Leave A Reply',
        'Your email address',
      ],
      [
        'Russian plane carrying €140 million in cash',
        'Qassem Suleimani flew to Moscow',
        'Quds Force',
      ],
    ],
    [
      's001',
      ['Blog and articles', 'upstairs', 'Based on the materials of The Telegraph', '\n.\n'],
      ['Qassem Soleymani warned him', 'on Wednesday May 9th', 'marriage of convenience than'],
    ],
    [
      's002',
      [],
      ['Despite overwhelming evidence, public denial', 'Iran is training Russian drone operators'],
    ],
    [
      's003',
      [
        ', , ,',
        'R E L A T E D',
        'Submitted by SyrianPatriots',
        'Re-publications are welcome',
        'NOTE: The contents',
      ],
      [
        'Qassem Soleimani, the head of the Iranian Army',
        'Iraq Share Intelligence on ISIL',
        'February 1, 2015',
      ],
    ],
    [
      's004',
      [
        'Main Menu',
        'Header Banner',
        'By Ninfa ALong',
        'Related posts',
        'Recent Posts',
        'Privacy Policy',
        'SEE ALSO',
        'Iran finance',
        'telegraph services',
        'Home›',
      ],
      ['Putin would travel to Tehran on July 19', 'Astana process', 'Mohammad Reza Pour Ebrahimi'],
    ],
  ];
  it.each(cases)('%s: boilerplate gone, article kept', (id, gone, kept) => {
    const text = articleText(id);
    for (const g of gone) expect(text).not.toContain(g);
    for (const k of kept) expect(text).toContain(k);
  });

  it('does not repeat the headline as a passage', () => {
    for (const s of corpus.sources) {
      expect(passagesOf(s.id).some((p) => p.text === s.title)).toBe(false);
    }
  });

  it('keeps sub-headings as the heading of the passages below them', () => {
    expect(passage('s000-p01')?.heading).toBe('Russian Plane Carrying €140 Million in Cash');
    expect(passage('s003-p06')?.heading).toBe('Protecting Syria');
    expect(passage('s001-p00')?.heading).toBeNull();
  });

  it('marks the republished Sputnik piece of s003 as a separate part', () => {
    const sputnik = passagesOf('s003').filter((p) => p.part);
    expect(sputnik[0]?.text).toMatch(/^\(Sputnik News, 28\/9\/2015\)/);
    expect(sputnik[0]?.heading).toBe('Iraq Share Intelligence on ISIL Against U.S. Wishes');
    expect(sputnik.every((p) => p.part?.includes('Sputnik News'))).toBe(true);
    expect(passage('s003-p00')?.part).toBeUndefined();
  });
});

describe('passage topics', () => {
  const cases: Array<[string, string[]]> = [
    ['s000-p01', ['drones']], // €140m cash flight for Iranian drones
    ['s000-p03', ['syria']], // Suleimani flies to Moscow
    ['s002-p14', ['drones']], // Iranian drone trainers in Crimea
    ['s002-p16', ['syria']], // fought side by side in Syria
    ['s002-p17', ['drones']], // agreed to deliver new weapons
    ['s004-p11', ['syria']], // Astana process
    ['s004-p06', ['drones']], // White House: "hundreds" of drones
    ['s003-p05', ['syria']], // Syria-only article: drone exports in 2015 stay in its topic
    ['s003-p19', []], // Sputnik: Su-25s for Iraq, neither topic
    ['s000-p12', []], // end of a White Helmets quote
  ];
  it.each(cases)('%s is tagged %j', (id, topics) => {
    expect(passage(id)?.topics).toEqual(topics);
  });

  it('never tags a passage with a topic its article is not about', () => {
    for (const p of corpus.passages) {
      const articleTopics = sourceById(p.sourceId)?.topics ?? [];
      for (const t of p.topics) expect(articleTopics).toContain(t);
    }
  });

  it('names canonical entities whatever the spelling', () => {
    for (const id of ['s000-p03', 's001-p01', 's003-p01']) {
      expect(passage(id)?.entities).toContain('Qassem Soleimani');
    }
    expect(passage('s002-p17')?.entities).toContain('Mohammad Mokhber');
  });
});

describe('source metadata', () => {
  it('has five sources with ids in file order', () => {
    expect(corpus.sources.map((s) => s.id)).toEqual(['s000', 's001', 's002', 's003', 's004']);
    expect(corpus.sources.map((s) => s.file.slice(0, 3))).toEqual([
      '000',
      '001',
      '002',
      '003',
      '004',
    ]);
  });

  it('gives every source a date with its precision, basis and note', () => {
    for (const s of corpus.sources) {
      expect(s.published).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      const parts = s.published.split('-').length;
      expect(['year', 'month', 'day'][parts - 1]).toBe(s.publishedPrecision);
      expect(['stated', 'inferred']).toContain(s.publishedBasis);
      if (s.publishedBasis === 'inferred') expect(s.publishedPrecision).not.toBe('day');
      expect(s.publishedNote.length).toBeGreaterThan(20);
      expect(s.sourceNote.length).toBeGreaterThan(20);
      expect(s.outlet.length).toBeGreaterThan(0);
    }
  });

  it('records the stated and inferred dates checked by hand', () => {
    expect(sourceById('s004')).toMatchObject({
      published: '2022-07-12',
      publishedBasis: 'stated',
      outlet: 'Mohakeme',
    });
    expect(sourceById('s001')).toMatchObject({ published: '2018-05', publishedBasis: 'inferred' });
    expect(sourceById('s003')?.attribution).toContain('Strategic-Culture');
    expect(sourceById('s001')?.attribution).toContain('The Telegraph');
  });
});
