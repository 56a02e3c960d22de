import { describe, expect, it } from 'vitest';
import {
  LONG_SENTENCE_CHARS,
  SENTENCE_PIECE_CHARS,
  sentenceSpans,
} from '../../engine/text/sentences';

/** Sentences of a text as strings. */
function sentences(text: string): string[] {
  const spans = sentenceSpans(text);
  const out: string[] = [];
  for (let i = 0; i < spans.length; i += 2) out.push(text.slice(spans[i], spans[i + 1]));
  return out;
}

describe('sentenceSpans', () => {
  it('splits at sentence ends and keeps closing quotes with the sentence', () => {
    expect(sentences('He said: "Iran sent drones." Moscow denied it! Why?')).toEqual([
      'He said: "Iran sent drones."',
      'Moscow denied it!',
      'Why?',
    ]);
  });

  it('does not split after abbreviations, initials or decimals', () => {
    expect(
      sentences('Lt. Gen. Smith told U.S. officials that 3.5 tons arrived. Then it ended.'),
    ).toEqual(['Lt. Gen. Smith told U.S. officials that 3.5 tons arrived.', 'Then it ended.']);
  });

  it('does not split a day of the month written as an ordinal before its month ("8. Juni")', () => {
    expect(
      sentences('Am 8. Juni landete die Delegation in Teheran. Am 30. September 2015 begann es.'),
    ).toEqual([
      'Am 8. Juni landete die Delegation in Teheran.',
      'Am 30. September 2015 begann es.',
    ]);
    // A count at a sentence end before any other capitalised word still ends it.
    expect(sentences('Der Iran meldete 8. Russland schwieg.')).toEqual([
      'Der Iran meldete 8.',
      'Russland schwieg.',
    ]);
    // Nor does a score: its day is no day.
    expect(sentences('Das Spiel endete 2:1. August Müller traf zweimal.')).toEqual([
      'Das Spiel endete 2:1.',
      'August Müller traf zweimal.',
    ]);
    expect(sentences('Die Delegation (8. Juni) flog nach Teheran.')).toEqual([
      'Die Delegation (8. Juni) flog nach Teheran.',
    ]);
  });

  it('splits at blank lines and trims surrounding space', () => {
    expect(sentences('  A headline without a stop\n\n  Body text.  ')).toEqual([
      'A headline without a stop',
      'Body text.',
    ]);
  });

  it('covers every visible character exactly once', () => {
    const text = 'One. Two?\n\nThree… four "five." Six';
    const spans = sentenceSpans(text);
    let covered = '';
    for (let i = 0; i < spans.length; i += 2) covered += text.slice(spans[i], spans[i + 1]);
    expect(covered.replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
  });

  it('reads a run with no sentence end in pieces cut at spaces, covering it once', () => {
    const text = `  ${'several words without any stop '.repeat(200)}end`;
    const pieces = sentences(text);
    expect(pieces.length).toBeGreaterThan(20);
    for (const p of pieces) {
      expect(p.length).toBeLessThanOrEqual(SENTENCE_PIECE_CHARS);
      expect(p).toBe(p.trim());
    }
    // Cut between words, never inside one.
    expect(pieces.join(' ')).toBe(text.trim());
  });

  it('cuts a run without spaces at the piece length, never inside a surrogate pair', () => {
    const text = '😀'.repeat(LONG_SENTENCE_CHARS);
    const spans = sentenceSpans(text);
    expect(spans.length).toBeGreaterThan(2);
    for (let i = 0; i < spans.length; i += 2) {
      expect(spans[i + 1]! - spans[i]!).toBeLessThanOrEqual(SENTENCE_PIECE_CHARS);
      expect(spans[i]! % 2).toBe(0);
      expect(spans[i + 1]! % 2).toBe(0);
    }
    expect(spans[spans.length - 1]).toBe(text.length);
  });
});
