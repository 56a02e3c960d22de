/**
 * The probe's reading of a frame with its detector stage
 * (`entrypoints/probe-detector/first-mention.ts`): what it reads, where it stops, and what it
 * hands the page UI.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDocumentReader, type ReaderOptions } from '../../engine/detect-core';
import { compileLexicons, compileSteps } from '../../engine/lexicon/compile';
import { BASE_LEXICONS } from '../../engine/lexicon/sets';
import { firstMention } from '../../entrypoints/probe-detector/first-mention';
import { topicGate } from '../../entrypoints/probe/gate';
import { DEFAULT_LEXICONS } from '../../engine/detect';
import { timeSlice, type TimeSlice } from '../../lib/dom/slices';
import { pageOf } from './fake-dom';

const gate = topicGate(DEFAULT_LEXICONS);
const DRONES = 'Iran has supplied Russia with hundreds of Shahed-136 drones for its war.';
const FILLER = (n: number) => `The council met on day ${n} to discuss the library budget.`;

/** The reading over the base stage, with every reader it made and every text they read. */
function reading(doc: Document, lexicons = BASE_LEXICONS, slice: TimeSlice = timeSlice()) {
  vi.stubGlobal('document', doc);
  const readers: Array<Omit<ReaderOptions, 'lexicons'>> = [];
  const read: string[] = [];
  const first = firstMention(
    (options) => {
      readers.push(options);
      const inner = createDocumentReader({ ...options, lexicons });
      return { ...inner, read: (text, i) => (read.push(text), inner.read(text, i)) };
    },
    function* () {
      yield* compileSteps(lexicons);
    },
    { gate, slice, onShadowRoot: () => {} },
  );
  return { first, readers, read };
}

afterEach(() => vi.unstubAllGlobals());

describe('the probe’s first reading', () => {
  it('reads the blocks the gate lets through, up to the first mention, and stops there', async () => {
    const doc = pageOf(
      `<p>${FILLER(1)}</p><p>Iran's budget grew.</p><p>${FILLER(2)}</p>` +
        `<p>Reporting. ${DRONES}</p><p>Iran later sent more.</p><p>${DRONES}</p>`,
      'Council news',
    );
    const { first, read } = reading(doc);
    expect(await first.readUntilMention(doc.body)).toBe(true);
    expect(read).toEqual(["Iran's budget grew.", `Reporting. ${DRONES}`]);
    const blocks = first.reading().blocks;
    expect([...blocks.values()].map((b) => [b.text, b.mentions.map((m) => m.text)])).toEqual([
      ["Iran's budget grew.", []],
      [`Reporting. ${DRONES}`, [DRONES]],
    ]);
  });

  it('makes no reader while nothing the gate knows is in the text', async () => {
    const doc = pageOf(`<p>${FILLER(1)}</p><p>Russia launched drones at Kyiv.</p>`, 'News');
    const { first, readers } = reading(doc);
    expect(await first.readUntilMention(doc.body)).toBe(false);
    expect(readers).toEqual([]);
    expect(first.reading().blocks.size).toBe(0);
  });

  it('reads every block once the title names Iran and Russia, and finds what it resolves', async () => {
    const doc = pageOf(
      `<p>${FILLER(1)}</p><p>The two countries deny any transfer of weapons for the war.</p>`,
      'Iran and Russia deepen their military ties',
    );
    const { first, read } = reading(doc);
    expect(await first.readUntilMention(doc.body)).toBe(true);
    expect(read).toEqual([
      FILLER(1),
      'The two countries deny any transfer of weapons for the war.',
    ]);
  });

  it('hands on the reader it read with, resuming where a block was read', async () => {
    const doc = pageOf(`<p>Iran and Russia signed a deal.</p><p>Reporting. ${DRONES}</p>`);
    const { first, readers } = reading(doc);
    await first.readUntilMention(doc.body);
    const handed = first.reading();
    const [, second] = [...handed.blocks.values()];
    const resumed = handed.reader(second!.after);
    expect(resumed.state()).toEqual(second!.after);
    expect(readers.at(-1)).toMatchObject({ state: second!.after, gate });
    // Without a state, from the page title, as the probe began.
    handed.reader();
    expect(readers.at(-1)).toEqual({ headline: 'Page', gate });
  });

  it('gives the page its thread back while it compiles the lexicons, before it reads', async () => {
    const doc = pageOf(`<p>Reporting. ${DRONES}</p>`, 'News');
    // Lexicons not compiled yet (a new list), and a slice that is always spent: every step of
    // the compile that can pause does.
    let pausesBeforeReading = 0;
    const slice: TimeSlice = {
      due: () => true,
      pause: async () => {
        if (read.length === 0) pausesBeforeReading++;
      },
      restart: () => {},
    };
    const { first, read } = reading(doc, [...BASE_LEXICONS], slice);
    expect(await first.readUntilMention(doc.body)).toBe(true);
    // The compile is hundreds of short steps; the reading still finds the mention.
    expect(pausesBeforeReading).toBeGreaterThan(100);
    expect(read).toEqual([`Reporting. ${DRONES}`]);
  });
});

describe('compiling lexicons in steps', () => {
  it('builds the same tables as compiling at once, in many steps', () => {
    const steps = compileSteps(BASE_LEXICONS);
    let count = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) count++;
    // A step per form and per lexicon, and the word filter over their tokens in steps too.
    let forms = 0;
    for (const lex of BASE_LEXICONS) {
      for (const [, list] of lex.terms) forms += list.split(/[;|]/).length;
    }
    expect(count).toBeGreaterThan(forms + BASE_LEXICONS.length + 10);
    expect(step.value).toEqual(compileLexicons(BASE_LEXICONS));
  });
});
