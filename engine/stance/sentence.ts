/**
 * The stance of one sentence, by rules over its cues (see `types.ts` for the kinds):
 *
 * 1. A concessive or relative clause ("despite Tehran's denials", "which has denied it") only
 *    mentions what it says: its cues are set aside.
 * 2. A denial that is itself negated ("did not deny") leaves the rules unsure.
 * 3. An admission ("acknowledged") credits the claim to its speaker.
 * 4. A denial: a denial verb, a rejection of claims, a claim called baseless (also in reported
 *    speech: "said the allegations were politically motivated", or in a quote the verb
 *    reports), or a negated verb of the matter ("had not provided any weapons"), with the
 *    speaker of its verb; a participle after a comma ("accusing...") is that speaker's. A
 *    denial beside someone else's attribution ("US says..., Tehran denies") is left unsure.
 * 5. An attribution: "according to" / "citing" / "a report by" / a reporting verb with a named
 *    speaker, or a name and a colon opening a headline; the innermost source wins ("X reported,
 *    citing Y" -> Y). "Reports say" names no one: hedged.
 * 6. A hedge ("reportedly", "may have", "aurait").
 * 7. A condition or a question: unsure. Anything else is asserted.
 */
import {
  byAfter,
  nameAt,
  pronounSpeaker,
  shortest,
  spanText,
  speakerSpan,
  unnamed,
} from './speaker';
import type { StanceMatcher } from './match';
import { Gap, readWords, type Cue, type Words } from './tokens';
import { K, type Framing } from './types';

const UNSURE: Framing = { speaker: null };

/**
 * ", a claim Tehran denies": a denial inside an aside that opens with a claim noun mentions the
 * denial of a claim the sentence makes; it is not the sentence's own framing.
 */
function claimAside(w: Words, cue: Cue): boolean {
  if (!(cue.kinds & (K.DENY | K.DENY_WEAK))) return false;
  let i = cue.k - 1;
  let claim = false;
  for (; i >= 0 && cue.k - i <= 5 && w.gap[i + 1] === Gap.None; i--) {
    const k = w.kinds[i] ?? 0;
    if (k & K.BE) return false;
    if (k & K.CLAIM) claim = true;
  }
  return claim && i >= 0 && w.gap[i + 1] === Gap.Comma;
}

/** What a temporal clause sets aside: a denial or an admission ("after Tehran denied it"). */
const DENIALS = K.DENY | K.DENY_WEAK | K.ADMIT | K.NOT_DENIED | K.DENY_WORD;

/**
 * Marks the cues inside concessive and relative clauses (all of them) and temporal clauses
 * (denials and admissions), each up to the next comma.
 */
function setAside(w: Words): Set<Cue> {
  const aside = new Set<Cue>();
  const n = w.norm.length;
  let until = -1;
  let mask = 0;
  for (const cue of w.cues) {
    if ((cue.k <= until && cue.kinds & mask) || claimAside(w, cue)) {
      aside.add(cue);
      continue;
    }
    if (cue.k <= until || !(cue.kinds & (K.CONCESSIVE | K.RELATIVE | K.TEMPORAL))) continue;
    aside.add(cue);
    mask = cue.kinds & (K.CONCESSIVE | K.RELATIVE) ? -1 : DENIALS;
    let j = cue.k + cue.len;
    while (j < n && w.gap[j] === Gap.None) j++;
    until = j - 1;
  }
  return aside;
}

/** Cues that open a clause only mentioning what it says. */
const ASIDE = K.CONCESSIVE | K.RELATIVE | K.TEMPORAL;

/** A negation right before a denial or an admission: "did not deny", "не опроверг". */
function negatedDenial(w: Words, cue: Cue): boolean {
  if (cue.kinds & K.NOT_DENIED) return true;
  for (let i = cue.k - 1, seen = 0; i >= 0 && seen < 3 && w.gap[i + 1] === Gap.None; i--, seen++) {
    const k = w.kinds[i] ?? 0;
    if (k & K.NEG) return true;
    if (!(k & (K.SKIP | K.BE))) return false;
  }
  return false;
}

