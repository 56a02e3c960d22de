/**
 * A cheap, linear pre-check run before the detector: a block of text that this gate rejects
 * cannot hold a mention, so the probe never tokenizes it: one native regex test costs a small
 * fraction of running the detector (docs/architecture.md, "Measurements behind the design").
 *
 * Why it is safe: every topic rule needs a term with one of GATE_BITS in its window (Iran, its
 * leaders and forces; Geran/Alabuga; an Iranian drone model; the Astana process). A Russia-only,
 * Ukraine-only or Syria-only text never scores (tests/unit/probe.test.ts checks every role
 * combination against `dronesScore`/`syriaScore`). The gate's words come from the lexicon, so
 * new forms are covered without touching this file.
 *
 * It must accept whatever the tokenizer would normalize into such a term, so it also passes
 * any text with characters the tokenizer removes or folds inside words (soft hyphens and other
 * invisible characters, Cyrillic/Greek look-alikes) and with a hyphen before a line break
 * ("Teh-\nran"). Those texts go to the detector as before.
 */
import type { Lexicon } from '../../engine/lexicon/types';
import { ASTANA, IRAN, MODEL, STRONG, SYRIA_STRONG } from '../../engine/rules/roles';

/** Role bits of which a window needs at least one to score for any topic. */
export const GATE_BITS = IRAN | STRONG | MODEL | SYRIA_STRONG | ASTANA;

/** Greek and Cyrillic letters: the tokenizer folds look-alikes among them into Latin ones. */
const LOOK_ALIKES = /[\u0370-\u04ff]/;

/** What the gate is made of (see `topicGate`). */
interface GateParts {
  /** Words as the gate matches them case-insensitively: lower case, Turkish "İ" kept. */
  words: string[];
  /** Characters that pass a text on their own, as the body of a regex class. */
  chars: string;
  /** A hyphen before a line break. */
  hyphenBreak: string;
}

function gateParts(lexicons: readonly Lexicon[]): GateParts {
  // Every anchor form as the tokenizer would split it (runs of letters, or of digits), without
  // running the tokenizer. Turkish "İ" lower-cases to "i" and a combining dot: the capital, as
  // pages write it, goes in too (the gate matches case-insensitively, but not İ against i).
  const forms: string[][] = [];
  for (const lex of lexicons) {
    for (const [bits, list] of lex.terms) {
      if (!(bits & GATE_BITS)) continue;
      for (const form of list.split(/[;|]/)) {
        for (const v of form.includes('İ') ? [form, form.toLowerCase()] : [form.toLowerCase()]) {
          const tokens = v.match(/[\p{L}\p{M}]+|\d+/gu);
          // Only a phrase's last word is inflected, and rules that replace an ending ("ies>y",
          // "ing>e") leave the word without its final y or e; the gate matches substrings.
          if (tokens) forms.push(tokens.map((t) => t.replace(/[ye]$/, '')));
        }
      }
    }
  }
  // A word holding a word of `set` (itself, or a shorter one): look its substrings up, linear
  // in the number of words rather than quadratic.
  const holds = (w: string, set: Set<string>, shorter = false) => {
    for (let i = 0; i < w.length; i++) {
      for (let j = i + 1; j <= w.length; j++) {
        if ((!shorter || j - i < w.length) && set.has(w.slice(i, j))) return true;
      }
    }
    return false;
  };
  // A form is known by its first word ("islamic" of "Islamic Republic"). A phrase matches only
  // where all its words do, so one that holds a gate word in a later word needs nothing of its
  // own ("processus d'astana" after "astana process", "repubblica islamica" after "islamic"):
  // common words stay out of the gate. Phrases that hold each other's first words ("qods
  // force", "force qods") are settled in order, so one of them keeps its word.
  const firsts = new Set(forms.map((f) => f[0] ?? ''));
  const words = new Set<string>();
  const later: string[][] = [];
  for (const f of forms) {
    if (f.slice(1).some((t) => holds(t, firsts))) later.push(f);
    else if (f[0]) words.add(f[0]);
  }
  for (const f of later) {
    if (!f.slice(1).some((t) => holds(t, words)) && f[0]) words.add(f[0]);
  }
  // A word containing another gate word adds nothing ("iranian" after "iran").
  const contains = (w: string) => holds(w, words, true);
  return {
    // Nor does a Greek or Cyrillic word: any such letter passes (`LOOK_ALIKES`).
    words: [...words].filter((w) => !contains(w) && !LOOK_ALIKES.test(w)),
    chars: `\\u00ad\\u200b-\\u200f\\u2060\\ufeff${LOOK_ALIKES.source.slice(1, -1)}`,
    hyphenBreak: '[-\\u2010\\u2011][ \\t\\r]*\\n',
  };
}

