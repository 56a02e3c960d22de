/**
 * A compiled `Matcher` (`compile.ts`) as plain JSON data, and back: a matcher can be compiled
 * at build time and only read at run time. The round trip gives back the same tables; what
 * `compileLexicons` derives from the forms alone (first three letters, phrase starts, longest
 * phrase) is derived again rather than stored.
 */
import {
  addToPrefixFilter,
  emptyPrefixFilter,
  PREFIX_LETTERS as FILTER_LETTERS,
  type PrefixFilter,
} from '../text/tokenize';
import type { Matcher, TermHit } from './compile';

/** Inflection or clitic rules keyed by one character: [suffix or prefix, replacement, lexicons]. */
type RuleEntries = Array<[string, Array<[string, string, number]>]>;

export interface MatcherData {
  /**
   * Per lexicon bit (bit i: entry i), the hits whose forms that lexicon listed first, each as
   * [bits, term, its form keys joined with `|`], in compile order; the term is '' where it is
   * the first key as written.
   */
  hits: Array<Array<[number, string, string]>>;
  /**
   * Form keys that more lexicons list than the one whose hit they keep, as [how many keys
   * before it, in the order of `hits`, lexicons].
   */
  shared: Array<[number, number]>;
  suffixes: RuleEntries;
  prefixes: RuleEntries;
  /**
   * The word filter, eight hex digits per 32-bit word; absent where it is derived again from
   * the form keys and the clitic prefixes (`filterOf`), which is smaller to ship.
   */
  filter?: string;
}

/** Separates form keys; tokens are word characters, so never part of a key. */
const SEP = '|';

/** Bit position of the lowest set bit (the first lexicon listing a key). */
const lowestBit = (bits: number): number => 31 - Math.clz32(bits & -bits);

/** A word cut to what the filter keys on: its first letters, or all of it when shorter. */
const filterStart = (w: string): string =>
  w.length > FILTER_LETTERS ? w.slice(0, FILTER_LETTERS) : w;

/**
 * The word filter `compileLexicons` builds, from the tables alone: every token of every form
 * key, and each behind the clitic prefixes of the lexicons that list the key.
 *
 * Runs cold on every page that loads a stage, so it counts operations: tokens are cut to the
 * letters that matter (a rule's replacement, then the filter's four) and merged with their
 * lexicons, each cut goes through only the rules of its lexicons, and each word start is added
 * once.
 */
function* filterOf(
  owners: ReadonlyMap<string, number>,
  prefixes: Matcher['prefixes'],
): Generator<void, PrefixFilter, void> {
  const rules = [...prefixes.values()].flat();
  let cut = FILTER_LETTERS;
  for (let i = 0; i < rules.length; i++) cut = Math.max(cut, rules[i]![1].length + FILTER_LETTERS);
  const heads = new Map<string, number>();
  let read = 0;
  for (const [key, lexicons] of owners) {
    if (++read % KEYS_PER_STEP === 0) yield;
    const tokens = key.split(' ');
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      const head = t.length > cut ? t.slice(0, cut) : t;
      heads.set(head, (heads.get(head) ?? 0) | lexicons);
    }
  }
  const starts = new Set<string>();
  const rulesOf = new Map<number, typeof rules>();
  // Steps counted in words looked at: a head goes through up to every rule.
  let step = 0;
  for (const [head, lexicons] of heads) {
    if (step > KEYS_PER_STEP) {
      step = 0;
      yield;
    }
    starts.add(filterStart(head));
    let own = rulesOf.get(lexicons);
    if (!own) rulesOf.set(lexicons, (own = rules.filter((rule) => rule[2] & lexicons)));
    step += 1 + own.length;
    for (let i = 0; i < own.length; i++) {
      const [p, r] = own[i]!;
      if (head.startsWith(r)) {
        starts.add(filterStart(p + head.slice(r.length, r.length + FILTER_LETTERS)));
      }
    }
  }
  const filter = emptyPrefixFilter();
  step = 0;
  for (const w of starts) {
    if (++step % KEYS_PER_STEP === 0) yield;
    addToPrefixFilter(filter, w);
  }
  return filter;
}

