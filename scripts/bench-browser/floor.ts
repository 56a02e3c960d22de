/**
 * The floor reference: the least any extension that reads a page for our vocabulary can cost.
 * Its content script walks every text node of the document once, reads its text and runs the
 * probe's vocabulary gate on it, as the probe runs it (the pattern the probe ships, for
 * lower-cased text), and does nothing else: no blocks, no detector, no highlights, no
 * observer. The benchmark builds it into a temporary extension for each run; it never ships.
 */
import { GATE_FLAGS, GATE_SOURCE } from '../../entrypoints/probe/gate-pattern.generated';

/** Name of the global the floor leaves its count in (so its work cannot be skipped). */
export const FLOOR_RESULT = 'factContextFloor';

/** The floor reference's content script, as plain JavaScript. */
export function floorContentScript(): string {
  return `(() => {
  const gate = new RegExp(${JSON.stringify(GATE_SOURCE)}, ${JSON.stringify(GATE_FLAGS)});
  const walker = document.createTreeWalker(document, NodeFilter.SHOW_TEXT);
  let passed = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (gate.test(node.data.toLowerCase())) passed++;
  }
  globalThis.${FLOOR_RESULT} = passed;
})();
`;
}
