/**
 * Which matters (`catalogue.ts`) a text is about. The same code labels a page's mention and a
 * corpus passage (at corpus build), so the two meet on the same ids whatever the language:
 * the cue lexicons turn words into concepts, and the catalogue's rules turn concepts into
 * matters.
 */
import cueMatcherJson from '../../data/generated/cue-matcher.json';
import { lookupAt } from '../lexicon/compile';
import { matcherFromData } from '../lexicon/matcher-data';
import { tokenize } from '../text/tokenize';
import type { Topic } from '../types';
import { MATTERS, MATTER_THRESHOLD, matterInTopics, type Matter } from './catalogue';
import type { Concept } from './concepts';
import type { CompiledCues, CueMatcherData } from './compile-cues';
import { BARE_NAMES, TENURES, type Tenure } from './tenures';

/** A matter a text is about, with the evidence. */
export interface MatterHit {
  id: string;
  /** Rule weight reached (≥ the threshold). */
  score: number;
  /** The words of the text that counted, as written, most telling first. */
  cues: string[];
  /** Where the evidence came from: the sentence itself, or the text around it. */
  from: 'sentence' | 'context';
}

/** Concepts a text names: each with the distinct words that named it, as written. */
export type ConceptWords = Map<Concept, string[]>;

/** What is classified: a mention (its sentence, and the text around it) or a passage. */
export interface MatterQuery {
  /** The sentence(s) of the mention, or a passage's text. */
  text: string;
  /** The block around the sentence and the page's headline, for vague sentences. */
  context?: string;
  /** Only matters of these topics (and the bridges); all when absent. */
  topics?: readonly Topic[];
  /**
   * Drop dated matters of another time than the text's own (a corpus passage dated 2014 is not
   * about Assad's fall in 2024); a mention keeps them, last, since a page mixes times.
   */
  ownTimeOnly?: boolean;
}

/** Longest text read; a huge input is cut, not refused. */
const MAX_CHARS = 6000;
/** Weight of concepts found only around the sentence. */
const CONTEXT_WEIGHT = 0.5;
/** A second word naming the same concept adds half its weight again, a third nothing more. */
const REPEAT_BONUS = 0.5;
/** Matters found only in the context rank as if this much weaker. */
const CONTEXT_RANK = 0.75;
const MAX_WORDS_PER_CONCEPT = 4;

let compiled: CompiledCues | undefined;

/**
 * The cue matcher, compiled at build time from the cue lexicons (`compile-cues.ts`; a unit
 * test keeps the generated file current) and only read here.
 */
function matcher(): CompiledCues {
  if (!compiled) {
    const data = cueMatcherJson as unknown as CueMatcherData;
    compiled = { matcher: matcherFromData(data.matcher), rows: data.rows };
  }
  return compiled;
}

/**
 * The concepts `text` names, with the words (as written) that named them; through `cues` when
 * given (a test compares the generated matcher with a fresh compile). Never throws.
 */
export function conceptsOf(text: string, cues?: CompiledCues): ConceptWords {
  const out: ConceptWords = new Map();
  if (typeof text !== 'string' || text === '') return out;
  const clipped = text.slice(0, MAX_CHARS);
  const { matcher: m, rows } = cues ?? matcher();
  const { norm, start, end, pos } = tokenize(clipped, m.filter);
  for (let k = 0; k < norm.length; k++) {
    const found = lookupAt(m, norm, pos, k);
    if (!found) continue;
    const { hit, length } = found;
    const word = clipped.slice(start[k] ?? 0, end[k + length - 1] ?? 0);
    k += length - 1;
    for (const c of rows[hit.bits] ?? []) {
      const list = out.get(c) ?? [];
      const key = word.toLowerCase();
      if (list.length < MAX_WORDS_PER_CONCEPT && !list.some((x) => x.toLowerCase() === key)) {
        list.push(word);
      }
      out.set(c, list);
    }
  }
  return out;
}

/** 1 for a concept named once, up to 1 + REPEAT_BONUS for several words. */
const strength = (words: readonly string[] | undefined): number =>
  words && words.length > 0 ? 1 + REPEAT_BONUS * Math.min(1, words.length - 1) : 0;

/**
 * Scores one matter's rule. `own` are the concepts of the text judged, `around` those of its
 * context (weighed less). Every `needs` group must be met by the text judged itself.
 */
