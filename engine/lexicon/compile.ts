/**
 * Compiles lexicons into hash tables for token and phrase lookup, and matches tokens
 * against them. Lookups are O(1) per token (phrases: at most `maxPhrase` joins per token).
 */
import {
  addToPrefixFilter,
  emptyPrefixFilter,
  tokenize,
  type PrefixFilter,
} from '../text/tokenize';
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
  /**
   * Inflection rules as [suffix, replacement, lexicons], keyed by the suffix's last character;
   * a rule only yields forms of the lexicons (bit i: `lexicons[i]`) that declare it, so German
   * "-e" never turns English "aide" into "aid".
   */
  suffixes: Map<string, [string, string, number][]>;
  /** Lexicons (bit i: `lexicons[i]`) that list each form key. */
  owners: Map<string, number>;
  /**
   * First three characters of every form key: a word whose start is none of them is no form
   * as written or inflected (stems keep three letters), so it costs one lookup, however many
   * lexicons and endings there are.
   */
  heads: Set<string>;
  /**
   * Clitic prefixes as [prefix, replacement, lexicons] keyed by their first character, longest
   * first; a prefix only uncovers forms of the lexicons (bit i) that declare it, so Indonesian
   * "pe-" or Arabic "و" never turn a word of another language into a term.
   */
  prefixes: Map<string, [string, string, number][]>;
  /** Word starts of every form's tokens: other words are never looked up. */
  filter: PrefixFilter;
}

