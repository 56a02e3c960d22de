import { describe, expect, it } from 'vitest';
import { detectMentions, detectTopics } from '../../engine/detect';
import { TOPICS, type TextBlock } from '../../engine/types';
import { createRng } from '../../scripts/lib/rng';

const PIECES = [
  'Iran',
  'Iranian',
  'Russia',
  "Russia's",
  'Moscow',
  'Tehran',
  'drone',
  'drones',
  'Shahed-136',
  'Geran2',
  'Alabuga',
  'Syria',
  'Assad',
  'Astana process',
  'supplied',
  'sold to',
  'by',
  'from',
  '.',
  '. ',
  '!',
  '?',
  '…',
  '"',
  '”',
  '’s',
  "'s",
  ' ',
  '  ',
  '\n',
  '\n\n',
  '-\n',
  '\u00ad',
  '\u200b',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u00a0',
  '–',
  '—',
  '\u2011',
  'а',
  'Иран',
  'Россия',
  'إيران',
  '😀',
  '\ud800',
  '\udfff',
  '0',
  '136',
  'U.S.',
  'Lt.',
  'x'.repeat(60),
  '\u0000',
];

/** Random text mixing lexicon words, punctuation, hidden characters, scripts and broken surrogates. */
function randomText(next: () => number, pieces: number): string {
  let out = '';
  for (let i = 0; i < pieces; i++) {
    if (next() < 0.1) out += String.fromCharCode(Math.floor(next() * 0x10000));
    else out += PIECES[Math.floor(next() * PIECES.length)] ?? '';
  }
  return out;
}

/**
 * Contract violations of detectMentions' output for `blocks` (collected in plain code: one
 * expect per mention would dominate the run time on 1 MB inputs).
 */
function violations(blocks: readonly TextBlock[]): string[] {
  const problems: string[] = [];
  let prevBlock = -1;
  let prevEnd = 0;
  for (const m of detectMentions(blocks)) {
    const text = blocks[m.block]?.text ?? '';
    const where = `block ${m.block} [${m.start}, ${m.end})`;
    if (m.block < prevBlock) problems.push(`${where}: blocks out of order`);
    if (m.block !== prevBlock) prevEnd = 0;
    if (m.start < prevEnd) problems.push(`${where}: overlaps the previous mention`);
    if (!(m.end > m.start && m.end <= text.length)) problems.push(`${where}: out of bounds`);
    if (m.text !== text.slice(m.start, m.end)) problems.push(`${where}: text differs from span`);
    if (m.topics.length === 0 || m.topics.some((t) => !TOPICS.includes(t))) {
      problems.push(`${where}: bad topics ${m.topics.join()}`);
    }
    if (!(m.score > 0 && m.score <= 1)) problems.push(`${where}: score ${m.score}`);
    prevBlock = m.block;
    prevEnd = m.end;
  }
  return problems;
}

/** Asserts the output contract of detectMentions for `blocks`. */
function expectValid(blocks: readonly TextBlock[]): void {
  expect(violations(blocks)).toEqual([]);
}

describe('detection never throws and returns valid spans', () => {
  it('on random mixed-script text with hidden characters and lone surrogates', () => {
    const next = createRng(42).next;
    for (let round = 0; round < 300; round++) {
      const blocks = Array.from({ length: 1 + Math.floor(next() * 4) }, () => ({
        text: randomText(next, Math.floor(next() * 120)),
      }));
      expectValid(blocks);
    }
  });

  it('on random binary (every UTF-16 code unit)', () => {
    const next = createRng(7).next;
    const text = Array.from({ length: 200_000 }, () =>
      String.fromCharCode(Math.floor(next() * 0x10000)),
    ).join('');
    expectValid([{ text }]);
  });

  it('on 1 MB of "Iran Russia drone " in one sentence and in many', () => {
    expectValid([{ text: 'Iran Russia drone '.repeat(58_000) }]);
    expectValid([{ text: 'Iran supplied Russia drones. '.repeat(36_000) }]);
    expect(detectTopics('Iran Russia drone supplied. '.repeat(36_000))).toEqual(['drones']);
    // A hang guard, not a speed check: about 9 s alone, three times that beside the other
    // suites on a busy 2-core machine.
  }, 120_000);

  it('on long runs of one character', () => {
    for (const ch of ['a', '.', '-', '-\n', ' ', '\n', '\u00ad', 'ا', '\ud800', "'s", '9']) {
      expectValid([{ text: ch.repeat(Math.ceil(400_000 / ch.length)) }]);
    }
    expectValid([{ text: 'Iran' + '\u00ad'.repeat(300_000) + 'Russia drones sold.' }]);
  });

  it('on empty, odd and malformed blocks', () => {
    expectValid([]);
    expectValid([{ text: '' }, { text: ' ' }, { text: '.' }, { text: '\n\n\n' }]);
    const malformed = [{ text: undefined }, null, { text: 42 }] as unknown as TextBlock[];
    expect(detectMentions(malformed)).toEqual([]);
    expect(detectTopics('')).toEqual([]);
  });
});