/** A verb that stops what follows ("stopped", "перестал"). */
const CEASE = K.NEG | K.SKIP;

/**
 * Negated verbs of the matter: "has not provided", "не поставлял", "لم ترسل", "n'avait livré
 * aucune", "نداده". Returns the word index of each, in order.
 */
function negatedActs(w: Words, aside: ReadonlySet<number>): number[] {
  const out: number[] = [];
  const n = w.norm.length;
  const kind = (i: number) => w.kinds[i] ?? 0;
  for (let i = 0; i < n; i++) {
    if (aside.has(i)) continue;
    const k = kind(i);
    if (k & K.NEG && k & K.ACT) {
      out.push(i);
      continue;
    }
    if (k & K.NEG) {
      // "stopped using": a verb that stops the act negates nothing of the matter.
      if ((k & CEASE) === CEASE) continue;
      // At most two other words between ("no Iranian drones were used"), besides auxiliaries
      // and a nationality right after the negation ("no Iranian military advisers are present").
      let others = 0;
      for (let j = i + 1; j < n && j - i <= 5 && w.gap[j] === Gap.None; j++) {
        const kj = kind(j);
        // "had not stopped using": the negation is of the stopping.
        if ((kj & CEASE) === CEASE) break;
        if (kj & K.ACT) {
          out.push(i);
          break;
        }
        if (kj & (K.SKIP | K.BE | K.NEG) || (j === i + 1 && kj & K.PLACE)) continue;
        if (++others > 2) break;
      }
      continue;
    }
    // "sent none", "livré aucune", "ارسال نکرده": the negation right after the verb.
    if (k & K.ACT && i + 1 < n && w.gap[i + 1] === Gap.None && kind(i + 1) & K.NEG) {
      // "helped stop the offensive": a verb that stops is no negation.
      if (!(kind(i + 1) & K.ACT) && (kind(i + 1) & CEASE) !== CEASE) out.push(i);
    }
  }
  return out;
}

interface Credit {
  cue: Cue;
  speaker: string | null;
  /** The name is a report or the media: no one is named. */
  unnamed: boolean;
  pronoun: boolean;
  /** The name stands before the cue ("Tehran denies"), not after it ("said Peskov"). */
  first?: boolean;
}

/** A participle opening a clause after a comma: it has the subject of the verb before it. */
const participle = (w: Words, cue: Cue) =>
  (cue.kinds & K.PARTICIPLE) !== 0 && w.gap[cue.k] === Gap.Comma;

function credit(w: Words, cue: Cue): Credit {
  if (participle(w, cue)) return { cue, speaker: null, unnamed: false, pronoun: false };
  const span = cue.kinds & K.INHERIT ? null : speakerSpan(w, cue);
  if (!span) return { cue, speaker: null, unnamed: false, pronoun: pronounSpeaker(w, cue) };
  if (unnamed(w, span)) return { cue, speaker: null, unnamed: true, pronoun: false };
  const speaker = spanText(w, shortest(w, span));
  return { cue, speaker, unnamed: false, pronoun: false, first: span.b < cue.k };
}

/**
 * A verb with no subject of its own after another verb: right after a comma ("Kremlin denies
 * ..., says ...") or, in Arabic, a present tense joined by "و" ("الكرملين ينفي ... ويؤكد"; a
 * past tense, "وقال مسؤول", brings its own subject).
 */
function sharesSubject(w: Words, cue: Cue): boolean {
  if (cue.order === 'before') return w.gap[cue.k] === Gap.Comma;
  if (cue.order !== 'after') return false;
  const word = w.text.slice(w.start[cue.k], w.end[cue.k]);
  return /^\u0648[\u064a\u06cc\u062a]/.test(word);
}

