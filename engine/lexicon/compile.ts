/**
 * Compiles lexicons into hash tables for token and phrase lookup, and matches tokens
 * against them. Lookups are O(1) per token (phrases: at most `maxPhrase` joins per token).
 */
import { prefixFilter, tokenize, type PrefixFilter } from '../text/tokenize';
import type { Lexicon } from './types';

/** What a matched form stands for. */
export interface TermHit {
  /** Role bits (see `engine/rules/roles.ts`). */
  bits: number;
  /** Canonical term. */
  term: string;
}

/** Lookup tables built from one or more lexicons. */
export interface Matcher {
  /** Forms keyed by their tokens joined with one space (one key, one token, for a word). */
  forms: Map<string, TermHit>;
  /** First tokens of phrases: only these start a phrase lookup. */
  phraseFirst: Set<string>;
  maxPhrase: number;
  /** Inflection rules as [suffix, replacement]. */
  suffixes: [string, string][];
  /** Word starts of every form's tokens: other words are never looked up. */
  filter: PrefixFilter;
}

/** Builds the lookup tables; later rows never override an earlier form. */
export function compileLexicons(lexicons: readonly Lexicon[]): Matcher {
  const m: Matcher = {
    forms: new Map(),
    phraseFirst: new Set(),
    maxPhrase: 1,
    suffixes: [],
    filter: new Uint32Array(0),
  };
  const formTokens = new Set<string>();
  for (const lex of lexicons) {
    for (const rule of (lex.suffixes ?? '').split(';')) {
      const [suffix = '', replacement = ''] = rule.split('>');
      if (suffix) m.suffixes.push([suffix, replacement]);
    }
    for (const [bits, list] of lex.terms) {
      for (const forms of list.split(';')) {
        const all = forms.split('|');
        const hit: TermHit = { bits, term: all[0] ?? forms };
        for (const form of all) {
          const tokens = tokenize(form).norm.filter((t) => t);
          for (const t of tokens) formTokens.add(t);
          const first = tokens[0];
          if (first === undefined) continue;
          const key = tokens.join(' ');
          if (!m.forms.has(key)) m.forms.set(key, hit);
          if (tokens[1]) {
            m.phraseFirst.add(first);
            m.maxPhrase = Math.max(m.maxPhrase, tokens.length);
          }
        }
      }
    }
  }
  m.filter = prefixFilter(formTokens);
  return m;
}

/**
 * Looks a word, or a phrase's last word `w` after `head`, up as written and then through the
 * inflection rules (a stem keeps at least three letters).
 */
export function lookupWord(m: Matcher, w: string, head = ''): TermHit | undefined {
  let hit = m.forms.get(head + w);
  for (const [suffix, replacement] of m.suffixes) {
    if (!hit && w.length > suffix.length + 2 && w.endsWith(suffix)) {
      hit = m.forms.get(head + w.slice(0, w.length - suffix.length) + replacement);
    }
  }
  return hit;
}

/**
 * Matches the longest phrase starting at kept token `k`; returns the hit and how many tokens it
 * covers. The last word of a phrase may be inflected ("unmanned aerial vehicles").
 */
export function lookupPhrase(
  m: Matcher,
  norm: readonly string[],
  pos: readonly number[],
  k: number,
): { hit: TermHit; length: number } | undefined {
  const max = Math.min(m.maxPhrase, norm.length - k);
  for (let len = max; len >= 2; len--) {
    // Tokens dropped by the prefix filter leave gaps in `pos`: a phrase needs adjacent words.
    if ((pos[k + len - 1] ?? 0) - (pos[k] ?? 0) !== len - 1) continue;
    const head = norm.slice(k, k + len - 1).join(' ') + ' ';
    const hit = lookupWord(m, norm[k + len - 1] ?? '', head);
    if (hit) return { hit, length: len };
  }
  return undefined;
}
