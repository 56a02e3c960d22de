/**
 * The gate for blocks read while earlier text of the document is in force. Such a block is
 * analysed only where its terms carry an anchor or something the context could complete
 * (`readInContext` of `detect-block.ts`); a block this gate rejects has neither, so reading it
 * would find nothing and establish nothing, and the reader passes it over as the vocabulary
 * gate lets it pass over a block while no context is in force.
 *
 * Why it is exact: it runs one native regex over the lower-cased text for the part of every form
 * key that any raw spelling of the form contains (its longest word, less the letters a clitic
 * prefix or an inflection rule may put back: "الحرس" is read from "للحرس", "supply" from
 * "supplies"), ORs the role bits of the keys found, and asks `readInContext` of them (monotone,
 * so bits that turn out not to be terms only make it pass more). Text in which the tokenizer
 * drops, folds or joins characters inside words (invisible characters and Arabic vowel marks,
 * Cyrillic or Greek letters, Eastern digits, a hyphen before a line break, a Hebrew acronym's
 * ASCII quote) always passes.
 */
import type { Matcher } from './lexicon/compile';
import { readInContext } from './detect-block';
import { FROM, IRAN_GETS, IRANIAN_WEAPON, LINKED, RUSSIA_GETS, TO } from './rules/roles';

/** A cheap test of a block's text (`TextGate` of `detect-core.ts`). */
export interface ContextGate {
  test(text: string): boolean;
}

/** Characters the tokenizer drops, folds or joins words across (`engine/text/tokenize.ts`). */
const SPECIAL =
  /[\u064b-\u0652\u00ad\u200b-\u200f\u2060\ufeff\u0640\u0370-\u04ff\u0660-\u0669\u06f0-\u06f9]|[-\u2010\u2011][ \t\r]*\n|[\u05d0-\u05ea]"[\u05d0-\u05ea]/;

/** Roles the block analysis adds to a term's own (a recipient, an Iranian weapon, a link). */
const DERIVED = IRAN_GETS | RUSSIA_GETS | IRANIAN_WEAPON | LINKED;

const PASS_ALL: ContextGate = { test: () => true };

/** Form keys (or cores) handled between two steps of `contextGateSteps`. */
const STEP = 128;

/** Affixes by the letter they end with (`end`) or start with: each word checks its own few. */
type AffixIndex = Map<string, string[]>;

function affixIndex(affixes: readonly string[], end: boolean): AffixIndex {
  const index: AffixIndex = new Map();
  for (const a of affixes) {
    if (a === '') continue;
    const c = end ? a[a.length - 1]! : a[0]!;
    const list = index.get(c);
    if (list) list.push(a);
    else index.set(c, [a]);
  }
  return index;
}

/** The longest of the affixes that `word` starts (or, `end`, ends) with; '' for none. */
function longest(word: string, affixes: AffixIndex, end: boolean): string {
  let best = '';
  for (const a of affixes.get(end ? word.slice(-1) : word.slice(0, 1)) ?? []) {
    if (a.length > best.length && (end ? word.endsWith(a) : word.startsWith(a))) best = a;
  }
  return best;
}

/**
 * Of every form key, the part each raw spelling holds (its longest word, less what a clitic
 * prefix or an inflection rule may have put back: only a phrase's first and last words take a
 * clitic, only its last an ending), with the role bits of the keys it stands for; '' where
 * nothing is sure to remain. Keys whose bits are only FROM or TO add nothing to a block's.
 */
function* coresOf(m: Matcher): Generator<void, Map<string, number>, void> {
  const prefixes = affixIndex(
    [...m.prefixes.values()].flat().map(([, r]) => r),
    false,
  );
  const endings = affixIndex(
    [...m.suffixes.values()].flat().map(([, r]) => r),
    true,
  );
  const cores = new Map<string, number>();
  let read = 0;
  for (const [key, hit] of m.forms) {
    if (++read % STEP === 0) yield;
    if (!(hit.bits & ~(FROM | TO))) continue;
    const words = key.split(' ');
    let core = '';
    words.forEach((word, i) => {
      let part = word;
      if (i === 0 || i === words.length - 1)
        part = part.slice(longest(part, prefixes, false).length);
      if (i === words.length - 1)
        part = part.slice(0, part.length - longest(part, endings, true).length);
      if (part.length > core.length) core = part;
    });
    cores.set(core, (cores.get(core) ?? 0) | hit.bits);
  }
  return cores;
}