const VERBS = K.SAY | K.DENY | K.DENY_WEAK | K.ADMIT | K.CALL;

/**
 * "..., says Zelensky": a name after the verb that ends the clause is the verb's own speaker, not
 * its object ("says Geran weapons are made in Russia").
 */
function namesItsSpeaker(w: Words, cue: Cue): boolean {
  // Where a verb comes first (Arabic), a name after it is its subject anyway.
  if (cue.order !== 'before') return false;
  const span = speakerSpan(w, cue);
  if (!span || span.a <= cue.k) return false;
  const next = span.b + 1;
  return next >= w.norm.length || w.gap[next] !== Gap.None;
}

/**
 * The credit of each verb and source of the sentence, in order. A verb whose subject is left
 * out shares the one before it ("Iran denies it, but admits..."; "Tehran called them baseless
 * and said...").
 */
function creditAll(w: Words, cues: readonly Cue[]): Map<Cue, Credit> {
  const out = new Map<Cue, Credit>();
  let last: Credit | null = null;
  for (const cue of cues) {
    if (!(cue.kinds & (VERBS | K.SOURCE | K.SOURCE_BEFORE | K.CITE))) continue;
    let c = credit(w, cue);
    const verb = (cue.kinds & VERBS) !== 0;
    if (verb && c.speaker === null && !c.pronoun && !c.unnamed && last !== null) {
      c = { ...c, speaker: last.speaker };
    } else if (
      verb &&
      last?.first &&
      !c.first &&
      !participle(w, cue) &&
      sharesSubject(w, cue) &&
      !namesItsSpeaker(w, cue)
    ) {
      // A headline's subject stands first and its verbs share it; what the second verb seems
      // to name ("says Geran weapons", "وتتهم واشنطن") is its object.
      c = { ...c, speaker: last.speaker, unnamed: false, pronoun: false, first: true };
    }
    if (verb && c.speaker !== null) last = c;
    out.set(cue, c);
  }
  return out;
}

/**
 * "Kremlin: reports ... are fake", "Песков: ...": a short name and a colon opening the sentence
 * credit what follows to that name, as a reporting verb would.
 */
function headline(w: Words): { cue: Cue; credit: Credit } | null {
  let j = 1;
  while (j < w.norm.length && j <= 6 && !w.colon[j]) j++;
  if (j >= w.norm.length || j > 6 || !w.colon[j]) return null;
  const span = nameAt(w, 0);
  if (!span || span.b !== j - 1) return null;
  const cue: Cue = { k: j - 1, len: 1, kinds: K.SAY, lang: '', order: 'before' };
  const speaker = spanText(w, shortest(w, span));
  return { cue, credit: { cue, speaker, unnamed: false, pronoun: false } };
}

/** A separable verb's particle ("lehnte ... ab"): a denial word only for a rejecting verb. */
const PARTICLE = K.DENY_WORD | K.DENY_WEAK;
const isParticle = (c: Cue) => (c.kinds & PARTICLE) === PARTICLE;

/** "made in Russia", "российского производства": the matter's weapons are said to be home-made. */
const SUBSTITUTION = K.DENY_WORD | K.SKIP;
/** "all", "entirely", "our own", "not Iranian": what sets a substitution against Iran. */
const AGAINST = K.SUBST | K.STOP;

/**
 * A substitution denies only when set against Iran ("all drones are made in Russia", "Russian-
 * made, not Iranian") or beside a denial verb, and never beside what credits Iran after all ("now made in Russia",
 * "under licence", "at Alabuga", "with Iranian help"): else it is only its speaker's claim.
 */
