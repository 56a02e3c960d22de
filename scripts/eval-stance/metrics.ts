/**
 * Scoring of stance and speaker against a labelled file. Pure, so `npm run eval:stance` and its
 * unit test share it. Each line: {"id", "lang", "topic", "text", "stance", "speaker",
 * "speaker_alt", "note"}; stance is asserted | attributed | denied | hedged, speaker a verbatim
 * span of the text or null, speaker_alt other acceptable spans.
 */
import { STANCES, type Framing, type Stance } from '../../engine/stance';

/** One labelled line. */
export interface StanceItem {
  id: string;
  lang: string;
  text: string;
  stance: Stance;
  speaker: string | null;
  speakerAlt: string[];
}

/** Precision and recall of one stance; null where nothing was predicted (or labelled). */
export interface StanceScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number | null;
  recall: number | null;
}

/** Figures for one set of lines. */
export interface StanceReport {
  items: number;
  /** Lines given a stance (the rest: unsure, nothing said). */
  covered: number;
  /** Lines whose stance is right, over all lines. */
  accuracy: number | null;
  perStance: Record<Stance, StanceScore>;
  speaker: {
    /** Lines whose label names a speaker. */
    named: number;
    /** Of those, lines whose predicted speaker matches the label or an alternative. */
    exact: number;
    rate: number | null;
    /** Lines labelled without a speaker that were given one. */
    spurious: number;
  };
}

/** A line the rules got wrong (stance or speaker). */
export interface StanceMiss {
  id: string;
  lang: string;
  text: string;
  want: { stance: Stance; speaker: string | null };
  got: Framing;
}

/** Parses JSONL; returns the valid items and one message per bad line. */
export function parseStanceLines(content: string): { items: StanceItem[]; errors: string[] } {
  const items: StanceItem[] = [];
  const errors: string[] = [];
  content.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    let v: Record<string, unknown>;
    try {
      v = JSON.parse(line) as Record<string, unknown>;
    } catch {
      errors.push(`line ${i + 1}: not JSON`);
      return;
    }
    const stance = v?.stance;
    const speaker = v?.speaker;
    if (
      typeof v !== 'object' ||
      v === null ||
      typeof v.text !== 'string' ||
      !STANCES.includes(stance as Stance) ||
      (speaker !== null && typeof speaker !== 'string')
    ) {
      errors.push(
        `line ${i + 1}: needs "text", "stance" (${STANCES.join('/')}) and "speaker" (string or null)`,
      );
      return;
    }
    const alt = Array.isArray(v.speaker_alt)
      ? v.speaker_alt.filter((s): s is string => typeof s === 'string')
      : [];
    items.push({
      id: typeof v.id === 'string' ? v.id : `line-${i + 1}`,
      lang: typeof v.lang === 'string' ? v.lang : 'und',
      text: v.text,
      stance: stance as Stance,
      speaker: speaker as string | null,
      speakerAlt: alt,
    });
  });
  return { items, errors };
}

const ARTICLES = new Set([
  'the',
  'a',
  'an',
  'le',
  'la',
  'les',
  "l'",
  'l’',
  'un',
  'une',
  'des',
  'du',
  'der',
  'die',
  'das',
  'den',
  'dem',
  'ein',
  'eine',
  'einer',
]);

/**
 * A speaker as compared: lower case, without surrounding punctuation or quotes, and without a
 * leading article ("The Kremlin" = "kremlin", "« Le Monde »" = "monde").
 */
export function normalizeSpeaker(s: string): string {
  let t = s
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '');
  const elided = /^(l['’])(.+)$/u.exec(t);
  if (elided) t = elided[2]!;
  const first = t.split(' ')[0] ?? '';
  if (ARTICLES.has(first) && t.length > first.length) t = t.slice(first.length + 1);
  return t.replace(/^[\s\p{P}\p{S}]+/u, '');
}

/** The predicted speaker equals the labelled one or an alternative, once normalized. */
export function speakerMatches(predicted: string | null, item: StanceItem): boolean {
  if (predicted === null || item.speaker === null) return false;
  const p = normalizeSpeaker(predicted);
  return [item.speaker, ...item.speakerAlt].some((s) => normalizeSpeaker(s) === p);
}

const ratio = (a: number, b: number) => (b === 0 ? null : a / b);

/** Scores predictions against the labels. */
export function scoreStance(
  items: readonly StanceItem[],
  predict: (text: string) => Framing,
): { report: StanceReport; misses: StanceMiss[] } {
  const counts = Object.fromEntries(STANCES.map((s) => [s, { tp: 0, fp: 0, fn: 0 }])) as Record<
    Stance,
    { tp: number; fp: number; fn: number }
  >;
  const misses: StanceMiss[] = [];
  let covered = 0;
  let right = 0;
  let named = 0;
  let exact = 0;
  let spurious = 0;
  for (const item of items) {
    const got = predict(item.text);
    if (got.stance) covered++;
    if (got.stance === item.stance) {
      right++;
      counts[item.stance].tp++;
    } else {
      counts[item.stance].fn++;
      if (got.stance) counts[got.stance].fp++;
    }
    let speakerOk = true;
    if (item.speaker !== null) {
      named++;
      speakerOk = speakerMatches(got.speaker, item);
      if (speakerOk) exact++;
    } else if (got.speaker !== null) {
      spurious++;
      speakerOk = false;
    }
    if (got.stance !== item.stance || !speakerOk) {
      misses.push({
        id: item.id,
        lang: item.lang,
        text: item.text,
        want: { stance: item.stance, speaker: item.speaker },
        got,
      });
    }
  }
  const perStance = Object.fromEntries(
    STANCES.map((s) => {
      const c = counts[s];
      return [s, { ...c, precision: ratio(c.tp, c.tp + c.fp), recall: ratio(c.tp, c.tp + c.fn) }];
    }),
  ) as Record<Stance, StanceScore>;
  return {
    report: {
      items: items.length,
      covered,
      accuracy: ratio(right, items.length),
      perStance,
      speaker: { named, exact, rate: ratio(exact, named), spurious },
    },
    misses,
  };
}

/** Figures overall and per language (languages in order of first appearance). */
export function scoreByLanguage(
  items: readonly StanceItem[],
  predict: (text: string) => Framing,
): { overall: StanceReport; languages: Record<string, StanceReport>; misses: StanceMiss[] } {
  const { report, misses } = scoreStance(items, predict);
  const languages: Record<string, StanceReport> = {};
  for (const lang of [...new Set(items.map((i) => i.lang))]) {
    languages[lang] = scoreStance(
      items.filter((i) => i.lang === lang),
      predict,
    ).report;
  }
  return { overall: report, languages, misses };
}