/**
 * A regex that matches every text in which `lexicons` could find a mention: the gate's
 * definition, case-insensitive. The content script uses `lowercaseGate`, which passes every
 * text this one does.
 */
export function topicGate(lexicons: readonly Lexicon[]): RegExp {
  const { words, chars, hyphenBreak } = gateParts(lexicons);
  // Words are letters or digits only: nothing to escape.
  return new RegExp(`${words.join('|')}|[${chars}]|${hyphenBreak}`, 'i');
}

/**
 * `topicGate` for text already lower-cased (`text.toLowerCase()`), without the `i` flag: it
 * matches the lower-cased form of every text `topicGate` matches. The content script tests
 * this one, in parts (`lowercaseGateParts`, searched by `gate-search.ts`), precomputed
 * (`gate-pattern.generated.ts`, written by `scripts/build-gate.ts`; a unit test keeps the two
 * equal), so a page the gate rejects never reads or decodes a lexicon.
 *
 * Why: a fresh page's first test of a case-insensitive pattern with non-Latin letters spends
 * most of its time compiling their case equivalents; lower-casing a page's text is a fraction
 * of that, and this pattern compiles several times faster (docs/architecture.md,
 * "Measurements behind the design").
 *
 * Each character of the case-insensitive pattern becomes the lower-case forms of every
 * character that pattern matches it against (for a letter, almost always just itself), and
 * each character lower-cases on its own, so a match of the case-insensitive gate lower-cases
 * to a match of this one.
 */
export function lowercaseGate(lexicons: readonly Lexicon[]): RegExp {
  return new RegExp(lowercaseGateParts(lexicons).source);
}

/**
 * `lowercaseGate` as sources, and the same gate in parts for a text without any of the
 * gate's non-ASCII characters (most English pages): in such a text only the ASCII words and
 * the hyphen before a line break can match, and two regexes of those cost less than the whole
 * pattern (whose one-character class leaves V8's regex engine no characters to skip by).
 */
export interface LowercaseGateParts {
  /** The whole gate (`lowercaseGate`). */
  source: string;
  /** A class holding a non-ASCII code unit of every match of `otherWords`. */
  nonAscii: string;
  /** The gate's words that are ASCII throughout. */
  asciiWords: string;
  /** The rest of the gate but the hyphen: its other words, and its class. */
  otherWords: string;
  /** A hyphen before a line break. */
  hyphenBreak: string;
}

export function lowercaseGateParts(lexicons: readonly Lexicon[]): LowercaseGateParts {
  const { words, chars, hyphenBreak } = gateParts(lexicons);
  const isAscii = (text: string) => [...text].every((c) => c.charCodeAt(0) <= 0x7f);
  const nonAscii = new Set<string>();
  const asciiWords = new Set<string>();
  // Code unit by code unit, as a non-Unicode regex reads text.
  const lowered = words.map((w) => {
    const units = w.split('').map(lowerForms);
    // A unit's forms are all ASCII, or each holds a non-ASCII unit: then every match of the
    // word holds one, and a text without them cannot match it.
    for (const forms of units) {
      if (forms.every(isAscii)) continue;
      if (forms.some(isAscii)) throw new Error(`gate: ${w} has ASCII and non-ASCII forms`);
      for (const f of forms) for (const c of f) if (!isAscii(c)) nonAscii.add(c);
    }
    const source = units.map(alternatives).join('');
    if (units.every((forms) => forms.every(isAscii))) asciiWords.add(source);
    return source;
  });
  // The class: its own characters, and the lower-case forms of every character it matches.
  const pass = new Set<string>(unitsMatching(new RegExp(`[${chars}]`)));
  for (const unit of unitsMatching(new RegExp(`[${chars}]`, 'i'))) {
    const nonAsciiForms = [...unit.toLowerCase()].filter((c) => c.charCodeAt(0) > 0x7f);
    // An ASCII letter here would pass nearly every text: there is none today.
    if (nonAsciiForms.length === 0) throw new Error(`gate: ${escape(unit)} lower-cases to ASCII`);
    for (const c of nonAsciiForms) pass.add(c);
  }
  for (const c of pass) {
    if (isAscii(c)) throw new Error(`gate: ${escape(c)} in the class is ASCII`);
    nonAscii.add(c);
  }
  const sorted = [...new Set(lowered)].sort();
  return {
    source: `${sorted.join('|')}|${charClass(pass)}|${hyphenBreak}`,
    nonAscii: charClass(nonAscii, literal),
    asciiWords: sorted.filter((w) => asciiWords.has(w)).join('|'),
    otherWords: [...sorted.filter((w) => !asciiWords.has(w)), charClass(pass)].join('|'),
    hyphenBreak,
  };
}