function substitutionDenies(w: Words, c: Cue): boolean {
  let against = false;
  for (let i = 0; i < w.norm.length; i++) {
    const k = w.kinds[i] ?? 0;
    if (k & K.SUBST) {
      if ((k & AGAINST) !== AGAINST) return false;
      against = true;
    }
    // A denial frame: "denies using Iranian drones and says they are Russian-made".
    if (k & K.DENY) against = true;
  }
  // Another place in the substitution's clause credits it ("made in Russia from Iranian parts"),
  // unless negated ("and not in Iran").
  for (let j = c.k + c.len; j < w.norm.length && w.gap[j] === Gap.None; j++) {
    if ((w.kinds[j] ?? 0) & K.PLACE && !((w.kinds[j - 1] ?? 0) & K.NEG)) return false;
  }
  return against;
}

/** A denial word in its own right ("baseless"), not a particle; a substitution as above. */
function denyWord(w: Words, c: Cue): boolean {
  if (!(c.kinds & K.DENY_WORD) || isParticle(c)) return false;
  if ((c.kinds & SUBSTITUTION) !== SUBSTITUTION) return true;
  return substitutionDenies(w, c);
}

/** A claim noun opening the sentence and a denial word later: "Reports that ... are false". */
function denyWordAfterClaim(w: Words, main: readonly Cue[]): boolean {
  const first = main[0];
  if (!first || !(first.kinds & K.CLAIM)) return false;
  for (let i = 0; i < first.k; i++) if (!((w.kinds[i] ?? 0) & (K.DET | K.SKIP))) return false;
  return main.some((c) => denyWord(w, c) && c.k > first.k);
}

/** A verb of the matter earlier in the verb's clause: "ارسال سلاح ... را رد کرد". */
function actBefore(w: Words, cue: Cue): boolean {
  for (let i = cue.k - 1; i >= 0 && w.gap[i + 1] === Gap.None; i--) {
    if ((w.kinds[i] ?? 0) & K.ACT) return true;
  }
  return false;
}

/** Before the verb: an article ("the alleged transfer") or a passive ("it was reported"). */
function adjectival(w: Words, cue: Cue): boolean {
  const i = cue.k - 1;
  return i >= 0 && w.gap[cue.k] === Gap.None && ((w.kinds[i] ?? 0) & (K.DET | K.BE)) !== 0;
}

/** The words from cue `first` through cue `last`, as written in the sentence. */
function spanOf(w: Words, first: Cue, last: Cue = first): string {
  return w.text.slice(w.start[first.k] ?? 0, w.end[last.k + last.len - 1] ?? 0);
}

const HEDGED: Framing = { stance: 'hedged', speaker: null };

/** A hedged framing, with the words that hedged (from `from` through `cue`) when a cue did. */
function hedged(w: Words, cue: Cue | undefined, from?: Cue): Framing {
  return cue ? { stance: 'hedged', speaker: null, hedge: spanOf(w, from ?? cue, cue) } : HEDGED;
}

/** Each opening quotation mark and what closes it (a straight or single quote before no letter). */
const QUOTES: Record<string, RegExp> = {
  '"': /"/g,
  '\u201c': /\u201d/g,
  '\u201e': /[\u201c\u201d]/g,
  '\u00ab': /\u00bb/g,
  '\u2018': /\u2019(?![\p{L}])/gu,
  "'": /'(?![\p{L}])/gu,
};

/** Most words between a quote opening the sentence and the verb that reports it. */
const MAX_AFTER_QUOTE = 8;

/**
 * '"We have no information," Peskov told reporters': a quote opening the sentence, closed a
 * few words before the reporting verb at `cue`, is that verb's speech. Its end (a character
 * offset), or -1.
 */