function scoreMatter(
  matter: Matter,
  own: ConceptWords,
  around: ConceptWords | null,
): { score: number; cues: string[] } | null {
  if (!matter.needs.every((group) => group.some((c) => own.has(c)))) return null;
  let score = 0;
  const cues: Array<{ w: number; words: string[] }> = [];
  for (const [c, weight] of Object.entries(matter.cues) as Array<[Concept, number]>) {
    const mine = strength(own.get(c));
    const theirs = around ? CONTEXT_WEIGHT * strength(around.get(c)) : 0;
    const s = Math.max(mine, theirs);
    if (s === 0) continue;
    score += weight * s;
    if (mine > 0) cues.push({ w: weight * s, words: own.get(c) ?? [] });
  }
  if (score < MATTER_THRESHOLD) return null;
  cues.sort((a, b) => b.w - a.w);
  return { score, cues: [...new Set(cues.flatMap((c) => c.words))].slice(0, 6) };
}

type Ranked = MatterHit & {
  generic: boolean;
  aspect: boolean;
  response: boolean;
  stale: boolean;
  order: number;
};

/** Specific matters first, then aspects of a deed (`Matter.aspect`), then generic ones. */
const breadth = (h: Ranked) => (h.generic ? 2 : h.aspect ? 1 : 0);

/**
 * Most specific first: a generic matter (Iran supplying arms, backing Assad) leads only where
 * nothing more specific is said, as the catalogue defines it, and an aspect (the drones'
 * make) only where no deed is; a response (sanctions) leads the
 * deeds it answers; then by score. A dated matter of another time than the one the
 * sentence tells (its years, its leaders' terms) comes last.
 */
function ordered(hits: Ranked[]): MatterHit[] {
  return hits
    .sort(
      (a, b) =>
        Number(a.stale) - Number(b.stale) ||
        breadth(a) - breadth(b) ||
        Number(b.response) - Number(a.response) ||
        b.score - a.score ||
        a.order - b.order,
    )
    .map(({ generic: _g, aspect: _a, response: _r, stale: _s, order: _o, ...hit }) => hit);
}

/** Digits of the scripts the cue lexicons cover, as ASCII (years are written in any). */
const DIGIT_ZEROS = [0x660, 0x6f0, 0x966, 0xce6];

