/**
 * Who a cue credits: the words naming the person or institution next to a reporting or denial
 * verb, after "according to" or "citing", cut to the shortest span that still names them
 * ("Iran's foreign ministry spokesman Nasser Kanaani" -> "Nasser Kanaani"). Each scan reads at
 * most MAX_WORDS words, so the whole stays linear in the sentence.
 */
import { Gap, type Cue, type Words } from './tokens';
import { K } from './types';

/** Longest name read. */
const MAX_WORDS = 10;

/** A run of words [a, b], inclusive. */
export interface Span {
  a: number;
  b: number;
}

/** Words that may stand between a speaker and its verb: auxiliaries, adverbs, times. */
function skippable(w: Words, i: number): boolean {
  const k = w.kinds[i] ?? 0;
  if (k & (K.SKIP | K.BE | K.NEG)) return true;
  const word = w.norm[i] ?? '';
  // English adverbs ("flatly", "repeatedly"); a capital makes it a name ("Italy").
  return k === 0 && !w.capital[i] && word.length > 4 && word.endsWith('ly') && w.cased[i] === true;
}

/**
 * A word of a name: a title, a speaker noun, a place, or (in a script with capitals) a word
 * written with one; in Arabic script any word that is no cue. `claims`: "reports", "media"
 * count too (a subject, or the object of "according to"; not the object of a verb).
 */
function nameWord(w: Words, i: number, claims: boolean): boolean {
  const k = w.kinds[i] ?? 0;
  if (k & (K.TITLE | K.NOUN | K.PLACE)) return true;
  if (k & K.CLAIM) return claims;
  if (k !== 0) return false;
  if (w.arabic[i]) return true;
  return w.capital[i] === true;
}

const isDet = (w: Words, i: number) => ((w.kinds[i] ?? 0) & K.DET) !== 0;
const isJoin = (w: Words, i: number) => ((w.kinds[i] ?? 0) & (K.JOIN | K.BY)) !== 0;

/** The name ending at word i, read backwards (i must be a name word), or null. */
function nameEndingAt(w: Words, i: number, claims = true): Span | null {
  if (i < 0 || !nameWord(w, i, claims)) return null;
  let a = i;
  for (let j = i - 1; j >= 0 && i - j < MAX_WORDS && w.gap[j + 1] === Gap.None; j--) {
    if (nameWord(w, j, claims)) {
      a = j;
      continue;
    }
    if (isJoin(w, j) && j >= 1 && w.gap[j] === Gap.None && nameWord(w, j - 1, claims)) continue;
    if (isDet(w, j)) {
      // "ambassador to the UN": an article after a joining word stays inside the name.
      if (j >= 2 && isJoin(w, j - 1) && w.gap[j] === Gap.None && nameWord(w, j - 2, claims)) {
        continue;
      }
      a = j;
      break;
    }
    break;
  }
  return { a, b: i };
}

/**
 * An Arabic or Persian nationality adjective: the nisba ending ("ایرانی", "الإيرانية",
 * "غربيون", folded to Persian yeh) or the broken plural "روس" (Russians).
 */
const NATIONALITY =
  /\u06cc(\u0629|\u0647|\u0648\u0646|\u06cc\u0646)?$|^(\u0627\u0644)?\u0631\u0648\u0633$/;

/**
 * The name starting at word i, read forwards, or null. `claims`: "reports", "media" count as
 * name words; 'first': only as the first (Arabic "ذكرت تقارير", reports said).
 */
