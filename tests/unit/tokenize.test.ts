import { describe, expect, it } from 'vitest';
import { tokenize } from '../../engine/text/tokenize';

/** Normalized words of a text. */
const words = (text: string): string[] => tokenize(text).norm;

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

  it('reads a Hebrew acronym typed with an ASCII quote as with the gershayim', () => {
    const t = tokenize('המל"טים של צה"ל ו"שלום" ב"איראן"');
    expect(t.norm).toEqual(['המל״טים', 'של', 'צה״ל', 'ו', 'שלום', 'ב', 'איראן']);
    expect(t.start[0]).toBe(0);
    expect(t.end[0]).toBe(7);
  });

  it('keeps a quoted phrase behind a one-letter prefix apart from it', () => {
    expect(words('העבירה ל"משמרות המהפכה" רחפנים')).toEqual([
      'העבירה',
      'ל',
      'משמרות',
      'המהפכה',
      'רחפנים',
    ]);
    expect(words('שילם 5 ש"ח')).toEqual(['שילם', '5', 'ש״ח']);
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
