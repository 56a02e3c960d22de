import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectMentions, detectTopics } from '../../engine/detect';
import type { Mention, Topic } from '../../engine/types';
import { evaluate, parseLines } from '../../scripts/eval';

const FIXTURE = new URL('../fixtures/detection/en.jsonl', import.meta.url);
const { items } = parseLines(readFileSync(FIXTURE, 'utf8'));
const byId = new Map(items.map((i) => [i.id, i]));

/** The fixture line with this id (fails the test if missing). */
function fixture(id: string): { text: string; topics: Topic[] } {
  const item = byId.get(id);
  if (!item) throw new Error(`fixture ${id} missing`);
  return item;
}

describe('detectTopics on English news phrasing', () => {
  it.each([
    ['en-001', 'Iranian-made drones used by Russia'],
    ['en-002', 'kamikaze drones supplied by Tehran'],
    ['en-003', "Moscow's drone deal with Iran"],
    ['en-004', 'Tehran denies arming Russia'],
    ['en-005', 'sanctions on Iranian entities over drones for Russia'],
    ['en-008', 'the Alabuga plant alone'],
    ['en-010', 'Geran-2 alone'],
    ['en-016', 'artillery shells, no drones'],
    ['en-043', "Russia and Iran, Assad's main backers"],
    ['en-044', 'Soleimani travelled to Moscow in 2015'],
    ['en-045', 'Astana talks with Turkey, Russia and Iran'],
    ['en-046', 'Israeli strikes on Iranian targets strain ties with Moscow'],
    ['en-067', 'both topics in one sentence'],
  ])('%s (%s) gets its labelled topics', (id) => {
    const item = fixture(id);
    expect(detectTopics(item.text)).toEqual(item.topics);
  });

  it.each([
    ['en-070', "Iran's drones fired at Israel"],
    ['en-071', 'Houthi drones'],
    ['en-072', "Ukraine's own drones"],
    ['en-073', "Russia's own drones"],
    ['en-075', 'delivery drones'],
    ['en-076', 'nuclear talks that list Russia'],
    ['en-077', 'Su-35 jets sold TO Iran'],
    ['en-078', 'S-400 sold TO Iran'],
    ['en-079', 'volleyball, Russia v Iran'],
    ['en-081', 'Syria without Russia or Iran'],
    ['en-082', 'Russia alone in Syria'],
    ['en-083', 'Iran alone in Syria'],
    ['en-090', 'Houthi Shaheds'],
    ['en-098', 'joint naval drill with China'],
    ['en-100', 'football friendly'],
    ['en-104', 'Aleppo pepper in Moscow and Tehran kitchens'],
  ])('%s (%s) is left alone', (id) => {
    expect(detectTopics(fixture(id).text)).toEqual([]);
  });

  it('reads through obfuscated and typographic text', () => {
    expect(detectTopics('Ir\u0430n has supplied Russia with kamikaze drones.')).toEqual(['drones']);
    expect(detectTopics('Tehran sent the Sha\u00adhed drones to Mos\u200bcow by sea.')).toEqual([
      'drones',
    ]);
    expect(detectTopics('Russia fired Iranian Sha-\nhed drones at Kharkiv.')).toEqual(['drones']);
    expect(detectTopics('Russia\u00a0and\u00a0Iran back\u00a0Assad in Syria.')).toEqual(['syria']);
  });
});

describe('detectMentions spans', () => {
  it('highlights exactly the sentence, in original offsets, despite hidden characters', () => {
    const target =
      'Ir\u0430n has sup\u00adplied Rus\u200bsia with Sha-\nhed drones, officials said.';
    const text = `The weather was mild. ${target} Markets rose.`;
    const [m, ...rest] = detectMentions([{ text }]);
    expect(rest).toEqual([]);
    expect(m?.start).toBe(text.indexOf(target));
    expect(m?.end).toBe(text.indexOf(target) + target.length);
    expect(m?.text).toBe(target);
    expect(m?.topics).toEqual(['drones']);
    expect(m?.terms).toEqual(expect.arrayContaining(['iran', 'russia', 'shahed', 'supply']));
    expect(m?.score).toBeGreaterThan(0);
    expect(m?.score).toBeLessThanOrEqual(1);
  });

  it('spans adjacent sentences of one block when they establish the topic together', () => {
    const text = 'Russia needs more drones. Iran has agreed to sell them. Talks resume Monday.';
    const mentions = detectMentions([{ text }]);
    expect(mentions.map((m) => m.text)).toEqual([
      'Russia needs more drones. Iran has agreed to sell them.',
    ]);
  });

  it('never joins sentences across blocks', () => {
    const blocks = [
      { text: 'Russia needs more drones.' },
      { text: 'Iran has agreed to sell them.' },
    ];
    expect(detectMentions(blocks)).toEqual([]);
  });

  it('reports the block index and keeps mentions of separate blocks apart', () => {
    const blocks = [
      { text: 'Nothing here.' },
      { text: 'Russian troops fired Geran-2 drones at Odesa.' },
      { text: 'Sports results.' },
      { text: "Russia and Iran, Assad's main backers, met in Astana." },
    ];
    const mentions = detectMentions(blocks);
    expect(mentions.map((m) => [m.block, m.topics])).toEqual([
      [1, ['drones']],
      [3, ['syria']],
    ]);
    for (const m of mentions) expect(blocks[m.block]?.text.slice(m.start, m.end)).toBe(m.text);
  });

  it('returns sorted, non-overlapping mentions when windows overlap', () => {
    const text =
      'In Syria, the two countries fought the same enemies. Russia bombed from the air while Iran sent militias. ' +
      'Now Iran has supplied Russia with drones. Unrelated closing line.';
    const mentions: Mention[] = detectMentions([{ text }]);
    expect(mentions.length).toBeGreaterThan(0);
    for (let i = 1; i < mentions.length; i++) {
      expect(mentions[i]!.start).toBeGreaterThanOrEqual(mentions[i - 1]!.end);
    }
    const topics = new Set(mentions.flatMap((m) => m.topics));
    expect([...topics].sort()).toEqual(['drones', 'syria']);
  });
});

describe('quality on the English fixture set', () => {
  it('meets precision >= 0.95 and recall >= 0.92 per topic', () => {
    expect(items.length).toBeGreaterThanOrEqual(120);
    const { report } = evaluate(items, (text) => detectTopics(text));
    for (const topic of ['drones', 'syria'] as const) {
      expect(report.perTopic[topic].precision).toBeGreaterThanOrEqual(0.95);
      expect(report.perTopic[topic].recall).toBeGreaterThanOrEqual(0.92);
    }
  });
});