function nameStartingAt(w: Words, i: number, claims: boolean | 'first'): Span | null {
  const n = w.norm.length;
  let a = i;
  if (i < n && isDet(w, i) && i + 1 < n && w.gap[i + 1] === Gap.None) i++;
  if (i >= n || !nameWord(w, i, claims !== false)) return null;
  if (claims === 'first') claims = false;
  let b = i;
  let titled = ((w.kinds[i] ?? 0) & K.TITLE) !== 0;
  let national = false;
  for (let j = i + 1; j < n && j - a < MAX_WORDS && w.gap[j] === Gap.None;) {
    // "مسؤولون روس وجود", "مقام‌های ایرانی وجود": in Arabic script a nationality ends a name
    // of officials and the next word opens the clause; after a title a person's name may
    // follow, after a place name the rest of a name ("صحيفة واشنطن بوست").
    const kj = w.kinds[j] ?? 0;
    if (w.arabic[j] && !kj && !titled && national) break;
    titled ||= (kj & K.TITLE) !== 0;
    national ||= (kj & K.PLACE) !== 0 && NATIONALITY.test(w.norm[j] ?? '');
    if (nameWord(w, j, claims)) {
      b = j++;
      continue;
    }
    if (isJoin(w, j)) {
      // "of the Middle East Institute", "باسم وزارة": a joining word (and an article) before a
      // name word; in Arabic script, before a title, noun or place (any word could be a name).
      let x = j + 1;
      if (x < n && isDet(w, x) && w.gap[x] === Gap.None) x++;
      const strong = !w.arabic[x] || ((w.kinds[x] ?? 0) & (K.TITLE | K.NOUN | K.PLACE)) !== 0;
      if (x < n && w.gap[x] === Gap.None && strong && nameWord(w, x, claims)) {
        b = x;
        j = x + 1;
        continue;
      }
    }
    break;
  }
  if (a < i && b < i) a = i;
  return { a, b };
}

/** The name starting at word i (not a report or the media), or null. */
export function nameAt(w: Words, i: number): Span | null {
  return nameStartingAt(w, i, false);
}

/** All words capitalised and none a title, noun or place: a person's name ("Dmitry Peskov"). */
function personName(w: Words, s: Span): boolean {
  if (s.b - s.a > 4) return false;
  for (let i = s.a; i <= s.b; i++) if (w.kinds[i] || !w.capital[i]) return false;
  return true;
}

/** The name fills its clause: it starts the sentence or follows a break. */
const wholeClause = (w: Words, s: Span | null): s is Span =>
  s !== null && (s.a === 0 || w.gap[s.a] !== Gap.None);

/** Longest aside between a subject and its verb: "Peskov, the Kremlin's spokesman, said". */
const MAX_ASIDE = 10;

/** Longest parenthesis skipped between a speaker and its verb: "intelligence (HUR) said". */
const MAX_PAREN = 6;

/**
 * The last word before the verb at word v that could end its subject: auxiliaries and
 * adverbs skipped, and a short parenthesis right before the verb ("(HUR)").
 */
