/**
 * The probe's reading of a frame with its detector stage
 * (`entrypoints/probe-detector/first-mention.ts`): what it reads, where it stops, and what it
 * hands the page UI.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDocumentReader, type ReaderOptions } from '../../engine/detect-core';
import { BASE_LEXICONS } from '../../engine/lexicon/sets';
import { firstMention } from '../../entrypoints/probe-detector/first-mention';
import { topicGate } from '../../entrypoints/probe/gate';
import { DEFAULT_LEXICONS } from '../../engine/detect';
import { timeSlice } from '../../lib/dom/slices';
import { pageOf } from './fake-dom';

const gate = topicGate(DEFAULT_LEXICONS);
const DRONES = 'Iran has supplied Russia with hundreds of Shahed-136 drones for its war.';
const FILLER = (n: number) => `The council met on day ${n} to discuss the library budget.`;

/** The reading over the base stage, with every reader it made and every text they read. */
function reading(doc: Document) {
  vi.stubGlobal('document', doc);
  const readers: Array<Omit<ReaderOptions, 'lexicons'>> = [];
  const read: string[] = [];
  const first = firstMention(
    (options) => {
      readers.push(options);
      const inner = createDocumentReader({ ...options, lexicons: BASE_LEXICONS });
      return { ...inner, read: (text, i) => (read.push(text), inner.read(text, i)) };
    },
    { gate, slice: timeSlice(), onShadowRoot: () => {} },
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
});
