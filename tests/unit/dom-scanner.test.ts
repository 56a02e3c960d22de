/**
 * The page UI's scanner (`lib/dom/scanner.ts`) on a DOM without layout: what it tracks, what
 * it asks of style, what it reads again after the probe, and what a mutation batch rescans.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDocumentReader, type DocumentReader } from '../../engine/detect-core';
import type { ReaderState } from '../../engine/detect-core';
import { BASE_LEXICONS } from '../../engine/lexicon/sets';
import { stageMatcherData } from '../../engine/lexicon/stage-matchers';
import { stageWith } from '../../entrypoints/probe-detector/stage';
import type { BlockReading } from '../../lib/dom/first-reading';
import { createScanner, type Scanner, type ScannerOptions } from '../../lib/dom/scanner';
import { timeSlice } from '../../lib/dom/slices';
import { FakeMutationObserver, pageOf, record } from './fake-dom';

const DRONES = 'Iran has supplied Russia with hundreds of Shahed-136 drones for its war.';
const SYRIA = 'Russia and Iran launched the Astana talks on Syria with Turkey.';
const FILLER = (n: number) => `The council met on day ${n} to discuss the library budget.`;

/** A reader that records every text it reads (the blocks the detector ran on). */
function countingReader() {
  const read: string[] = [];
  const reader = (state: ReaderState | undefined): DocumentReader => {
    const inner = createDocumentReader(
      state ? { lexicons: BASE_LEXICONS, state } : { lexicons: BASE_LEXICONS, headline: 'Page' },
    );
    return {
      read: (text, index) => {
        read.push(text);
        return inner.read(text, index);
      },
      state: inner.state,
      quiet: inner.quiet,
    };
  };
  return { reader, read };
}

let controller: AbortController;

function scan(doc: Document, options: Partial<ScannerOptions> = {}): Scanner {
  return createScanner(doc, {
    reader: countingReader().reader,
    rendered: () => true,
    signal: controller.signal,
    onChange: () => {},
    mutationDelayMs: 0,
    ...options,
  });
}

/** Waits for the scan to start (a later task) and finish. */
async function settled(scanner: Scanner) {
  await new Promise((r) => setTimeout(r, 5));
  await scanner.idle();
}

const texts = (scanner: Scanner) => scanner.mentions().map((m) => m.text);

beforeEach(() => {
  vi.stubGlobal('MutationObserver', FakeMutationObserver);
  FakeMutationObserver.instances = [];
  controller = new AbortController();
});
afterEach(() => {
  controller.abort();
  vi.unstubAllGlobals();
});

describe('the full scan', () => {
  it('tracks each on-topic sentence with a range over its text', async () => {
    const doc = pageOf(
      `<p>${FILLER(1)}</p><p id="d">Reporting. ${DRONES}</p><ul><li>${SYRIA}</li></ul>`,
    );
    const scanner = scan(doc);
    await settled(scanner);
    expect(texts(scanner)).toEqual([DRONES, SYRIA]);
    const [drones] = scanner.mentions();
    const node = doc.getElementById('d')!.firstChild as Text;
    expect(drones!.range.startContainer).toBe(node);
    expect(node.data.slice(drones!.range.startOffset, drones!.range.endOffset)).toBe(DRONES);
    expect(drones!.topics).toEqual(['drones']);
  });

  it('asks whether text is rendered only of the text mentions cover, and leaves hidden ones out', async () => {
    const filler = Array.from({ length: 50 }, (_, i) => `<p>${FILLER(i)}</p>`).join('');
    const doc = pageOf(
      `${filler}<p class="gone">${DRONES}</p><p>Shown. <em>${SYRIA}</em></p>${filler}`,
    );
    const asked: Element[] = [];
    const scanner = scan(doc, {
      rendered: (el) => {
        asked.push(el);
        return !el.classList.contains('gone');
      },
    });
    await settled(scanner);
    expect(texts(scanner)).toEqual([SYRIA]);
    expect(asked.map((el) => el.tagName)).toEqual(['P', 'EM']);
  });
});

