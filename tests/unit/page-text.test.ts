/**
 * The probe's reading of a frame's text before any detector (`entrypoints/probe/page-text.ts`):
 * a large page's text in pieces, and the gate over them as over one text.
 */
import { describe, expect, it } from 'vitest';
import { gateSearch } from '../../entrypoints/probe/gate-search';
import { gatePass, textPieces } from '../../entrypoints/probe/page-text';
import { timeSlice, type TimeSlice } from '../../lib/dom/slices';
import { pageOf } from './fake-dom';

const gate = gateSearch();

describe('textPieces', () => {
  it('joins to the text of the whole subtree, in document order', () => {
    const doc = pageOf(
      'Lead <main><article><section><div><p>Deep <b>bold</b> text</p></div>tail</section>' +
        '<p>Second</p></article></main><footer>End</footer>',
    );
    const pieces = [...textPieces(doc.body)];
    expect(pieces.join('')).toBe(doc.body.textContent);
    expect(pieces.length).toBeGreaterThan(3);
    // Below four levels a subtree is one piece.
    expect(pieces).toContain('Deep bold text');
  });
});

describe('gatePass', () => {
  const pass = (pieces: string[]) => gatePass(gate, pieces, timeSlice());

  it('finds a gate word cut across pieces and across its steps', async () => {
    expect(await pass(['The news from Ir', 'an today.'])).toContain('Iran');
    const long = 'x'.repeat(100_000 - 2);
    expect(await pass([`${long}Teh`, 'ran'])).toContain('Tehran');
    expect(await pass([`${long}Teh`.repeat(3), 'ran'])).toContain('Tehran');
  });

  it('is null when the gate passes nowhere', async () => {
    expect(await pass(['Council news.', ' '.repeat(250_000), 'Weather.'])).toBeNull();
  });

  it('returns the text around the first gate word, for the stage’s letters', async () => {
    const sample = await pass(['a'.repeat(5_000), 'איראן שלחה', 'b'.repeat(5_000), ' Iran']);
    expect(sample).toContain('איראן');
    expect(sample!.length).toBeLessThanOrEqual(4_000);
  });

  it('gives the page its thread back over many small pieces, not only over long text', async () => {
    let pauses = 0;
    const spent: TimeSlice = { due: () => true, pause: async () => void pauses++, restart() {} };
    // 20k short text nodes: far less text than one gate step, still a long walk.
    const pieces = Array.from({ length: 20_000 }, (_, i) => `Item ${i}. `);
    expect(await gatePass(gate, pieces, spent)).toBeNull();
    expect(pauses).toBeGreaterThan(10);
    expect(await gatePass(gate, [...pieces, 'Tehran said.'], spent)).toContain('Tehran');
  });

  it('asks whether the slice is spent before every piece: one piece can be a whole subtree', async () => {
    let sinceCheck = 0;
    let most = 0;
    // Spent once a few pieces were read since the last pause (as big pieces would spend it).
    const slice: TimeSlice = {
      due: () => sinceCheck >= 3,
      pause: async () => void (sinceCheck = 0),
      restart() {},
    };
    function* pieces(): Generator<string> {
      for (let i = 0; i < 2_000; i++) {
        most = Math.max(most, ++sinceCheck);
        yield `Block ${i}. `;
      }
    }
    expect(await gatePass(gate, pieces(), slice)).toBeNull();
    expect(most).toBeLessThanOrEqual(3);
  });
});
