/**
 * ASCII transliterations for lexicons in other scripts. The bundler writes every non-ASCII
 * character of a string as a six-byte `\uXXXX` escape, so Cyrillic or Arabic forms written as
 * such would cost the content script six bytes a letter; written in these one-letter
 * transliterations they cost one. `transliterated` turns a lexicon back into its script once,
 * at load, so the engine and the content script's gate only ever see the real script.
 */
import type { Lexicon } from './types';

/**
 * A transliteration: `keys[i]` stands for the letter `base + i` ('_' for none), `extra` holds
 * further [ASCII, letter] pairs.
 */
export interface Alphabet {
  base: number;
  keys: string;
  extra?: string;
}

/**
 * Cyrillic а-я ё є і ї: mostly the usual Latin values; ж Z, ч C, ш S, щ W, ъ X, ы y, ь q,
 * э Y, ю U, я A, ё E, є Q, і I, ї J.
 */
export const CYRILLIC: Alphabet = { base: 0x430, keys: 'abvgdeZzijklmnoprstufhcCSWXyqYUA_E__Q_IJ' };

/**
 * Arabic ء-ي: Buckwalter's transliteration, except the letters it writes with this format's
 * separators or with quotes: ء X, آ C, أ O, ؤ W, إ I, ئ Q; and پ P, چ J, ژ R, گ G.
 */
export const ARABIC: Alphabet = {
  base: 0x621,
  keys: 'XCOWIQAbptvjHxd*rzs$SDTZEg______fqklmnhwYy',
  extra: 'P\u067eJ\u0686R\u0698G\u06af',
};

/** Persian: the Arabic letters with the Persian kaf (ک) and yeh (ی). */
export const PERSIAN: Alphabet = { ...ARABIC, extra: `${ARABIC.extra ?? ''}k\u06a9y\u06cc` };

/** Decodes a lexicon written in the transliteration `alphabet` into its script. */
export function transliterated(alphabet: Alphabet, lex: Lexicon): Lexicon {
  const map = new Map<string, string>();
  const { base, keys, extra = '' } = alphabet;
  for (let i = 0; i < keys.length; i++) map.set(keys.charAt(i), String.fromCharCode(base + i));
  map.delete('_');
  for (let i = 0; i + 1 < extra.length; i += 2) map.set(extra.charAt(i), extra.charAt(i + 1));
  const decode = (s: string): string => s.replace(/./g, (ch) => map.get(ch) ?? ch);
  return {
    lang: lex.lang,
    terms: lex.terms.map(([bits, list]) => [bits, decode(list)] as const),
    suffixes: lex.suffixes && decode(lex.suffixes),
    prefixes: lex.prefixes && decode(lex.prefixes),
  };
}
