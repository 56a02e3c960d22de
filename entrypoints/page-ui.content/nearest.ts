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
    for (const m of mentions) {
      try {
        // -1: caret before the mention, 0: inside it.
        if (m.range.comparePoint(caret.startContainer, caret.startOffset) <= 0) return m;
      } catch {
        // Different tree (shadow root): not comparable, skip.
      }
    }
  }
  const visible = mentions.find((m) => {
    const r = m.range.getClientRects()[0];
    return r !== undefined && r.bottom > 0 && r.top < innerHeight;
  });
  return visible ?? mentions[0] ?? null;
}