function subjectEnd(w: Words, v: number): number {
  let i = v - 1;
  while (i >= 0 && w.gap[i + 1] === Gap.None && skippable(w, i)) i--;
  if (i >= 1 && w.paren[i + 1] === 2) {
    let o = i;
    while (o > 0 && i - o < MAX_PAREN && !((w.paren[o] ?? 0) & 1)) o--;
    if (
      (w.paren[o] ?? 0) & 1 &&
      o > 0 &&
      /^\s*\(\s*$/.test(w.text.slice(w.end[o - 1], w.start[o]))
    ) {
      i = o - 1;
    }
  }
  return i;
}

/** Kinds of the words that may qualify experts up to their verb. */
const QUALIFIER = K.TITLE | K.NOUN | K.PLACE | K.JOIN | K.DET | K.EXPERT;

/**
 * "Аналітики Інституту вивчення війни вважають": experts opening their clause, qualified by the
 * words up to the verb (lower-case words of a name included), the whole ending at word i.
 */
function expertsBefore(w: Words, i: number): Span | null {
  for (let e = i - 1; e >= 0 && i - e <= MAX_WORDS && w.gap[e + 1] === Gap.None; e--) {
    const k = w.kinds[e] ?? 0;
    if (k & K.EXPERT) {
      const a = e > 0 && isDet(w, e - 1) && w.gap[e] === Gap.None ? e - 1 : e;
      return a === 0 || w.gap[a] !== Gap.None ? { a, b: i } : null;
    }
    if (k & ~QUALIFIER) return null;
  }
  return null;
}

/** The name before the verb at word v (skipping auxiliaries), or null. */
function before(w: Words, v: number): Span | null {
  const i = subjectEnd(w, v);
  if (i < 0) return null;
  if (i < v - 1 && (w.paren[i + 1] ?? 0) & 1) return nameEndingAt(w, i);
  if (w.gap[i + 1] === Gap.None) return expertsBefore(w, i) ?? nameEndingAt(w, i);
  if (w.gap[i + 1] !== Gap.Comma) return null;
  // "Dmitry Peskov, the Kremlin's spokesman, said", "The Center, part of Ukraine's forces,
  // reported": an aside set off by commas, and the subject before it; a person's name wins.
  let p = i;
  while (p > 0 && i - p < MAX_ASIDE && w.gap[p] === Gap.None) p--;
  const inner = nameEndingAt(w, i);
  const aside = wholeClause(w, inner) && inner.a === p ? inner : null;
  if (p === 0 || w.gap[p] !== Gap.Comma) return aside && aside.a === 0 ? aside : null;
  const outer = nameEndingAt(w, p - 1);
  if (!wholeClause(w, outer)) return null;
  if (aside && personName(w, aside) && !personName(w, outer)) return aside;
  return outer;
}

/**
 * The verb comes before its speaker ("said Peskov", "как заявил Песков", "Das sagte Peskow"):
 * nothing but a break, an article or a function word stands before it.
 */
function inverted(w: Words, v: number): boolean {
  const i = subjectEnd(w, v);
  if (i >= 0 && (w.paren[i + 1] ?? 0) & 1) return false;
  if (i < 0 || w.gap[i + 1] !== Gap.None) return true;
  return ((w.kinds[i] ?? 0) & (K.STOP | K.DET)) !== 0;
}

/** Only an opening quotation mark between two words: "как сообщает «Коммерсантъ»". */
const OPEN_QUOTE = /^\s*["\u201c\u201e\u00ab]\s*$/;

/**
 * The name after word v (skipping auxiliaries, "to journalists", a leading "in"), or null.
 * `quoted`: the name may open with a quotation mark (an outlet after "according to").
 */
function after(w: Words, v: number, claims: boolean | 'first', quoted = false): Span | null {
  const n = w.norm.length;
  let i = v + 1;
  while (i < n && w.gap[i] === Gap.None && skippable(w, i)) i++;
  if (i >= n) return null;
  const opens = quoted && i === v + 1 && OPEN_QUOTE.test(w.text.slice(w.end[v], w.start[i]));
  if (w.gap[i] !== Gap.None && !opens) return null;
  // "повідомили у Повітряних силах": a preposition before the name is not part of it.
  if ((w.kinds[i] ?? 0) & K.JOIN && !isDet(w, i) && i + 1 < n && w.gap[i + 1] === Gap.None) i++;
  return nameStartingAt(w, i, claims);
}

/** Only quotation marks and spaces between two words. */
const QUOTES_ONLY = /^[\s"\u00ab\u00bb\u201c\u201d\u201e]+$/;

/** The name at the start of the clause holding word v (verb-last languages), or null. */
function clauseStart(w: Words, v: number): Span | null {
  let s = v;
  // Quotation marks around a word ("«دروغ‌پردازی»") do not end the clause.
  while (
    s > 0 &&
    (w.gap[s] !== Gap.Hard || QUOTES_ONLY.test(w.text.slice(w.end[s - 1], w.start[s])))
  ) {
    s--;
  }
  if (s === v) return null;
  const span = nameStartingAt(w, s, false);
  return span && span.b < v ? span : null;
}

/** The shortest part of a name that still names the speaker. */
export function shortest(w: Words, s: Span): Span {
  const kinds = (i: number) => w.kinds[i] ?? 0;
  const anyCased = w.cased[s.b] === true;
  // "analysts at the ISW", "Эксперты Московского центра Карнеги", "محللون في مركز كارنيغي": the
  // institution that qualifies the experts names them; its article stays, a genitive one goes.
  const h = isDet(w, s.a) && s.a < s.b ? s.a + 1 : s.a;
  // "محللون غربيون" (Western analysts): a nationality alone does not name them.
  let placesOnly = true;
  for (let i = h + 1; i <= s.b; i++) if (!(kinds(i) & K.PLACE)) placesOnly = false;
  if (kinds(h) & K.EXPERT && h < s.b && !placesOnly) {
    let x = h + 1;
    if (kinds(x) & K.JOIN && x < s.b) x++;
    else if (kinds(x) & K.DET && x < s.b) x++;
    return { a: x, b: s.b };
  }
  // "a report by the Wall Street Journal": the outlet, not its report.
  for (let i = s.a; i < s.b; i++) {
    if (kinds(i) & K.CLAIM && kinds(i + 1) & (K.JOIN | K.BY) && !(kinds(i + 1) & K.DET)) {
      return shortest(w, { a: i + 2, b: s.b });
    }
  }
  let lastTitle = -1;
  for (let i = s.a; i <= s.b; i++) if (kinds(i) & K.TITLE) lastTitle = i;
  if (anyCased) {
    // "Kremlin spokesman Dmitry Peskov": the capitalised words after the last title.
    if (lastTitle >= 0 && lastTitle < s.b) {
      let a = s.b;
      while (a - 1 > lastTitle && !kinds(a - 1) && w.capital[a - 1]) a--;
      if (!kinds(a) && w.capital[a] && a > lastTitle) return { a, b: s.b };
    }
    // "the elite forces Quds Qassem Soleymani": a person's name after a noun or a place.
    let r = s.b;
    while (r - 1 >= s.a && !kinds(r - 1) && w.capital[r - 1]) r--;
    if (r > s.a && s.b > r && kinds(r - 1) & (K.NOUN | K.PLACE)) return { a: r, b: s.b };
    // "Charles Lister of the Middle East Institute": the person, not the institution.
    let b = s.a;
    while (b + 1 <= s.b && !kinds(b + 1) && w.capital[b + 1]) b++;
    if (b > s.a && b < s.b && personName(w, { a: s.a, b }) && kinds(b + 1) & K.JOIN) {
      return { a: s.a, b };
    }
    return s;
  }
  // Arabic script: "اتهمت واشنطن طهران" (Washington accused Tehran): a bare place name (no
  // article) then another place is the speaker, then the object.
  const place = (i: number) => (kinds(i) & K.PLACE) !== 0;
  const first = w.cues[w.cueAt[s.a] ?? -1];
  const e = first ? first.k + first.len - 1 : s.a;
  if (e < s.b && place(s.a) && place(e + 1) && w.cueAt[e + 1] !== w.cueAt[s.a]) {
    if (!(w.norm[s.a] ?? '').startsWith('\u0627\u0644')) return { a: s.a, b: e };
  }
  // "المتحدث باسم وزارة الخارجية ناصر كنعاني" -> the name after the title's words.
  if (lastTitle >= 0) {
    let a = s.b;
    while (a - 1 > lastTitle && !kinds(a - 1)) a--;
    if (!kinds(a) && a > lastTitle) return { a, b: s.b };
    let b = s.a;
    while (b + 1 < lastTitle && !kinds(b + 1)) b++;
    if (!kinds(s.a) && b < lastTitle && w.gap[b + 1] === Gap.None) return { a: s.a, b };
  }
  return s;
}

/** "by" right after the cue: "is said by US intelligence". */
export const byAfter = (w: Words, cue: Cue): boolean =>
  w.gap[cue.k + cue.len] === Gap.None && ((w.kinds[cue.k + cue.len] ?? 0) & K.BY) !== 0;

/** The name a cue credits, before shortening, or null. */
export function speakerSpan(w: Words, cue: Cue): Span | null {
  const k = cue.kinds;
  const end = cue.k + cue.len - 1;
  if (k & K.HEDGE && !(k & K.SAY) && byAfter(w, cue)) return after(w, end + 1, false);
  if (k & (K.SOURCE | K.CITE)) {
    const span = after(w, end, true, true);
    // "Peskov was quoted as saying": no name after "quoted", so its subject.
    if (span || (k & K.SAY && cue.lang !== 'ar')) return span ?? sayerOf(w, cue);
    if (cue.lang !== 'ar') return span;
    // "وفقاً لصحيفة واشنطن بوست": the name carries the preposition "ل".
    const i = end + 1;
    if (i < w.norm.length && w.gap[i] === Gap.None && w.norm[i]?.startsWith('\u0644')) {
      const rest = nameStartingAt(w, i + 1, true);
      return { a: i, b: rest && rest.a === i + 1 ? rest.b : i };
    }
    return null;
  }
  if (k & K.SOURCE_BEFORE) return nameEndingAt(w, cue.k - 1);
  return sayerOf(w, cue);
}

/** The subject of a reporting or denial verb, or null. */
function sayerOf(w: Words, cue: Cue): Span | null {
  const end = cue.k + cue.len - 1;
  if (cue.order === 'clause') return clauseStart(w, cue.k) ?? before(w, cue.k);
  if (cue.order === 'after') return after(w, end, 'first') ?? before(w, cue.k);
  // "were denied by Iran's ambassador": a passive names its speaker after "by".
  let p = cue.k - 1;
  while (p >= 0 && w.gap[p + 1] === Gap.None && skippable(w, p) && !((w.kinds[p] ?? 0) & K.BE)) {
    p--;
  }
  if (p >= 0 && (w.kinds[p] ?? 0) & K.BE && (w.kinds[end + 1] ?? 0) & K.BY) {
    return after(w, end + 1, false);
  }
  return before(w, cue.k) ?? (inverted(w, cue.k) ? after(w, end, false) : null);
}

/** The word before or after the cue is a pronoun ("he said", "сказал он"). */
export function pronounSpeaker(w: Words, cue: Cue): boolean {
  let i = cue.k - 1;
  while (i >= 0 && w.gap[i + 1] === Gap.None && skippable(w, i)) i--;
  if (i >= 0 && w.gap[i + 1] === Gap.None && (w.kinds[i] ?? 0) & K.PRONOUN) return true;
  const j = cue.k + cue.len;
  return j < w.norm.length && w.gap[j] === Gap.None && ((w.kinds[j] ?? 0) & K.PRONOUN) !== 0;
}

/** The speaker's words as written, with the Arabic preposition "ل" of "وفقاً لـ" left out. */
export function spanText(w: Words, s: Span): string {
  let from = w.start[s.a] ?? 0;
  const word = w.norm[s.a] ?? '';
  if (w.arabic[s.a] && word.startsWith('\u0644') && (w.kinds[s.a] ?? 0) & K.STOP) from += 1;
  else if (w.arabic[s.a] && word.startsWith('\u0644') && !w.kinds[s.a] && s.a > 0) {
    const prev = w.kinds[s.a - 1] ?? 0;
    if (prev & K.SOURCE) from += 1;
  }
  return w.text.slice(from, w.end[s.b] ?? from);
}

/** The head of a name is "reports" or "media": no one is named. */
export function unnamed(w: Words, s: Span): boolean {
  // Arabic and Persian put the head first ("تقارير إعلامية", media reports).
  const head = w.kinds[w.arabic[s.a] ? s.a : s.b] ?? 0;
  if (!(head & K.CLAIM)) return false;
  // "Iranian state media" names a source; "media", "media reports" do not.
  if (!(head & K.NOUN)) return true;
  for (let i = s.a; i <= s.b; i++) if (!((w.kinds[i] ?? 0) & (K.CLAIM | K.DET))) return false;
  return true;
}