/** Builds the lookup tables; later rows never override an earlier form. */
export function compileLexicons(lexicons: readonly Lexicon[]): Matcher {
  const steps = compileSteps(lexicons);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `compileLexicons` in steps, returning the same tables: a caller on a page's main thread can
 * give the thread back between steps (compiling a stage's lexicons at once is a long task).
 */
export function* compileSteps(lexicons: readonly Lexicon[]): Generator<void, Matcher, void> {
  const m: Matcher = {
    forms: new Map(),
    phraseFirst: new Set(),
    maxPhrase: 1,
    suffixes: new Map(),
    owners: new Map(),
    heads: new Set(),
    prefixes: new Map(),
    filter: new Uint32Array(0),
  };
  const formTokens = new Set<string>();
  for (let li = 0; li < lexicons.length; li++) {
    const lex = lexicons[li];
    if (!lex) continue;
    const own = 2 ** Math.min(li, 30);
    for (const rule of (lex.suffixes ?? '').split(';')) {
      const [suffix = '', replacement = ''] = rule.split('>');
      if (!suffix) continue;
      const rules = m.suffixes.get(suffix.slice(-1)) ?? [];
      const same = rules.find(([s, r]) => s === suffix && r === replacement);
      if (same) same[2] |= own;
      else rules.push([suffix, replacement, own]);
      m.suffixes.set(suffix.slice(-1), rules);
    }
    const ownPrefixes = (lex.prefixes ?? '')
      .split(';')
      .map((rule) => rule.split('>') as [string, string?])
      .filter(([p]) => p);
    for (const [p, replacement = ''] of ownPrefixes) {
      const list = m.prefixes.get(p.charAt(0)) ?? [];
      const same = list.find(([q, r]) => q === p && r === replacement);
      if (same) same[2] |= own;
      else list.push([p, replacement, own]);
      m.prefixes.set(
        p.charAt(0),
        list.sort((a, b) => b[0].length - a[0].length),
      );
    }
    // Decoding a lexicon's terms (on first use) is a step of its own.
    const terms = lex.terms;
    yield;
    for (const [bits, list] of terms) {
      for (const group of list.split(';')) {
        const all = group.split('|');
        const hit: TermHit = { bits, term: all[0] ?? group };
        for (const form of all) {
          // A step per form: tokenizing one takes tens of microseconds.
          yield;
          const tokens = tokenize(form).norm.filter((t) => t);
          for (const t of tokens) {
            formTokens.add(t);
            // The word filter must keep prefixed forms too ("gesteund" for "steun").
            for (const [p, r = ''] of ownPrefixes) {
              if (t.startsWith(r)) formTokens.add(p + t.slice(r.length));
            }
          }
          const first = tokens[0];
          if (first === undefined) continue;
          const key = tokens.join(' ');
          if (!m.forms.has(key)) m.forms.set(key, hit);
          m.heads.add(key.slice(0, 3));
          m.owners.set(key, (m.owners.get(key) ?? 0) | own);
          if (tokens[1]) {
            m.phraseFirst.add(first);
            m.maxPhrase = Math.max(m.maxPhrase, tokens.length);
          }
        }
      }
    }
  }
  const filter = emptyPrefixFilter();
  let added = 0;
  for (const t of formTokens) {
    addToPrefixFilter(filter, t);
    if (++added % 64 === 0) yield;
  }
  m.filter = filter;
  return m;
}

/**
 * Looks `w` up as written and then through the inflection rules (a stem keeps three letters),
 * among the forms of the lexicons in `allowed` (bit i: `lexicons[i]`).
 */
function lookupInflected(m: Matcher, w: string, head: string, allowed = -1): TermHit | undefined {
  if (head === '' && !m.heads.has(w.slice(0, 3))) return undefined;
  const whole = head + w;
  if ((m.owners.get(whole) ?? 0) & allowed) return m.forms.get(whole);
  const rules = m.suffixes.get(w.slice(-1));
  if (!rules) return undefined;
  for (const [suffix, replacement, lexicons] of rules) {
    if (w.length > suffix.length + 2 && w.endsWith(suffix)) {
      const key = head + w.slice(0, w.length - suffix.length) + replacement;
      if ((m.owners.get(key) ?? 0) & lexicons & allowed) return m.forms.get(key);
    }
  }
  return undefined;
}

/**
 * Looks a word, or a phrase's last word `w` after `head`, up as written, through the
 * inflection rules, and then without a clitic prefix (the bare word keeps three letters).
 */
export function lookupWord(m: Matcher, w: string, head = ''): TermHit | undefined {
  let hit = lookupInflected(m, w, head);
  if (hit || m.prefixes.size === 0) return hit;
  for (const [p, replacement, lexicons] of m.prefixes.get(w.charAt(0)) ?? []) {
    if (!hit && w.length > p.length + 2 && w.startsWith(p)) {
      hit = lookupInflected(m, replacement + w.slice(p.length), head, lexicons);
    }
  }
  return hit;
}

/**
 * The first word of a phrase as a lexicon lists it: as written, or without a clitic prefix
 * ("ומשמרות המהפכה", "للحرس الثوري" -> "الحرس الثوري"); undefined when no phrase starts so.
 */
function phraseStart(m: Matcher, w: string): string | undefined {
  if (m.phraseFirst.has(w)) return w;
  for (const [p, replacement] of m.prefixes.get(w.charAt(0)) ?? []) {
    const bare = replacement + w.slice(p.length);
    if (w.length > p.length + 2 && w.startsWith(p) && m.phraseFirst.has(bare)) return bare;
  }
  return undefined;
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

/**
 * The term at kept token `k`: the longest phrase starting there, else the word (as written or
 * inflected); with how many tokens it covers. One lookup shared by detection and matters.
 */
export function lookupAt(
  m: Matcher,
  norm: readonly string[],
  pos: readonly number[],
  k: number,
): { hit: TermHit; length: number } | undefined {
  const w = norm[k];
  if (!w) return undefined;
  const first = phraseStart(m, w);
  let phrase: ReturnType<typeof lookupPhrase>;
  if (first === w) phrase = lookupPhrase(m, norm, pos, k);
  else if (first !== undefined) {
    const words = norm.slice(k, k + m.maxPhrase);
    words[0] = first;
    phrase = lookupPhrase(m, words, pos.slice(k, k + m.maxPhrase), 0);
  }
  if (phrase) return phrase;
  const hit = lookupWord(m, w);
  return hit ? { hit, length: 1 } : undefined;
}
