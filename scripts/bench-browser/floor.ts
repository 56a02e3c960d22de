/**
 * The floor reference: the least any extension that reads a page for our vocabulary can cost.
 * Its content script walks every text node of the document once, reads its text and runs the
 * probe's vocabulary gate on it, as the probe runs it (`gate-search.ts`: the patterns the
 * probe ships, for lower-cased text), and does nothing else: no blocks, no detector, no highlights, no
 * observer. The benchmark builds it into a temporary extension for each run; it never ships.
 */
import {
  GATE_ASCII_WORDS,
  GATE_HYPHEN_BREAK,
  GATE_NON_ASCII,
} from '../../entrypoints/probe/gate-pattern.generated';
import { WHOLE_GATE_SOURCE } from '../../entrypoints/probe/gate-search';

/** Name of the global the floor leaves its count in (so its work cannot be skipped). */
export const FLOOR_RESULT = 'factContextFloor';

/** The floor reference's content script, as plain JavaScript. */
export function floorContentScript(): string {
  return `(() => {
  const whole = new RegExp(${JSON.stringify(WHOLE_GATE_SOURCE)});
  const nonAscii = new RegExp(${JSON.stringify(GATE_NON_ASCII)});
  const asciiWords = new RegExp(${JSON.stringify(GATE_ASCII_WORDS)});
  const hyphenBreak = new RegExp(${JSON.stringify(GATE_HYPHEN_BREAK)});
  const passes = (lower) =>
    nonAscii.test(lower) ? whole.test(lower) : asciiWords.test(lower) || hyphenBreak.test(lower);
  const walker = document.createTreeWalker(document, NodeFilter.SHOW_TEXT);
  let passed = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (passes(node.data.toLowerCase())) passed++;
  }
  globalThis.${FLOOR_RESULT} = passed;
})();
`;
}
