/**
 * The first full scan passes over, unwalked, a block the vocabulary gate rejects while no
 * context is in force, judged from its `textContent` (`lib/dom/plain-leaf.ts`): it finds what a
 * walk of every block finds, including where a block's walked text is not its `textContent`
 * and where a block may hold a shadow root (which the e2e shadow-DOM tests show in browsers).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createDocumentReader,
  type DocumentReader,
  type ReaderState,
  type TextGate,
} from '../../engine/detect-core';
import { BASE_LEXICONS } from '../../engine/lexicon/sets';
import { gateSearch } from '../../entrypoints/probe/gate-search';
import { customElementHolders, plainLeafText } from '../../lib/dom/plain-leaf';
import { createScanner, type Scanner } from '../../lib/dom/scanner';
import { FakeMutationObserver, pageOf } from './fake-dom';

const DRONES = 'Iran has supplied Russia with hundreds of Shahed-136 drones for its war.';
const SYRIA = 'Russia and Iran launched the Astana talks on Syria with Turkey.';
const FILLER = (n: number) => `The council met on day ${n} to discuss the library budget.`;

/** The probe's gate, as the detector stage tests a text. */
const search = gateSearch();
const GATE: TextGate = { test: (text) => search(text.toLowerCase()) >= 0 };

/** Readers with the gate, as the page's; `read` lists every text handed to one. */
function gatedReaders() {
  const read: string[] = [];
  const reader = (state: ReaderState | undefined): DocumentReader => {
    const inner = createDocumentReader(
      state
        ? { lexicons: BASE_LEXICONS, state, gate: GATE }
        : { lexicons: BASE_LEXICONS, headline: 'Page', gate: GATE },
    );
    return {
      read: (text, index) => (read.push(text), inner.read(text, index)),
      state: inner.state,
      quiet: inner.quiet,
    };
  };
  return { reader, read };
}

let controller: AbortController;

beforeEach(() => {
  vi.stubGlobal('MutationObserver', FakeMutationObserver);
  FakeMutationObserver.instances = [];
  controller = new AbortController();
});
afterEach(() => {
  controller.abort();
  vi.unstubAllGlobals();
});

/** Scans `doc` to the end, passing over blocks (`gate`) or walking every one. */
async function scanned(doc: Document, passOver: boolean) {
  const readers = gatedReaders();
  const scanner: Scanner = createScanner(doc, {
    reader: readers.reader,
    gate: passOver ? GATE : undefined,
    rendered: () => true,
    signal: controller.signal,
    onChange: () => {},
    mutationDelayMs: 0,
  });
  await new Promise((r) => setTimeout(r, 5));
  await scanner.idle();
  return {
    texts: scanner.mentions().map((m) => m.text),
    containers: scanner.mentions().map((m) => m.container),
    read: readers.read,
  };
}

/** What a scan that passes over blocks finds, after checking it is what walking all finds. */
async function sameAsWalked(body: string) {
  const walked = await scanned(pageOf(body), false);
  const passed = await scanned(pageOf(body), true);
  expect(passed.texts).toEqual(walked.texts);
  return passed;
}

describe('passing over blocks the gate rejects', () => {
  it('finds every mention, and hands the reader none of the rejected blocks before a context', async () => {
    const filler = (from: number) =>
      Array.from({ length: 20 }, (_, i) => `<p>${FILLER(from + i)} <em>Quietly.</em></p>`).join('');
    const body = `${filler(0)}<p>${DRONES}</p>${filler(20)}<ul><li>${SYRIA}</li></ul>${filler(40)}`;
    const walked = await scanned(pageOf(body), false);
    const passed = await sameAsWalked(body);
    expect(passed.texts).toEqual([DRONES, SYRIA]);
    // Walking, every block goes to the reader, which passes over what its gate rejects.
    expect(walked.read).toContain(`${FILLER(0)} Quietly.`);
    // Passed over: no block before the first mention is read, nor any once its context ended.
    expect(passed.read).not.toContain(`${FILLER(0)} Quietly.`);
    expect(passed.read).not.toContain(`${FILLER(59)} Quietly.`);
    expect(passed.read.length).toBeLessThan(walked.read.length / 2);
  });

  it('walks a block whose text is joined across left-out content', async () => {
    // Walked, the hidden hyphens are left out and the block reads as DRONES; its
    // `textContent` names neither Iran nor the Shahed.
    const body =
      `<p>${FILLER(1)}</p><p>Ir<span hidden>-</span>an has supplied Russia with hundreds of ` +
      `Sha<span aria-hidden="true">-</span>hed-136 drones for its war.</p>`;
    expect((await sameAsWalked(body)).texts).toEqual([DRONES]);
  });

  it('walks a block with a line break, which joins a word broken by a hyphen', async () => {
    const body = `<p>${FILLER(1)}</p><p>Ir-<br>an has supplied Russia with hundreds of drones for its war.</p>`;
    expect((await sameAsWalked(body)).texts).toEqual([
      'Ir- an has supplied Russia with hundreds of drones for its war.',
    ]);
  });

  it('walks a block with a nested block that ends in a hyphen', async () => {
    const body = `<div>The Ir-<div>${FILLER(2)}</div>an has supplied Russia with drones for its war.</div>`;
    expect((await sameAsWalked(body)).texts).toHaveLength(1);
  });

  it('walks a block that may hold a shadow root: a span hosting one, a custom element', () => {
    const doc = pageOf(
      `<p id="a">${FILLER(1)} <span id="host"></span></p><p id="b">${FILLER(2)} <fc-card></fc-card></p>` +
        `<p id="c">${FILLER(3)} <span>Plain.</span></p>`,
    );
    doc.getElementById('host')!.attachShadow({ mode: 'open' });
    const holders = customElementHolders(doc.body);
    const leaf = (id: string) => plainLeafText(doc.getElementById(id)!, holders);
    expect(leaf('a')).toBeNull();
    expect(leaf('b')).toBeNull();
    expect(leaf('c')).toBe(`${FILLER(3)} Plain.`);
  });

  it('reads on in the context a mention established, as the walk does', async () => {
    // "The two countries" is vague: only the context of the block before resolves it.
    const vague = 'The two countries deny that any drones were delivered.';
    const body = `<p>${FILLER(1)}</p><p>${DRONES}</p><p>${vague}</p><p>${FILLER(2)}</p><p>${vague}</p>`;
    const walked = await scanned(pageOf(body), false);
    const passed = await sameAsWalked(body);
    expect(passed.containers.length).toBe(walked.containers.length);
  });
});
