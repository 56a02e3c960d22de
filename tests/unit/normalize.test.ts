import { describe, expect, it } from 'vitest';
import {
  LONG_SENTENCE_CHARS,
  SENTENCE_PIECE_CHARS,
  sentenceSpans,
} from '../../engine/text/sentences';
import { tokenize } from '../../engine/text/tokenize';

/** Normalized words of a text. */
const words = (text: string): string[] => tokenize(text).norm;

/** Sentences of a text as strings. */
function sentences(text: string): string[] {
  const spans = sentenceSpans(text);
  const out: string[] = [];
  for (let i = 0; i < spans.length; i += 2) out.push(text.slice(spans[i], spans[i + 1]));
  return out;
}

describe('tokenize', () => {
  it('lower-cases and drops possessives, straight or curly', () => {
    expect(words("IRAN's drones, Iran’s drones")).toEqual(['iran', 'drones', 'iran', 'drones']);
  });

  it('splits hyphens, dashes and letter-digit boundaries the same way', () => {
    const expected = ['shahed', '136'];
    for (const form of ['Shahed-136', 'Shahed\u2011136', 'Shahed–136', 'Shahed 136', 'Shahed136']) {
      expect(words(form)).toEqual(expected);
    }
    expect(words('Geran2')).toEqual(['geran', '2']);
  });

  it('ignores soft hyphens and zero-width characters inside words', () => {
    expect(words('Sha\u00adhed Ir\u200ban Mos\u200dcow Teh\u2060ran Rus\ufeffsia')).toEqual([
      'shahed',
      'iran',
      'moscow',
      'tehran',
      'russia',
    ]);
  });

  it('rejoins a word broken across lines, but not a capitalized compound', () => {
    expect(words('Sha-\nhed')).toEqual(['shahed']);
    expect(words('Sha-\r\n  hed')).toEqual(['shahed']);
    expect(words('Iran-\nRussia')).toEqual(['iran', 'russia']);
  });

  it('folds Cyrillic look-alikes only inside Latin words', () => {
    expect(words('Ir\u0430n')).toEqual(['iran']); // Cyrillic а
    expect(words('Mos\u0441ow S\u0443ria')).toEqual(['moscow', 'syria']); // Cyrillic с, у
    expect(words('Иран')).toEqual(['иран']); // a real Russian word stays Russian
  });

  it('treats no-break spaces as spaces', () => {
    expect(words('Russia\u00a0and\u202fIran')).toEqual(['russia', 'and', 'iran']);
  });

  it('keeps offsets into the original text, hidden characters included', () => {
    const text = 'The Sha\u00adhed-136 hit Ir\u0430n’s ally.';
    const t = tokenize(text);
    const i = t.norm.indexOf('shahed');
    expect(text.slice(t.start[i], t.end[i])).toBe('Sha\u00adhed');
    const j = t.norm.indexOf('iran');
    expect(text.slice(t.start[j], t.end[j])).toBe('Ir\u0430n');
  });
});

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
