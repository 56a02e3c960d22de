/**
 * Painting mentions with the CSS Custom Highlight API (`lib/dom/highlights.ts`), against a
 * registry that behaves like the browser's: all of them at once, or only what a scan changed.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Topic } from '../../engine/types';
import {
  clearHighlights,
  HIGHLIGHT_NAMES,
  paintChanges,
  paintHighlights,
  type Paintable,
} from '../../lib/dom/highlights';

/** The browser's `Highlight`: a set of ranges; counts what is added to any of them. */
let adds = 0;
class FakeHighlight extends Set<Range> {
  priority = 0;
  override add(range: Range) {
    adds++;
    return super.add(range);
  }
}

let registry: Map<string, FakeHighlight>;
const ON: Record<Topic, boolean> = { drones: true, syria: true };

const mention = (...topics: Topic[]): Paintable => ({ range: {} as Range, topics });
/** What the registry shows: name → how many ranges. */
const shown = () => Object.fromEntries([...registry].map(([name, h]) => [name, h.size]));

beforeEach(() => {
  registry = new Map();
  adds = 0;
  vi.stubGlobal('CSS', { highlights: registry });
  vi.stubGlobal('Highlight', FakeHighlight);
});
afterEach(() => {
  clearHighlights();
  vi.unstubAllGlobals();
});

describe('painting what a scan changed', () => {
  it('adds and removes just those mentions, each under its topic', () => {
    const a = mention('drones');
    const b = mention('syria');
    const c = mention('drones', 'syria');
    paintChanges([a, b, c], [], ON);
    expect(shown()).toEqual({
      [HIGHLIGHT_NAMES.drones]: 1,
      [HIGHLIGHT_NAMES.syria]: 1,
      [HIGHLIGHT_NAMES.both]: 1,
    });
    paintChanges([], [b], ON);
    expect(shown()).toEqual({ [HIGHLIGHT_NAMES.drones]: 1, [HIGHLIGHT_NAMES.both]: 1 });
  });

  it('costs what changed, not what is already painted', () => {
    const many = Array.from({ length: 1000 }, () => mention('drones'));
    paintChanges(many, [], ON);
    adds = 0;
    paintChanges([mention('drones')], [many[0]!], ON);
    expect(adds).toBe(1);
    expect(shown()).toEqual({ [HIGHLIGHT_NAMES.drones]: 1000 });
  });

  it('leaves out topics switched off', () => {
    paintChanges([mention('syria'), mention('drones', 'syria')], [], {
      drones: true,
      syria: false,
    });
    expect(shown()).toEqual({ [HIGHLIGHT_NAMES.drones]: 1 });
  });

  it('registers its highlight again when the page deleted it, with all its ranges', () => {
    const a = mention('drones');
    paintChanges([a], [], ON);
    registry.delete(HIGHLIGHT_NAMES.drones);
    paintChanges([mention('drones')], [], ON);
    expect(shown()).toEqual({ [HIGHLIGHT_NAMES.drones]: 2 });
    expect(registry.get(HIGHLIGHT_NAMES.drones)!.has(a.range)).toBe(true);
  });

  it('ends where painting everything at once ends', () => {
    const all = [mention('drones'), mention('syria'), mention('drones', 'syria')];
    const gone = all[1]!;
    paintChanges(all, [], ON);
    paintChanges([], [gone], ON);
    const stepwise = shown();
    clearHighlights();
    paintHighlights(
      all.filter((m) => m !== gone),
      ON,
    );
    expect(shown()).toEqual(stepwise);
  });

  it('moves everything under new names when the look changes, on the next full paint', () => {
    const a = mention('drones');
    paintChanges([a], [], ON);
    const names = { drones: 'own-a', syria: 'own-b', both: 'own-c' };
    paintHighlights([a], ON, names);
    expect(shown()).toEqual({ 'own-a': 1 });
    paintChanges([mention('syria')], [], ON, names);
    expect(shown()).toEqual({ 'own-a': 1, 'own-b': 1 });
  });
});