function frontQuoteEnd(w: Words, cue: Cue): number {
  const open = /^\s*(["\u201c\u201e\u00ab\u2018'])/.exec(w.text);
  const closing = open ? QUOTES[open[1] ?? ''] : undefined;
  if (!open || !closing) return -1;
  closing.lastIndex = open[0].length;
  const close = closing.exec(w.text);
  const at = w.start[cue.k] ?? 0;
  if (!close || close.index >= at) return -1;
  let words = 0;
  for (let i = cue.k - 1; i >= 0 && (w.start[i] ?? 0) > close.index; i--) words++;
  return words <= MAX_AFTER_QUOTE ? close.index : -1;
}

/**
 * "..., Iran's IRNA news agency quoted the foreign minister as saying.": the reporting verb at
 * `cue` stands in the sentence's last clause, a few words after its comma, and reports all
 * that comes before. The comma's offset, or -1.
 */
function closingClauseStart(w: Words, cue: Cue): number {
  let c = cue.k;
  while (c > 0 && w.gap[c] === Gap.None && cue.k - c < MAX_AFTER_QUOTE) c--;
  if (c === 0 || w.gap[c] !== Gap.Comma) return -1;
  for (let j = cue.k + 1; j < w.norm.length; j++) if (w.gap[j] !== Gap.None) return -1;
  return w.end[c - 1] ?? -1;
}

/** The stance of one sentence (the caller bounds its length), read through `cues` if given. */
export function sentenceStance(text: string, cues?: StanceMatcher): Framing {
  const w = readWords(text, cues);
  const aside = setAside(w);
  const main = w.cues.filter((c) => !aside.has(c));
  const asideWords = new Set<number>();
  for (const c of aside) {
    let j = c.k;
    let says = false;
    while (j < w.norm.length && (j === c.k || w.gap[j] === Gap.None)) {
      says ||= ((w.kinds[j] ?? 0) & K.SAY) !== 0;
      asideWords.add(j++);
    }
    // "коли каже, що не постачає" (when it says that it does not supply): what the aside's verb
    // reports is aside too.
    if (says && c.kinds & ASIDE && w.gap[j] === Gap.Comma && (w.kinds[j] ?? 0) & K.STOP) {
      do asideWords.add(j++);
      while (j < w.norm.length && w.gap[j] === Gap.None);
    }
  }
  const any = (kind: number) => main.some((c) => c.kinds & kind);
  const credits = creditAll(w, main);
  const creditOf = (c: Cue) => credits.get(c) ?? credit(w, c);

  const denials = main.filter((c) => c.kinds & (K.DENY | K.DENY_WEAK | K.ADMIT | K.NOT_DENIED));
  if (denials.some((c) => negatedDenial(w, c))) return UNSURE;

  const admission = main.find((c) => c.kinds & K.ADMIT);
  if (admission) return { stance: 'attributed', speaker: creditOf(admission).speaker };

  const head = headline(w);
  if (head) credits.set(head.cue, head.credit);
  const says = [...(head ? [head.cue] : []), ...main.filter((c) => c.kinds & K.SAY)];
  // "is said by US intelligence to have": a hedging passive that names its source.
  const sources = main.filter(
    (c) => c.kinds & (K.SOURCE | K.SOURCE_BEFORE | K.CITE) || (c.kinds & K.HEDGE && byAfter(w, c)),
  );
  const claimed = any(K.CLAIM) || any(K.DENY_WORD);
  // The denial word follows the verb ("called the reports fake"), or precedes it where the
  // verb comes last ("این ادعاها را عاری از حقیقت دانست").
  const denyWordAfter = (c: Cue) =>
    main.some((d) => denyWord(w, d) && (c.order === 'clause' ? d.k !== c.k : d.k > c.k));
  // Or it stands in the quote the verb reports ('"We have no information," Peskov said'), or
  // in the speech before a closing clause ("There is no evidence ..., IRNA quoted him as saying").
  const denyWordQuoted = (c: Cue) => {
    if (!(c.kinds & K.SAY)) return false;
    const quoted = frontQuoteEnd(w, c);
    const end = quoted >= 0 ? quoted : closingClauseStart(w, c);
    return end >= 0 && main.some((d) => denyWord(w, d) && (w.end[d.k] ?? 0) <= end);
  };
  const anchors = main.filter(
    (c) =>
      c.kinds & K.DENY ||
      (c.kinds & K.DENY_WEAK &&
        !isParticle(c) &&
        (claimed || (c.order === 'clause' && actBefore(w, c)))) ||
      (c.kinds & (K.CALL | K.SAY) && (denyWordAfter(c) || denyWordQuoted(c))),
  );
  if (head && denyWordAfter(head.cue)) anchors.unshift(head.cue);
  // "Reports that Iran ... are false": the text itself calls the claim false.
  const selfDenial = says.length === 0 && denyWordAfterClaim(w, main);
  const negated = negatedActs(w, asideWords);
  if (anchors.length > 0 || negated.length > 0 || selfDenial) {
    let speaker: string | null = null;
    let used: Cue | undefined;
    for (const a of anchors) {
      const c = creditOf(a);
      if (c.speaker !== null) {
        speaker = c.speaker;
        used = a;
        break;
      }
    }
    if (!used && negated.length > 0) {
      // "X said Iran had not supplied...": the reporting verb (or "according to") nearest the
      // negation, before it if there is one.
      const first = negated[0]!;
      const near = [...says, ...sources].sort(
        (a, b) =>
          Number(a.k > first) - Number(b.k > first) ||
          Math.abs(a.k - first) - Math.abs(b.k - first),
      );
      for (const s of near) {
        const c = creditOf(s);
        if (c.speaker !== null) {
          speaker = c.speaker;
          used = s;
          break;
        }
      }
    }
    // Someone else's attribution beside the denial: a claim and its denial in one sentence. A
    // report named as the claim ("rejected a report by X") and a verb that may be the matter's
    // ("передаёт", passes on) are not.
    // Unless that attribution closes the sentence ("Moscow denies it, says Zelensky"): then the
    // denial is what its speaker reports.
    for (const s of [...says, ...sources]) {
      if (s === used || anchors.includes(s) || s.kinds & (K.CLAIM | K.ACT)) continue;
      const c = creditOf(s);
      if (c.speaker === null || c.speaker === speaker) continue;
      if (closingClauseStart(w, s) >= 0 && namesItsSpeaker(w, s))
        return { stance: 'attributed', speaker: c.speaker };
      return UNSURE;
    }
    return { stance: 'denied', speaker };
  }

  // The innermost source: "citing" first, then "according to", then the last reporting verb.
  const ranked = [
    ...sources.filter((c) => c.kinds & K.CITE),
    ...sources.filter((c) => !(c.kinds & K.CITE)),
    ...[...says].reverse(),
  ].map(creditOf);
  const named = ranked.find((c) => c.speaker !== null);
  if (named) return { stance: 'attributed', speaker: named.speaker };
  const hedge = main.find((c) => c.kinds & K.HEDGE);
  if (ranked.some((c) => c.unnamed)) return hedged(w, hedge);
  if (ranked.some((c) => c.pronoun)) return { stance: 'attributed', speaker: null };
  // A finding ("were found") is no report: its passive hedges nothing.
  const hedgingSay = says.find(
    (c) => c.kinds & K.HEDGE || (adjectival(w, c) && !(c.kinds & K.ACT)),
  );
  if (hedgingSay) {
    if (hedgingSay.kinds & K.HEDGE) return hedged(w, hedgingSay);
    // "it is being reported": the passive's auxiliaries and the verb hedged; "the reported
    // transfer": the verb.
    let from = hedgingSay;
    for (;;) {
      const prev = w.gap[from.k] === Gap.None ? w.cues[w.cueAt[from.k - 1] ?? -1] : undefined;
      if (!prev || !(prev.kinds & K.BE)) break;
      from = prev;
    }
    return hedged(w, hedgingSay, from);
  }
  if (hedge) return hedged(w, hedge);
  if (ranked.some((c) => !(c.cue.kinds & K.ACT))) return UNSURE;
  if (any(K.COND) || /[?\u061f]\s*["'\u201d\u00bb]?\s*$/.test(text)) return UNSURE;
  return { stance: 'asserted', speaker: null };
}