describe('what the probe read', () => {
  /** The probe's reading of `doc` with the base stage, until its first mention. */
  async function probeReading(doc: Document) {
    vi.stubGlobal('document', doc);
    const gate = /iran|tehran|shahed|astana/i;
    const first = stageWith(stageMatcherData(1)).firstMention({
      gate,
      slice: timeSlice(),
      onShadowRoot: () => {},
    });
    expect(await first.readUntilMention(doc.body)).toBe(true);
    return first.reading();
  }

  const page = () =>
    pageOf(
      `<p>${FILLER(1)}</p><p>Iran's budget grew.</p><p>Reporting. ${DRONES}</p>` +
        `<p>${FILLER(2)}</p><p>${SYRIA}</p>`,
      'Council news',
    );

  it('is not read again: the scanner reads on from the probe’s first mention', async () => {
    const doc = page();
    const reading = await probeReading(doc);
    const probeRead = [...reading.blocks.values()].map((b) => b.text);
    expect(probeRead).toEqual(["Iran's budget grew.", `Reporting. ${DRONES}`]);

    const counted = countingReader();
    const scanner = scan(doc, {
      reader: (state) => {
        // The probe's reader, counted.
        const inner = reading.reader(state);
        return {
          read: (text, i) => (counted.read.push(text), inner.read(text, i)),
          state: inner.state,
          quiet: inner.quiet,
        };
      },
      prior: reading.blocks,
    });
    await settled(scanner);
    expect(texts(scanner)).toEqual([DRONES, SYRIA]);
    for (const text of probeRead) expect(counted.read).not.toContain(text);
    expect(counted.read).toContain(SYRIA);
    // Used once: the hand-over is emptied after the first full scan.
    expect(reading.blocks.size).toBe(0);
  });

  it('finds what a scanner without it finds', async () => {
    const doc = page();
    const alone = scan(doc);
    await settled(alone);
    const withPrior = scan(doc, { prior: (await probeReading(doc)).blocks });
    await settled(withPrior);
    expect(texts(withPrior)).toEqual(texts(alone));
  });

  it('is read again where the page changed since the probe read it', async () => {
    const doc = page();
    const reading = await probeReading(doc);
    const lead = [...doc.querySelectorAll('p')][2]!;
    lead.textContent = `Update. ${SYRIA}`;
    const counted = countingReader();
    const scanner = scan(doc, { reader: counted.reader, prior: reading.blocks });
    await settled(scanner);
    expect(counted.read).toContain(`Update. ${SYRIA}`);
    expect(texts(scanner)).toEqual([SYRIA, SYRIA]);
  });

  it('is not taken for a block reached in another context', async () => {
    const doc = page();
    const reading = await probeReading(doc);
    const stale = new Map<Node, BlockReading>();
    for (const [container, b] of reading.blocks) {
      stale.set(container, { ...b, before: { headline: 1, recent: [] } });
    }
    const counted = countingReader();
    const scanner = scan(doc, { reader: counted.reader, prior: stale });
    await settled(scanner);
    expect(counted.read).toContain(`Reporting. ${DRONES}`);
  });
});

describe('rescans after mutations', () => {
  it('reads only the blocks a batch touched, and keeps the ids of unchanged mentions', async () => {
    const doc = pageOf(`<p id="a">${DRONES}</p><p id="b">${FILLER(1)}</p><p id="c">${SYRIA}</p>`);
    const counted = countingReader();
    const scanner = scan(doc, { reader: counted.reader });
    await settled(scanner);
    const ids = new Map(scanner.mentions().map((m) => [m.text, m.id]));
    counted.read.length = 0;

    const b = doc.getElementById('b')!.firstChild as Text;
    b.data = `Reporting later. ${DRONES}`;
    FakeMutationObserver.deliver([record('characterData', b)]);
    await new Promise((r) => setTimeout(r, 20));
    await scanner.idle();

    expect(counted.read).toEqual([`Reporting later. ${DRONES}`]);
    expect(texts(scanner)).toEqual([DRONES, SYRIA, DRONES]);
    expect(scanner.byId(ids.get(SYRIA)!)?.text).toBe(SYRIA);
    expect(scanner.byId(ids.get(DRONES)!)?.container).toBe(doc.getElementById('a'));
  });

  it('drops the mentions of text the page removed', async () => {
    const doc = pageOf(`<p id="a">${DRONES}</p><p id="c">${SYRIA}</p>`);
    const changes: number[] = [];
    const scanner = scan(doc, { onChange: () => changes.push(scanner.mentions().length) });
    await settled(scanner);
    const a = doc.getElementById('a')!;
    a.remove();
    FakeMutationObserver.deliver([record('childList', doc.body, [], [a])]);
    await new Promise((r) => setTimeout(r, 20));
    await scanner.idle();
    expect(texts(scanner)).toEqual([SYRIA]);
    expect(changes.at(-1)).toBe(1);
  });

  it('reads a batch’s blocks on a task after the one that planned it', async () => {
    const doc = pageOf(`<p id="a">${DRONES}</p><p id="c">${SYRIA}</p>`);
    const events: string[] = [];
    const counted = countingReader();
    // Only what follows the mutation is recorded: a page task queued by the first scan's
    // changes may still be pending when the scan settles.
    let recording = false;
    const scanner = scan(doc, {
      reader: (state) => {
        if (recording) events.push('read');
        return counted.reader(state);
      },
      // Planning the batch drops the removed mention: the change is flushed as it ends.
      onChange: () => {
        if (!recording) return;
        events.push('planned');
        setTimeout(() => events.push('page task'), 0);
      },
    });
    await settled(scanner);
    recording = true;
    const a = doc.getElementById('a')!;
    a.remove();
    const added = doc.createElement('p');
    added.textContent = `Reporting later. ${DRONES}`;
    doc.body.append(added);
    FakeMutationObserver.deliver([record('childList', doc.body, [added], [a])]);
    await new Promise((r) => setTimeout(r, 20));
    await scanner.idle();
    expect(texts(scanner)).toEqual([SYRIA, DRONES]);
    // The page had a task between the planning and the reading.
    expect(events.indexOf('page task')).toBeGreaterThan(events.indexOf('planned'));
    expect(events.indexOf('read')).toBeGreaterThan(events.indexOf('page task'));
  });
});
