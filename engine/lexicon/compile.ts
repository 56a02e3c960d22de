/**
 * Compiles lexicons into hash tables for token and phrase lookup, and matches tokens
 * against them. Lookups are O(1) per token (phrases: at most `maxPhrase` joins per token).
 */
import { prefixFilter, tokenize, type PrefixFilter } from '../text/tokenize';
import { roleBits } from '../rules/roles';
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
  words: Map<string, TermHit>;
  /** Multi-token forms keyed by their tokens joined with one space. */
  phrases: Map<string, TermHit>;
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
    words: new Map(),
    phrases: new Map(),
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
    for (const [roles, list] of Object.entries(lex.terms)) {
      const bits = roleBits(roles);
      for (const forms of (list ?? '').split(';')) {
        const all = forms.split('|');
        const hit: TermHit = { bits, term: all[0] ?? forms };
        for (const form of all) {
          const tokens = tokenize(form).norm.filter((t) => t);
          for (const t of tokens) formTokens.add(t);
          const first = tokens[0];
          if (first === undefined) continue;
          if (tokens.length === 1) {
            if (!m.words.has(first)) m.words.set(first, hit);
          } else {
            const key = tokens.join(' ');
            if (!m.phrases.has(key)) m.phrases.set(key, hit);
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
 * Looks `w` up in `table` under key `head + w`, as written and then through the inflection
 * rules (a stem keeps at least three letters).
 */
function lookupInflected(
  m: Matcher,
  table: Map<string, TermHit>,
  head: string,
  w: string,
): TermHit | undefined {
  const exact = table.get(head + w);
  if (exact) return exact;
  for (const [suffix, replacement] of m.suffixes) {
    if (w.length > suffix.length + 2 && w.endsWith(suffix)) {
      const hit = table.get(head + w.slice(0, w.length - suffix.length) + replacement);
      if (hit) return hit;
    }
  }
  return undefined;
}

/** Looks a word up as written, then through the inflection rules. */
export function lookupWord(m: Matcher, w: string): TermHit | undefined {
  return lookupInflected(m, m.words, '', w);
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
    const hit = lookupInflected(m, m.phrases, head, norm[k + len - 1] ?? '');
    if (hit) return { hit, length: len };
  }
  return undefined;
}
