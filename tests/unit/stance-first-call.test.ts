/**
 * The first stance after a background start (the first hover's framing line) reads the cue
 * matcher compiled at build time: it compiles no cue lexicon. A spy on the compiler tells.
 */
import { describe, expect, it, vi } from 'vitest';

const compiler = vi.hoisted(() => ({ calls: 0 }));

vi.mock('../../engine/lexicon/compile', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../engine/lexicon/compile')>();
  return {
    ...real,
    compileLexicons: (...args: Parameters<typeof real.compileLexicons>) => {
      compiler.calls++;
      return real.compileLexicons(...args);
    },
  };
});

const { stanceOf } = await import('../../engine/stance');
const { compileStanceCues } = await import('../../engine/stance/compile-cues');

describe('the first stance of a process', () => {
  it('reads the generated cue matcher and compiles nothing, in every language', () => {
    expect(
      stanceOf("Iran's foreign ministry denied that Tehran had supplied any drones to Russia."),
    ).toEqual({ stance: 'denied', speaker: "Iran's foreign ministry" });
    expect(stanceOf('По словам Пескова, Россия не использует иранские дроны.').stance).toBe(
      'denied',
    );
    expect(stanceOf('ذكرت تقارير أن إيران ربما أرسلت طائرات مسيرة.').stance).toBe('hedged');
    expect(compiler.calls).toBe(0);
  });

  it('would show a compile (the spy sees one)', () => {
    const before = compiler.calls;
    compileStanceCues();
    expect(compiler.calls).toBe(before + 1);
  });
});
