/**
 * Types of the stance engine: how a text frames a matter (asserts it, credits it to someone,
 * reports a denial of it, or hedges it) and who it credits. Browser-free and pure; the
 * always-on probe and the detector stages never import it.
 */

/** How a sentence frames the matter it mentions. */
export type Stance = 'asserted' | 'attributed' | 'denied' | 'hedged';

/** Every stance, in display order. */
export const STANCES: readonly Stance[] = ['asserted', 'attributed', 'denied', 'hedged'];

/** The framing of one text: no stance when the rules are unsure. */
export interface Framing {
  stance?: Stance;
  /**
   * The shortest span of the text, verbatim, naming the person or institution the claim or the
   * denial is credited to (the innermost source of a nested attribution), or null.
   */
  speaker: string | null;
  /**
   * Of a hedged framing, the words that hedged it, verbatim ("reportedly", "are believed",
   * "was reported"); absent when no cue word did ("Reports say ...": an unnamed source).
   */
  hedge?: string;
}

/** What a cue word does; a form may do several (bits OR-ed). */
export const K = {
  /** A reporting verb ("said", "заявил", "قال"): its subject is the speaker. */
  SAY: 1,
  /** "according to", "по словам": the speaker follows. */
  SOURCE: 2,
  /** German "zufolge": the speaker precedes. */
  SOURCE_BEFORE: 4,
  /** "citing", "со ссылкой на": the speaker follows and is the innermost source. */
  CITE: 8,
  /** A denial verb ("denied", "опроверг", "نفى"). */
  DENY: 16,
  /**
   * "rejected", "dismissed": a denial only with a claim noun or a denial word. With DENY_WORD,
   * a separable verb's particle (German "wies ... zurück"): a denial word only for such a verb.
   */
  DENY_WEAK: 32,
  /**
   * "baseless", "фейк": a denial when someone calls, says or rejects it so. With SKIP, a
   * substitution ("made in Russia"): no denial when its clause names another place after it.
   */
  DENY_WORD: 64,
  /** "called", "назвал": a denial with a denial word, nothing alone. */
  CALL: 128,
  /** "acknowledged", "признал": an admission, credited to its speaker. */
  ADMIT: 256,
  /** "reports", "claims", "allegations": what a denial rejects; an unnamed source. */
  CLAIM: 512,
  /**
   * Negation: "not", "не", "لم". With SKIP, a verb that stops what follows ("stopped",
   * "перестал"): "had not stopped using" negates no matter.
   */
  NEG: 1024,
  /** Verbs of the matters ("supplied", "used", "coordinated"): negated, a denial. */
  ACT: 2048,
  /** "reportedly", "якобы", "ربما". */
  HEDGE: 4096,
  /** "despite", "although": what follows up to the next comma is not the sentence's claim. */
  CONCESSIVE: 8192,
  /** "which", "который": a denial right after it is only mentioned. */
  RELATIVE: 16384,
  /** "he", "она": a speaker the sentence does not name. */
  PRONOUN: 32768,
  /** "spokesman", "министр": a person's name may follow. */
  TITLE: 65536,
  /** Words of a speaker's name: "officials", "ministry", "senior", "источники". */
  NOUN: 131072,
  /** Countries, capitals, institutions and their adjectives. */
  PLACE: 262144,
  /** "of", "for", "и": joins two words of one name. */
  JOIN: 524288,
  /** Articles: "the", "les", "der". */
  DET: 1048576,
  /** Auxiliaries, adverbs and times between a speaker and its verb. */
  SKIP: 2097152,
  /** Ends a speaker's name: "that", "как", "أن", "روز". */
  STOP: 4194304,
  /** "was", "were": a passive ("denied by"). */
  BE: 8388608,
  /** "by" of a passive. */
  BY: 16777216,
  /** "if", "whether": a condition or a question, not a claim. */
  COND: 33554432,
  /** A denial negated in one word or phrase: "تکذیب نکرد" (did not deny). */
  NOT_DENIED: 67108864,
  /** "نفيها" (its denial): a noun whose speaker is the subject of the verb before it. */
  INHERIT: 134217728,
  /** "after", "когда": a denial or admission up to the next comma is only mentioned. */
  TEMPORAL: 268435456,
  /**
   * "saying", "подчеркнув", "affirmant": a participle after a comma speaks for the subject of
   * the verb before it ("Iran denied it, accusing Washington..." is Iran's).
   */
  PARTICIPLE: 536870912,
  /**
   * "analysts", "эксперты": a plural head whose qualifier names the source ("analysts at the
   * ISW" -> "the ISW", "Эксперты Московского центра Карнеги" -> "Московского центра Карнеги").
   */
  EXPERT: 1073741824,
  /**
   * Beside a substitution ("made in Russia"): alone, what takes its denial away ("now", "under
   * licence", "Alabuga"); with STOP, what sets it against Iran ("all", "entirely", "our own",
   * "not Iranian"). Bit 31, negative as an int32: kinds are only ever combined with & and |.
   */
  SUBST: -2147483648,
} as const;

/** Where a reporting verb's speaker stands in a language. */
export type SpeakerOrder = 'before' | 'after' | 'clause';

/**
 * One language's stance cues, as data. Forms are written like a detection lexicon's
 * (`engine/lexicon/types.ts`): `|` separates forms, words are tokenized like page text, and the
 * detection lexicon's inflection rules of the same language apply, so a stem covers its
 * endings. `order`: a verb's speaker stands `before` it (subject first, else after it when the
 * verb comes first), `after` it (verb first, Arabic), or at the start of its `clause` (verb last,
 * Persian).
 */
export interface StanceCues {
  lang: string;
  order: SpeakerOrder;
  cues: readonly (readonly [number, string])[];
}
