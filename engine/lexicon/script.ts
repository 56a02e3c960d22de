/**
 * ASCII transliterations for lexicons in other scripts. The bundler writes every non-ASCII
 * character of a string as a six-byte `\uXXXX` escape (the content script, built as UTF-8, as
 * two bytes), so Cyrillic or Arabic forms written as such would cost six (or two) bytes a
 * letter; written in these one-letter transliterations they cost one. `transliterated` turns
 * a lexicon back into its script once, on first use, so the engine only ever sees the real
 * script.
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

/**
 * A lexicon written in the transliteration `alphabet`, read in its script. Decoding is lazy:
 * `terms`, `suffixes` and `prefixes` are decoded on first read and kept, so importing the
 * lexicons (the always-on content script does) costs nothing on a page the gate rejects.
 */
export function transliterated(alphabet: Alphabet, lex: Lexicon): Lexicon {
  let map: Map<string, string> | undefined;
  const decode = (s: string): string => {
    if (!map) {
      map = new Map();
      const { base, keys, extra = '' } = alphabet;
      for (let i = 0; i < keys.length; i++) map.set(keys.charAt(i), String.fromCharCode(base + i));
      map.delete('_');
      for (let i = 0; i + 1 < extra.length; i += 2) map.set(extra.charAt(i), extra.charAt(i + 1));
    }
    const m = map;
    return s.replace(/./g, (ch) => m.get(ch) ?? ch);
  };
  let terms: Lexicon['terms'] | undefined;
  let affixes: [string | undefined, string | undefined] | undefined;
  const decodeAffixes = () =>
    (affixes ??= [lex.suffixes && decode(lex.suffixes), lex.prefixes && decode(lex.prefixes)]);
  return {
    lang: lex.lang,
    get terms() {
      return (terms ??= lex.terms.map(([bits, list]) => [bits, decode(list)] as const));
    },
    get suffixes() {
      return decodeAffixes()[0];
    },
    get prefixes() {
      return decodeAffixes()[1];
    },
  };
}
