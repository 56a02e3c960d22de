import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  createDocumentReader,
  DEFAULT_LEXICONS,
  detectMentions,
  detectTopics,
  sameReaderState,
} from '../../engine/detect';
import { topicGate } from '../../entrypoints/probe/gate';
import { LONG_SENTENCE_CHARS, SENTENCE_PIECE_CHARS } from '../../engine/text/sentences';
import type { Mention, Topic } from '../../engine/types';
import { evaluate, parseLines } from '../../scripts/eval';

const FIXTURE = new URL('../fixtures/detection/en.jsonl', import.meta.url);
const { items } = parseLines(readFileSync(FIXTURE, 'utf8'));
/** Written before the rules were read, in varied news styles (see its `note` fields). */
const HELDOUT = new URL('../fixtures/detection/heldout-en.jsonl', import.meta.url);
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

  it('in a block with no sentence end, is the few hundred characters around its terms', () => {
    const filler = 'and the weather stayed mild while markets were calm across the region ';
    const claim = 'Iran keeps sending Shahed drones to Russia for the war in Ukraine';
    const text = `${filler.repeat(60)}${claim} ${filler.repeat(60)}`;
    const mentions = detectMentions([{ text }]);
    expect(mentions).toHaveLength(1);
    const [m] = mentions;
    expect(m!.topics).toEqual(['drones']);
    expect(m!.text).toContain(claim);
    expect(m!.text.length).toBeLessThanOrEqual(3 * SENTENCE_PIECE_CHARS);
    expect(text.slice(m!.start, m!.end)).toBe(m!.text);
  });

  it('leaves a long real sentence whole', () => {
    const text =
      'Iran, which has denied sending weapons for use in Ukraine, ' +
      'a position repeated by its foreign ministry, its envoy at the United Nations and state television, '.repeat(
        6,
      ) +
      'has in fact supplied Russia with hundreds of Shahed drones, officials said.';
    expect(text.length).toBeGreaterThan(600);
    expect(text.length).toBeLessThanOrEqual(LONG_SENTENCE_CHARS);
    expect(detectMentions([{ text }]).map((m) => m.text)).toEqual([text]);
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

/** Each row: a phrasing class, then passages with the topics they should (not) get. */
const CLASSES: [string, [string, Topic[]][]][] = [
  [
    'across sentences, only an explicit transfer or a linked weapon joins Iran, Russia and arms',
    [
      [
        'Russia and Iran signed a long-term gas deal. In the south of Ukraine, drones hit a fuel depot near Kherson overnight.',
        [],
      ],
      [
        'Russian oil exports to Iran rose sharply, traders said. Ukraine keeps targeting Russian ports with drones.',
        [],
      ],
      [
        "Iran has been supplying Russia since 2022, officials say. The drones have been used against Ukraine's power grid.",
        ['drones'],
      ],
      [
        'Moscow signed a contract with Tehran last year. The drones it covers are designed in Iran and assembled near Kazan.',
        ['drones'],
      ],
    ],
  ],
  [
    'arms handed TO Iran run the wrong way',
    [
      ['Russia has agreed to sell weapons to Iran, a senior official said.', []],
      [
        'Russia is helping Iran rebuild its air defences, delivering radar and electronic warfare equipment.',
        [],
      ],
      ['Iran has agreed to sell weapons to Russia, a senior official said.', ['drones']],
      ['Tehran is supplying Moscow with artillery shells.', ['drones']],
      [
        'Russian officers were sent to Iran to train on the drones before the first deliveries.',
        ['drones'],
      ],
    ],
  ],
  [
    "Iran's drones over Israel or the Red Sea need Ukraine or an explicit transfer",
    [
      [
        "Houthi rebels attacked a Russian-flagged tanker with a drone, the ship's operator said.",
        [],
      ],
      [
        'The US shot down Iranian-made drones launched by the Houthis at ships in the Red Sea, as Russia called for restraint.',
        [],
      ],
      [
        'Iran, which fired hundreds of drones at Israel in April, has also supplied thousands to Russia.',
        ['drones'],
      ],
    ],
  ],
  [
    "Ukraine's own drones are not the topic's drones",
    [
      [
        "Oil production in Iran rose last month, while Russia's output fell after Ukrainian drone strikes on its refineries.",
        [],
      ],
      ["Ukraine's drones hit an airfield where Russia stores Iranian-made Shaheds.", ['drones']],
    ],
  ],
  [
    "a list of states is not the alliance in Syria; arms in Syria's war went to Assad",
    [
      [
        'The Treasury sanctioned firms in Iran, Russia, North Korea and Syria under the same statute.',
        [],
      ],
      ['China, Russia and Iran have all backed Assad at the United Nations.', ['syria']],
      [
        "Syria's two main backers, Russia and Iran, poured money, weapons and fighters into keeping Assad in power.",
        ['syria'],
      ],
    ],
  ],
  [
    'vocabulary: suppliers, "armed", relationship words, Ukrainian regions, "ship" as a verb',
    [
      [
        "Iran has become one of Moscow's main suppliers of military hardware, U.S. officials say.",
        ['drones'],
      ],
      ['The Islamic Republic insists it has not armed the Kremlin for the war.', ['drones']],
      ["Iran's armed forces chief met his Russian counterpart in Moscow.", []],
      [
        'Air defences downed 40 of 45 Shahed-type drones over the Mykolaiv and Sumy regions.',
        ['drones'],
      ],
      [
        'As Russia ran short of munitions, Moscow and Tehran drew ever closer, above all through kamikaze drones.',
        ['drones'],
      ],
      [
        'Iran was getting ready to ship Russia several hundred drones, Washington said.',
        ['drones'],
      ],
    ],
  ],
];

describe('phrasing classes the rules generalize over', () => {
  for (const [name, cases] of CLASSES) {
    it(name, () => {
      for (const [text, topics] of cases)
        expect([text, detectTopics(text)]).toEqual([text, topics]);
    });
  }
});

describe('quality on the held-out English set', () => {
  it('meets precision >= 0.95 and recall >= 0.92 per topic', () => {
    const heldout = parseLines(readFileSync(HELDOUT, 'utf8')).items;
    expect(heldout.length).toBeGreaterThanOrEqual(120);
    const { report } = evaluate(heldout, (text) => detectTopics(text));
    for (const topic of ['drones', 'syria'] as const) {
      expect(report.perTopic[topic].precision).toBeGreaterThanOrEqual(0.95);
      expect(report.perTopic[topic].recall).toBeGreaterThanOrEqual(0.92);
    }
  });
});

describe('a document reader with the vocabulary gate', () => {
  const gate = topicGate(DEFAULT_LEXICONS);
  /** Every fixture line as a block of one long document, headline first. */
  const lines = readdirSync(new URL('../fixtures/detection/', import.meta.url))
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap(
      (f) =>
        parseLines(readFileSync(new URL(`../fixtures/detection/${f}`, import.meta.url), 'utf8'))
          .items,
    )
    .map((i) => i.text);
  const filler = 'The council met on Tuesday to discuss the library budget.';
  /** Fixture lines with off-topic blocks between, so the context comes and goes. */
  const blocks = lines.flatMap((text, i) =>
    i % 3 ? [text] : [text, filler, filler, filler, filler, filler],
  );

  const readAll = (options: Parameters<typeof createDocumentReader>[0]) => {
    const reader = createDocumentReader(options);
    const out: Array<[number, string, string[]]> = [];
    blocks.forEach((text, i) => {
      for (const m of reader.read(text, i)) out.push([i, m.text, m.topics]);
    });
    return { out, state: reader.state() };
  };

  it('finds exactly what it finds without the gate, context included', () => {
    for (const headline of ['Council news', 'Iran and Russia deepen their military ties']) {
      const plain = readAll({ headline });
      const gated = readAll({ headline, gate });
      expect(gated.out.length).toBeGreaterThan(100);
      expect(gated.out).toEqual(plain.out);
      expect(sameReaderState(gated.state, plain.state)).toBe(true);
    }
  });

  it('passes over, unread, a block the gate rejects while no context is in force', () => {
    const tested: string[] = [];
    const spy = { test: (text: string) => (tested.push(text), gate.test(text)) };
    const reader = createDocumentReader({ headline: 'Council news', gate: spy });
    expect(reader.quiet()).toBe(true);
    reader.read(filler);
    reader.read('Iran and Russia signed a treaty.');
    expect(reader.quiet()).toBe(false);
    reader.read(filler);
    // The title and the first two blocks were gated; the third is read in context.
    expect(tested).toEqual(['Council news', filler, 'Iran and Russia signed a treaty.']);
  });

  it('keeps a context for the four blocks after the one that set it, then drops it', () => {
    const vague = 'The two countries deny sending drones.';
    for (const before of [0, 1, 3, 6]) {
      for (const after of [3, 4, 5, 9]) {
        const reader = createDocumentReader({ headline: 'Council news', gate });
        for (let i = 0; i < before; i++) reader.read(filler);
        reader.read('Iran and Russia signed a treaty.');
        for (let i = 0; i < after; i++) reader.read(filler);
        const found = reader.read(vague).map((m) => m.topics);
        expect([before, after, found]).toEqual([before, after, after < 4 ? [['drones']] : []]);
      }
    }
  });

  it('hands out states that stay as they were while it reads on', () => {
    const reader = createDocumentReader({ headline: 'Council news', gate });
    const states = [reader.state()];
    for (const text of [filler, 'Iran and Russia signed a treaty.', filler, filler]) {
      reader.read(text);
      states.push(reader.state());
    }
    for (let i = 0; i < 5; i++) reader.read(filler);
    expect(states.map((s) => s.recent)).toEqual([[], [0], [0, 1], [0, 1, 0], [0, 1, 0, 0]]);
    expect(reader.state().recent).toEqual([0, 0, 0, 0]);
  });

  it('compares states by what they establish, not by how many blocks led to them', () => {
    expect(sameReaderState({ headline: 0, recent: [0, 0, 1] }, { headline: 0, recent: [1] })).toBe(
      true,
    );
    expect(sameReaderState({ headline: 0, recent: [1, 0] }, { headline: 0, recent: [1] })).toBe(
      false,
    );
    expect(sameReaderState({ headline: 1, recent: [] }, { headline: 0, recent: [] })).toBe(false);
  });
});
