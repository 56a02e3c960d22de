/**
 * Picks the mention the keyboard command should open: the one at or after the caret or
 * selection, else the first one visible in the viewport, else the first on the page.
 */
import type { TrackedMention } from '../../lib/dom/scanner';

export function nearestMention(
  mentions: readonly TrackedMention[],
  selection: Selection | null,
): TrackedMention | null {
  if (selection && selection.rangeCount > 0) {
    const caret = selection.getRangeAt(0);
    let first: TrackedMention | null = null;
    for (const m of mentions) {
      try {
        // -1: caret before the mention, 0: inside it.
        if (m.range.comparePoint(caret.startContainer, caret.startOffset) > 0) continue;
        // The list is not in page order (a rescanned block's mentions move to its end):
        // keep the one that starts first (0: Range.START_TO_START).
        if (!first || m.range.compareBoundaryPoints(0, first.range) < 0) first = m;
      } catch {
        // Different tree (shadow root): not comparable, skip.
      }
    }
    if (first) return first;
  }
  const visible = mentions.find((m) => {
    const r = m.range.getClientRects()[0];
    return r !== undefined && r.bottom > 0 && r.top < innerHeight;
  });
  return visible ?? mentions[0] ?? null;
}
