import { describe, expect, it } from 'vitest';
import { nearestMention } from '../../entrypoints/page-ui/nearest';
import type { TrackedMention } from '../../lib/dom/scanner';

/** A mention spanning [start, end) of one text, with just the Range calls nearestMention uses. */
const mention = (id: string, start: number, end: number): TrackedMention => {
  const range = {
    start,
    comparePoint: (_node: unknown, offset: number) => (offset < start ? -1 : offset > end ? 1 : 0),
    compareBoundaryPoints: (_how: number, other: { start: number }) =>
      Math.sign(start - other.start),
    getClientRects: () => [],
  };
  return { id, range } as unknown as TrackedMention;
};

const caretAt = (offset: number) =>
  ({
    rangeCount: 1,
    getRangeAt: () => ({ startContainer: {}, startOffset: offset }),
  }) as unknown as Selection;

describe('nearestMention', () => {
  it('opens the first mention after the caret even when the list is out of page order', () => {
    // m1 was rescanned (its block changed), so it now comes last in the scanner's list.
    const list = [mention('m2', 500, 560), mention('m3', 900, 950), mention('m1', 100, 160)];
    expect(nearestMention(list, caretAt(50))?.id).toBe('m1');
    expect(nearestMention(list, caretAt(200))?.id).toBe('m2');
    expect(nearestMention(list, caretAt(120))?.id).toBe('m1');
  });
});
