/**
 * A document's scan report, written mention by mention as the scan finds them: readable text,
 * or (`--json`) one JSON object `{"mentions": [...]}` written piecewise, laid out as
 * `JSON.stringify(…, null, 2)` would lay it out. Nothing is written before the first mention
 * or the end, so input found unreadable early leaves the output empty.
 */
import { formatMention, formatScanSummary, SCAN_NOTE } from './format';
import type { Output } from './output';
import type { MentionOut } from './scan';

export interface ScanReport {
  mention(m: MentionOut): Promise<void>;
  /** The scan is complete: `blocks` blocks were read. */
  end(blocks: number): Promise<void>;
  /** The input failed after the report began: end it so that it still parses (JSON). */
  fail(message: string): Promise<void>;
}

/** The readable report: the note, each mention, then a summary line. */
export function textReport(out: Output, name: string): ScanReport {
  let count = 0;
  const begin = () => (count === 0 ? `${SCAN_NOTE}\n` : '');
  return {
    async mention(m) {
      const text = `${begin()}${formatMention(m, count)}`;
      count++;
      await out.write(text);
    },
    async end(blocks) {
      await out.write(`${begin()}${formatScanSummary(name, blocks, count)}`);
    },
    async fail() {
      // The error goes to stderr; the mentions printed so far stand.
    },
  };
}

/** Indents a pretty-printed value as an element of the top-level "mentions" array. */
const element = (value: unknown) =>
  `    ${JSON.stringify(value, null, 2).replace(/\n/g, '\n    ')}`;

/** `{"mentions": [...]}`, one element at a time. */
export function jsonReport(out: Output): ScanReport {
  let count = 0;
  return {
    async mention(m) {
      const text = `${count === 0 ? '{\n  "mentions": [\n' : ',\n'}${element(m)}`;
      count++;
      await out.write(text);
    },
    async end() {
      await out.write(count === 0 ? '{\n  "mentions": []\n}\n' : '\n  ]\n}\n');
    },
    async fail(message) {
      if (count === 0) return;
      await out.write(`\n  ],\n  "error": ${JSON.stringify(message)}\n}\n`);
    },
  };
}
