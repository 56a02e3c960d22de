/**
 * A hedged framing carries the words that hedged it, as the text writes them: what the popover
 * quotes ("The page hedges this (“reportedly”)"), read by the same rules that chose the stance.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { combineFramings, stanceOf } from '../../engine/stance';
import { parseStanceLines } from '../../scripts/eval-stance/metrics';

const ROOT = join(import.meta.dirname, '../..');
const dev = parseStanceLines(readFileSync(join(ROOT, 'tests/fixtures/stance/dev.jsonl'), 'utf8'));

describe('the hedge of a framing', () => {
  it('is the hedge word or phrase as written, in every script', () => {
    expect(stanceOf('Iranian instructors were reportedly training Russian crews.')).toEqual({
      stance: 'hedged',
      speaker: null,
      hedge: 'reportedly',
    });
    expect(stanceOf('The drones are believed to have come from Iran.').hedge).toBe('are believed');
    expect(stanceOf('Iran soll Drohnen an Russland geliefert haben.').hedge).toBe('soll');
    expect(stanceOf('Иран якобы поставил дроны России.').hedge).toBe('якобы');
    expect(stanceOf('ربما أرسلت إيران طائرات مسيرة إلى روسيا.').hedge).toBe('ربما');
    // Persian writes the half-space; the span keeps it.
    expect(stanceOf('گفته می\u200cشود ایران پهپاد به روسیه فرستاده است.').hedge).toBe(
      'گفته می\u200cشود',
    );
  });

  it('is the hedging verb of an unattributed report ("the reported transfer")', () => {
    expect(stanceOf('The reported transfer of drones to Russia went ahead in August.')).toEqual({
      stance: 'hedged',
      speaker: null,
      hedge: 'reported',
    });
  });

  it('is absent when no word hedged, and on every framing that is not hedged', () => {
    expect(stanceOf('Reports say Iran sent drones to Russia.')).toEqual({
      stance: 'hedged',
      speaker: null,
    });
    expect(stanceOf('Iran allegedly sent drones to Russia, US officials said.')).toEqual({
      stance: 'attributed',
      speaker: 'US officials',
    });
    expect('hedge' in stanceOf('Iran has supplied Russia with drones.')).toBe(false);
  });

  it('comes from the sentence that gave a longer text its framing', () => {
    expect(
      stanceOf('Iran sent drones. The shipments were reportedly paid in gold. Officials may know.'),
    ).toEqual({ stance: 'hedged', speaker: null, hedge: 'reportedly' });
    expect(
      combineFramings([
        { stance: 'hedged', speaker: null, hedge: 'allegedly' },
        { stance: 'denied', speaker: 'Tehran' },
      ]),
    ).toEqual({ stance: 'denied', speaker: 'Tehran' });
  });

  it('quotes the text on every labelled sentence, and only on hedged ones', () => {
    let quoted = 0;
    for (const item of dev.items) {
      const f = stanceOf(item.text);
      if (f.hedge === undefined) continue;
      expect(f.stance, item.id).toBe('hedged');
      expect(item.text, item.id).toContain(f.hedge);
      expect(f.hedge.trim(), item.id).not.toBe('');
      quoted++;
    }
    expect(quoted).toBeGreaterThanOrEqual(20);
  });
});