/** Runs `steps` to the end. */
function drain<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The matcher as data; without its word filter when `filter` is false (read back, it is
 * derived again). Throws on a matcher it could not give back unchanged.
 */
export function matcherData(m: Matcher, { filter = true } = {}): MatcherData {
  const groups: Array<Array<{ hit: TermHit; keys: string[] }>> = [];
  const shared: MatcherData['shared'] = [];
  const keysOf = new Map<TermHit, string[]>();
  let index = 0;
  for (const [key, hit] of m.forms) {
    if (key.includes(SEP)) throw new Error(`form key ${JSON.stringify(key)} holds "${SEP}"`);
    const owners = m.owners.get(key) ?? 0;
    if (owners === 0) throw new Error(`form key ${JSON.stringify(key)} has no lexicon`);
    const lexicon = lowestBit(owners);
    if (owners !== 2 ** lexicon) shared.push([index, owners]);
    index++;
    let keys = keysOf.get(hit);
    if (!keys) {
      keys = [];
      keysOf.set(hit, keys);
      while (groups.length <= lexicon) groups.push([]);
      groups[lexicon]!.push({ hit, keys });
    }
    keys.push(key);
  }
  const rules = (map: Matcher['suffixes']): RuleEntries =>
    [...map].map(([c, list]) => [c, list.map(([a, b, bits]) => [a, b, bits])]);
  const data: MatcherData = {
    hits: groups.map((list) =>
      list.map(({ hit, keys }) => [hit.bits, hit.term === keys[0] ? '' : hit.term, keys.join(SEP)]),
    ),
    shared,
    suffixes: rules(m.suffixes),
    prefixes: rules(m.prefixes),
  };
  if (filter) {
    data.filter = Array.from(m.filter, (w) => w.toString(16).padStart(8, '0')).join('');
  } else if (drain(filterOf(m.owners, m.prefixes)).some((w, i) => w !== m.filter[i])) {
    throw new Error('the word filter is not the one its form keys give');
  }
  return data;
}

/** The matcher `data` was made from. */
export function matcherFromData(data: MatcherData): Matcher {
  return drain(matcherFromDataSteps(data));
}

/** Form keys read between two steps of `matcherFromDataSteps`. */
const KEYS_PER_STEP = 128;

/**
 * `matcherFromData` in steps, returning the same tables: a caller on a page's main thread can
 * give the thread back between them.
 */
export function* matcherFromDataSteps(data: MatcherData): Generator<void, Matcher, void> {
  const forms = new Map<string, TermHit>();
  const owners = new Map<string, number>();
  const heads = new Set<string>();
  const phraseFirst = new Set<string>();
  const order: string[] = [];
  let maxPhrase = 1;
  for (let lexicon = 0; lexicon < data.hits.length; lexicon++) {
    const own = 2 ** lexicon;
    for (const [bits, term, keys] of data.hits[lexicon] ?? []) {
      if (order.length % KEYS_PER_STEP === 0) yield;
      const all = keys.split(SEP);
      const hit: TermHit = { bits, term: term || (all[0] ?? '') };
      for (const key of all) {
        order.push(key);
        forms.set(key, hit);
        owners.set(key, own);
        heads.add(key.slice(0, 3));
        const space = key.indexOf(' ');
        if (space > 0) {
          phraseFirst.add(key.slice(0, space));
          maxPhrase = Math.max(maxPhrase, key.split(' ').length);
        }
      }
    }
  }
  for (const [index, bits] of data.shared) owners.set(order[index] ?? '', bits);
  const rules = (entries: RuleEntries): Matcher['suffixes'] =>
    new Map(entries.map(([c, list]) => [c, list.map(([a, b, bits]) => [a, b, bits])]));
  const prefixes = rules(data.prefixes);
  let filter: PrefixFilter;
  yield;
  if (data.filter === undefined) filter = yield* filterOf(owners, prefixes);
  else {
    filter = new Uint32Array(data.filter.length / 8);
    for (let i = 0; i < filter.length; i++) {
      filter[i] = parseInt(data.filter.slice(i * 8, i * 8 + 8), 16);
    }
  }
  return {
    forms,
    phraseFirst,
    maxPhrase,
    suffixes: rules(data.suffixes),
    owners,
    heads,
    prefixes,
    filter,
  };
}