/**
 * Each core's bits with those of the cores it starts with: where a scan finds the longest core
 * at a position, the shorter ones there occur too.
 */
function* withPrefixBits(
  cores: ReadonlyMap<string, number>,
): Generator<void, Map<string, number>, void> {
  const out = new Map<string, number>();
  for (const [core, bits] of cores) {
    if (out.size % STEP === 0) yield;
    let all = bits;
    for (let n = 1; n < core.length; n++) all |= cores.get(core.slice(0, n)) ?? 0;
    out.set(core, all);
  }
  return out;
}

/**
 * Role bits of which every block `readInContext` reads holds one (`ALL` all the bits a block
 * can hold): taking them all away leaves too little, and the function is monotone. Few and
 * rare ones first, so that the first regex looks for few words.
 */
function neededBits(cores: ReadonlyMap<string, number>, all: number): number {
  const bits = Array.from({ length: 32 }, (_, i) => 1 << i).filter((b) => all & b);
  const holding = new Map(bits.map((b) => [b, 0]));
  for (const x of cores.values()) {
    for (const b of bits) if (x & b) holding.set(b, (holding.get(b) ?? 0) + 1);
  }
  let needed = 0;
  for (const b of bits.sort((x, y) => (holding.get(x) ?? 0) - (holding.get(y) ?? 0))) {
    if (!readInContext(all & ~needed)) break;
    needed |= b;
  }
  for (const b of bits) {
    if (needed & b && !readInContext(all & ~(needed & ~b))) needed &= ~b;
  }
  return readInContext(all & ~needed) ? all : needed;
}

/**
 * An alternation of `words`, longest first (words of one length in their given order). Runs
 * cold on every page that loads a stage: words are bucketed by length rather than sorted with a
 * comparator, and escaped in one pass over their joined text (cores are word characters: no line break).
 */
function alternation(words: readonly string[], flags: string): RegExp {
  const byLength: string[][] = [];
  for (const w of words) (byLength[w.length] ??= []).push(w);
  const longestFirst: string[] = [];
  for (let n = byLength.length - 1; n >= 0; n--) {
    const list = byLength[n];
    if (list) for (const w of list) longestFirst.push(w);
  }
  const escaped = longestFirst
    .join('\n')
    .replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&')
    .split('\n')
    .join('|');
  return new RegExp(escaped, flags);
}

/** The context gate of the matcher `m`. */
export function contextGate(m: Matcher): ContextGate {
  const steps = contextGateSteps(m);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `contextGate` in steps (its regexes compiled in steps of their own): a caller on a page's
 * main thread can give the thread back between them.
 */
export function* contextGateSteps(m: Matcher): Generator<void, ContextGate, void> {
  const cores = yield* withPrefixBits(yield* coresOf(m));
  if (cores.has('')) return PASS_ALL;
  let all = DERIVED;
  for (const bits of cores.values()) all |= bits;
  yield;
  const needed = neededBits(cores, all);
  yield;
  // First the words of the roles every read block holds one of: most blocks hold none.
  const first = alternation(
    [...cores].filter(([, bits]) => bits & needed).map(([core]) => core),
    '',
  );
  // At any position the scan finds the longest core there, and restarting one character after
  // each match, every position where a core starts.
  yield;
  const words = alternation([...cores.keys()], 'g');
  // A regex is compiled on its first use.
  yield;
  first.test('');
  yield;
  words.test('');
  words.lastIndex = 0;
  return {
    test(text) {
      const lower = text.toLowerCase();
      if (SPECIAL.test(lower)) return true;
      if (!first.test(lower)) return false;
      let seen = 0;
      words.lastIndex = 0;
      for (let hit = words.exec(lower); hit; hit = words.exec(lower)) {
        seen |= cores.get(hit[0]) ?? -1;
        if (readInContext(seen | DERIVED)) return true;
        words.lastIndex = hit.index + 1;
      }
      return false;
    },
  };
}
