/**
 * The vocabulary gate as the content script runs it on lower-cased text: where its leftmost
 * match starts, as `lower.search(lowercaseGate(DEFAULT_LEXICONS))` would say (`gate.ts`), for
 * less. A text without any of the gate's non-ASCII characters can only match its ASCII words
 * or a hyphen before a line break, and those two patterns, tested apart, cost less than the
 * whole gate in a fresh page (docs/architecture.md, "Measurements behind the design"); any
 * other text is tested against the whole gate. `tests/unit/gate-sync.test.ts` checks that the
 * two agree.
 */
import {
  GATE_ASCII_WORDS,
  GATE_HYPHEN_BREAK,
  GATE_NON_ASCII,
  GATE_OTHER_WORDS,
} from './gate-pattern.generated';

/** Where the gate first matches `lower` (a lower-cased text), or -1. */
export type GateSearch = (lower: string) => number;

/** The whole gate's source: the same alternatives as `lowercaseGate`'s, in another order. */
export const WHOLE_GATE_SOURCE = `${GATE_ASCII_WORDS}|${GATE_OTHER_WORDS}|${GATE_HYPHEN_BREAK}`;

/** A gate search; its patterns are compiled when first used. */
export function gateSearch(): GateSearch {
  const nonAscii = new RegExp(GATE_NON_ASCII);
  const asciiWords = new RegExp(GATE_ASCII_WORDS);
  const hyphenBreak = new RegExp(GATE_HYPHEN_BREAK);
  let whole: RegExp | undefined;
  return (lower) => {
    if (nonAscii.test(lower)) return lower.search((whole ??= new RegExp(WHOLE_GATE_SOURCE)));
    const word = lower.search(asciiWords);
    const hyphen = lower.search(hyphenBreak);
    return word < 0 ? hyphen : hyphen < 0 ? word : Math.min(word, hyphen);
  };
}