/**
 * The case-insensitive match of a non-Unicode regex: two code units match when their
 * `Canonicalize` (ECMA-262, 22.2.2.7.3) is equal. Upper-casing, except to several units and
 * from a non-ASCII unit to an ASCII one ("ſ" does not match "s").
 */
function canonicalize(unit: string): string {
  const upper = unit.toUpperCase();
  if (upper.length !== 1) return unit;
  if (unit.charCodeAt(0) > 0x7f && upper.charCodeAt(0) <= 0x7f) return unit;
  return upper;
}

let byCanonical: Map<string, string[]> | undefined;

/** Every code unit that a case-insensitive pattern matches against `unit` (itself included). */
function caseVariants(unit: string): string[] {
  if (!byCanonical) {
    byCanonical = new Map();
    for (let u = 0; u <= 0xffff; u++) {
      const c = String.fromCharCode(u);
      const key = canonicalize(c);
      const list = byCanonical.get(key);
      if (list) list.push(c);
      else byCanonical.set(key, [c]);
    }
  }
  return byCanonical.get(canonicalize(unit)) ?? [unit];
}

/** The lower-case forms of the code units a case-insensitive pattern matches `unit` against. */
function lowerForms(unit: string): string[] {
  return [...new Set(caseVariants(unit).map((c) => c.toLowerCase()))];
}

/** Every code unit `re` matches on its own. */
function unitsMatching(re: RegExp): string[] {
  const out: string[] = [];
  for (let u = 0; u <= 0xffff; u++) {
    const c = String.fromCharCode(u);
    if (re.test(c)) out.push(c);
  }
  return out;
}

/** One alternative per form: a literal, a class of single units, or a group. */
function alternatives(forms: readonly string[]): string {
  if (forms.length === 1) return literal(forms[0]!);
  const single = forms.filter((f) => f.length === 1);
  const longer = forms.filter((f) => f.length > 1).map(literal);
  const parts = single.length ? [charClass(single), ...longer] : longer;
  return parts.length === 1 ? parts[0]! : `(?:${parts.join('|')})`;
}

/** Letters, marks and digits as they are (readable, and 2 bytes of UTF-8 where `\u` is 6). */
function literal(text: string): string {
  return text
    .split('')
    .map((c) => (/[\p{L}\p{M}\p{Nd}]/u.test(c) ? c : escape(c)))
    .join('');
}

function escape(unit: string): string {
  return `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** A regex class of code units, consecutive ones as ranges, each written by `unit`. */
function charClass(units: Iterable<string>, unit: (c: string) => string = escape): string {
  const codes = [...new Set(units)].map((u) => u.charCodeAt(0)).sort((a, b) => a - b);
  let out = '';
  for (let i = 0; i < codes.length;) {
    let j = i;
    while (j + 1 < codes.length && codes[j + 1] === codes[j]! + 1) j++;
    const from = unit(String.fromCharCode(codes[i]!));
    const to = unit(String.fromCharCode(codes[j]!));
    out += j === i ? from : j === i + 1 ? from + to : `${from}-${to}`;
    i = j + 1;
  }
  return `[${out}]`;
}