/** Each year (1990–2039) a text names, whatever its digits, with where it stands. */
function yearSpans(text: string): Array<{ year: number; at: number; end: number }> {
  let ascii = '';
  for (const ch of text.slice(0, MAX_CHARS)) {
    const code = ch.codePointAt(0) ?? 0;
    const zero = DIGIT_ZEROS.find((z) => code >= z && code <= z + 9);
    // One code unit per digit replaced, so offsets stay the text's.
    ascii += zero === undefined ? ch : String(code - zero);
  }
  const out: Array<{ year: number; at: number; end: number }> = [];
  for (const m of ascii.matchAll(/(?<![\p{N}\p{L}])(?:199\d|20[0-3]\d)(?![\p{N}\p{L}])/gu)) {
    out.push({ year: Number(m[0]), at: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The years (1990–2039) a text names, whatever its digits. */
export function yearsNamed(text: string): number[] {
  return yearSpans(text).map((y) => y.year);
}

/** Words of an event a year beside them dates ("the 2018 Tehran summit", "2019 withdrawal"). */
const EVENTS: readonly Concept[] = ['visit', 'intervention', 'air_campaign', 'withdraw', 'fall'];
/** Characters between a year and an event word for the year to date it. */
const BESIDE = 16;

/** The years that start a span ("since 2015", "vanaf 2015"): the text tells no time by them. */
function sinceYears(text: string, own: ConceptWords): Set<number> {
  const lower = text.slice(0, MAX_CHARS).toLowerCase();
  const out = new Set<number>();
  for (const y of yearSpans(text)) {
    const before = lower.slice(Math.max(0, y.at - 16), y.at).trimEnd();
    if (
      (own.get('since') ?? []).some((w) =>
        new RegExp(`(?:^|[\\s(])${escape(w.toLowerCase())}$`, 'u').test(before),
      )
    ) {
      out.add(y.year);
    }
  }
  return out;
}

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The years written beside an event word of the text. */
function eventYears(text: string, own: ConceptWords): number[] {
  const lower = text.slice(0, MAX_CHARS).toLowerCase();
  const spans: Array<[number, number]> = [];
  for (const c of EVENTS) {
    for (const w of own.get(c) ?? []) {
      const word = w.toLowerCase();
      for (let i = lower.indexOf(word); i >= 0; i = lower.indexOf(word, i + 1)) {
        spans.push([i, i + word.length]);
      }
    }
  }
  return yearSpans(text)
    .filter((y) => spans.some(([a, b]) => (a >= y.end ? a - y.end : y.at - b) <= BESIDE))
    .map((y) => y.year);
}

const near = (y: number, year: number | undefined) => year !== undefined && Math.abs(y - year) <= 1;

/**
 * The time a text tells: the years it names near a dated matter's or beside an event word
 * (other years, "since 2020", tell nothing) and the terms of the leaders it names (Rouhani: 2013–2021).
 */
interface TextTime {
  years: number[];
  terms: Tenure[];
}

function timeTold(text: string, own: ConceptWords): TextTime {
  // "Since 2015" starts a span: it does not tell the time of the text.
  const since = sinceYears(text, own);
  const told = new Set(yearsNamed(text).filter((y) => !since.has(y)));
  const dated = new Set(eventYears(text, own));
  const terms: Tenure[] = [];
  // "Former foreign minister Zarif said ..." speaks now, not in his term.
  const retrospect = own.has('former');
  const named = new Set(own.keys());
  for (const [bare, rule] of Object.entries(BARE_NAMES)) {
    if (rule && own.has(bare as Concept) && rule.with.some((c) => own.has(c))) named.add(rule.as);
  }
  for (const [c, term] of Object.entries(TENURES) as Array<[Concept, Tenure]>) {
    if (named.has(c) && !retrospect) terms.push(term);
  }
  const years = [...told].filter((y) => dated.has(y) || MATTERS.some((m) => near(y, m.year)));
  return { years, terms };
}

const inTerm = (year: number, t: Tenure) => year >= t.from && (t.to === undefined || year <= t.to);

/**
 * Whether a dated matter is of another time than the text's: the text tells a time and none of
 * it is near the matter's year. A year and a term count alike, so a named year keeps its matter
 * beside a leader of another time ("former president Rouhani on the July 2022 visit").
 */
const otherTime = (matter: Matter, time: TextTime): boolean => {
  const year = matter.year;
  if (year === undefined || (time.years.length === 0 && time.terms.length === 0)) return false;
  return !time.years.some((y) => near(y, year)) && !time.terms.some((t) => inTerm(year, t));
};

function matchAll(
  own: ConceptWords,
  around: ConceptWords | null,
  topics: readonly Topic[] | undefined,
  from: MatterHit['from'],
  time: TextTime,
) {
  const out: Ranked[] = [];
  MATTERS.forEach((matter, order) => {
    if (topics && !matterInTopics(matter, topics)) return;
    const r = scoreMatter(matter, own, around);
    if (r) {
      out.push({
        id: matter.id,
        ...r,
        from,
        generic: matter.generic === true,
        aspect: matter.aspect === true,
        response: matter.response === true,
        stale: otherTime(matter, time),
        order,
      });
    }
  });
  return out;
}

/**
 * The matters a text is about, most specific first. A vague sentence ("the two countries
 * deny it") takes its matters from the context around it, marked `from: 'context'`. Never
 * throws; returns [] for anything that is not text.
 */
export function classifyMatters(query: MatterQuery): MatterHit[] {
  try {
    const text = typeof query?.text === 'string' ? query.text : '';
    const context = typeof query?.context === 'string' ? query.context : '';
    const topics = Array.isArray(query?.topics) ? query.topics : undefined;
    const own = conceptsOf(text);
    const around = context ? conceptsOf(context) : null;
    const time = timeTold(text, own);
    const keep = (hits: Ranked[]) => (query.ownTimeOnly ? hits.filter((h) => !h.stale) : hits);
    const direct = keep(matchAll(own, around, topics, 'sentence', time));
    if (direct.some((h) => !h.generic && !h.stale) || !around) return ordered(direct);
    // Nothing specific in the sentence itself: what the surrounding text is about.
    const seen = new Set(direct.map((h) => h.id));
    const merged: ConceptWords = new Map(around);
    for (const [c, words] of own) merged.set(c, [...new Set([...words, ...(around.get(c) ?? [])])]);
    const wider = keep(matchAll(merged, null, topics, 'context', time)).filter(
      (h) => !seen.has(h.id),
    );
    // Evidence from around the sentence ranks below the sentence's own.
    for (const h of wider) h.score *= CONTEXT_RANK;
    return ordered([...direct, ...wider]);
  } catch {
    return [];
  }
}
