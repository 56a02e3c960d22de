/**
 * Per-block analysis: tokens -> lexicon hits -> role bits and canonical terms per sentence.
 */
import { lookupAt, type Matcher } from './lexicon/compile';
import {
  ADJ,
  ANCHOR,
  CIVIL,
  DRONE,
  FROM,
  GIVE,
  GOODS,
  HELP,
  IRAN,
  IRAN_GETS,
  IRANIAN_WEAPON,
  LEISURE,
  LINKED,
  MODEL,
  RUSSIA,
  RUSSIA_GETS,
  RUS_ARMS,
  STATES,
  STRONG,
  SYRIA,
  SYRIA_WAR,
  THEATRE,
  TO,
  TRANSFER,
  UKRAINE,
  WEAPON,
} from './rules/roles';
import { placeOnly, usesContext } from './rules/topics';
import { isApostrophe, isDigit, isSpace } from './text/chars';
import { sentenceSpans } from './text/sentences';
import { tokenize } from './text/tokenize';

/** Sentences of one block with what the lexicon found in each. */
export interface BlockFeatures {
  /** Flat [start0, end0, start1, end1, ...] sentence offsets in the original block text. */
  spans: number[];
  /** Role bits per sentence. */
  bits: number[];
  /** Canonical terms per sentence (deduplicated, capped). */
  terms: string[][];
  /** Role bits of the whole block, Syria kept where it was only a place (see `placeOnly`). */
  whole: number;
}

/** Token distance within which an Iran term qualifies a weapon: "Iranian-made Shahed-136 drones". */
const QUALIFIER_REACH = 4;
/** Reach back from "by/from Iran" to the weapon: "drones supplied by Tehran", "shells bought from Iran". */
const ORIGIN_REACH = 8;
/** Reach from a handing-over word to "to" and its recipient: "sold radar equipment to Iran". */
const GIVE_REACH = 6;
/** Reach from a weapon to an Iran adjective after it: "drones iraniens", "پهپادهای ایرانی". */
const POSTNOMINAL_REACH = 2;
/** Reach from "Ukrainian" / "Ukraine's" to the drones it owns: "Ukraine's long-range drones". */
const OWNER_REACH = 3;
/** Reach back from a buyer's word to its subject: "Iran has signed a deal with Russia to obtain". */
const BUYER_REACH = 16;
/** Reach from a link word or "with" to an actor it makes an object: "a deal with Moscow". */
const OBJECT_REACH = 2;
/**
 * Reach from an actor's possessive to the supplier it owns: "Tehran's main arms supplier",
 * "Tahran'ın en önemli silah tedarikçisi" (its case ending a token of its own).
 */
const SUPPLIER_REACH = 6;
/** Reach from a model's bare name to the drone word that tells it: "Shahed combat drone". */
const TOLD_REACH = 2;
/** The canonical term of a lexicon's strike words (they play no role: see `en.ts`). */
const STRIKE = 'strike';
/**
 * Canonical terms of words that play no role but change a sentence's reading (see `en.ts`):
 * an interception (also a strike), the US–Russia deconfliction line, a regime's fall. Their
 * kinds are bits of a sentence's `marks`.
 */
const INTERCEPT = 'intercept';
const MARK_INTERCEPT = 1;
const MARK_US_LINE = 2;
const MARK_FALL = 4;
const MARKS: ReadonlyMap<string, number> = new Map([
  [INTERCEPT, MARK_INTERCEPT],
  ['us-russia deconfliction', MARK_US_LINE],
  ['fall', MARK_FALL],
]);
/**
 * The canonical terms of a lexicon's payment words: Russia paying Iran back (see `en.ts`), or
 * paying it ("how does Russia pay Iran for this?": Iran right after the verb).
 */
const RETURN = 'in return';
const PAY = 'pay';
/**
 * The canonical terms of help words that are no price for arms: political support ("backing",
 * "ally"), sanctions and accusations, self-sufficiency.
 */
const UNPRICED = new Set(['cooperation', 'sanction', 'self-sufficiency']);
/** Bits where a payment is not for Iran's arms for Russia's war: trade, another war, Syria. */
const PAID_ELSEWHERE = CIVIL | THEATRE | STATES | SYRIA | SYRIA_WAR | LEISURE;
/** Enough terms to query the corpus; bounds memory on pathological pages. */
const MAX_TERMS = 24;

/** Bits that name a recipient or a war other than Russia's for military aid in a sentence. */
const AID_ELSEWHERE = IRAN_GETS | THEATRE | STATES | SYRIA | SYRIA_WAR | CIVIL;

/** Whether `text` holds a comma, colon or semicolon in [from, to): a clause break. */
function hasClauseBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 58 || c === 59 || c === 0x060c) return true;
  }
  return false;
}

/**
 * Turkish case endings after the apostrophe that are a genitive ("Tahran'ın"); the dative,
 * ablative or locative ("Rusya'ya", "Rusya'dan", "Rusya'da") owns nothing.
 */
const GENITIVE = /^(?:s|n?[ıiuü]n)?(?![\p{L}\p{M}])/u;

/** Whether the apostrophe at `i` in `text` starts a possessive: "Iran's", "Iran’", "İran'ın". */
function isGenitive(text: string, i: number): boolean {
  return GENITIVE.test(text.slice(i + 1, i + 6));
}

/** Whether `text` holds an apostrophe in [from, to): a possessive ("the West's"). */
function hasApostrophe(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isApostrophe(text.charCodeAt(i))) return true;
  return false;
}

/**
 * Whether `text` holds a clause break in [from, to), or a count after a word of its own: no
 * owner reaches across ("o território ucraniano com 26 drones"), though a count right after
 * the owner is in its noun phrase ("Ukraine's 40 drones").
 */
function breaksNounPhrase(text: string, from: number, to: number): boolean {
  if (hasClauseBreak(text, from, to)) return true;
  let word = false;
  let i = from;
  const s = text.charCodeAt(i + 1) | 32; // "'s", "'S"
  if (isApostrophe(text.charCodeAt(i))) i += s === 115 ? 2 : 1;
  for (; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) return word;
    if (!isSpace(c)) word = true;
  }
  return false;
}

/**
 * Whether a block whose terms carry the role bits `seen` is analysed where earlier text of its
 * document is in force: without an anchor no topic can start, unless that text supplies it.
 * Monotone in `seen` (more bits never make it false), which `engine/context-gate.ts` relies on.
 */
export function readInContext(seen: number): boolean {
  return (seen & ANCHOR) !== 0 || usesContext(seen);
}

/**
 * Finds lexicon terms per sentence of `text`. Returns null when the block holds no term that
 * can start a topic: such blocks are never split into sentences, so pages about other things
 * cost one tokenizing pass.
 */
export function analyzeBlock(text: string, m: Matcher, always = false): BlockFeatures | null {
  const { norm, start, end, pos } = tokenize(text, m.filter);
  // Per hit: its start offset and role bits, and its canonical term.
  const found: number[] = [];
  /** Per hit: its [start, end) in the text, where a long run is best not cut. */
  const hitSpans: number[] = [];
  const names: string[] = [];
  /** Per hit: its lexicon bits, before the reaches above changed them. */
  const raw: number[] = [];
  /**
   * Per hit: whether it tells Russia paying Iran (1: "pay Iran") or paying back (2: "in
   * return"), or names Russia as a noun (4).
   */
  const pays: number[] = [];
  let lastPay = -99;
  /** Per hit: whether it is military aid (WEAPON with HELP) told as Iran's. */
  const irans: boolean[] = [];
  // Iran named last before military aid ("Iran gives", "Iranian", "Tehran's"), where its name
  // ends, and the last military aid.
  let lastIranOwner = -99;
  let iranOwnerEnd = 0;
  let lastAid = -99;
  let aidHit = -1;
  let seen = 0;
  let lastIran = -99;
  let lastWeapon = -99;
  let lastFrom = -99;
  let lastGive = -99;
  let lastHand = -99;
  let giveEnd = 0;
  let lastTo = -99;
  let lastUkraine = -99;
  let ukraineEnd = 0;
  let lastGoods = -99;
  let lastLink = -99;
  let linkEnd = 0;
  let lastBareModel = -99;
  let lastOwner = -99;
  let ownerEnd = 0;
  let ownerGets = 0;
  // The last actor named as a subject (a noun, not the object of a link word): its bits.
  let subject = 0;
  let lastSubject = -99;
  // The actor named right after "with" (a deal's partner): its bits, and where.
  let partnerGets = 0;
  let lastPartner = -99;
  let lastWith = -99;
  // Whether the block tells a strike (a lexicon's term `strike`).
  let struck = false;
  // Marks (`MARKS`) found: their start offsets and kinds, in text order.
  const marked: number[] = [];
  for (let k = 0; k < norm.length; k++) {
    const w = norm[k] ?? '';
    const term = lookupAt(m, norm, pos, k);
    if (!term) continue;
    const { hit, length } = term;
    if (hit.term === STRIKE || hit.term === INTERCEPT) struck = true;
    const mark = MARKS.get(hit.term);
    if (mark) marked.push(start[k] ?? 0, mark);
    let b = hit.bits;
    const p = pos[k] ?? 0;
    k += length - 1;
    const last = pos[k] ?? p;
    const adjective = w.endsWith('ian') || (b & ADJ) !== 0; // "Iranian", "Russian", "Ukrainian"
    // Sentence boundaries are not known yet: these reaches may straddle one, which only ever
    // adds a bit to a sentence that also holds the word it qualifies.
    // A country noun right after a handing-over word, or a country noun or adjective after its
    // "to", receives: "supplying Moscow", "helping Iran", "sold radars to Iran", "shipped to
    // Russian forces", "às tropas russas". Not after "by"/"from": "sent by Tehran", "enviados
    // por Teerã" name the giver.
    const agent = lastFrom > lastGive && p - lastFrom <= 1;
    // "to" after a handing-over word, or after a "from" that follows a general object ("cargo
    // from Amirabad to Astrakhan"), near it or right after the object handed ("sent a small
    // number of the aircraft to Russia").
    const route = lastFrom > lastGoods && lastFrom - lastGoods <= ORIGIN_REACH;
    const origin = route ? Math.max(lastGive, lastFrom) : lastGive;
    const afterTo =
      p - lastTo <= 2 &&
      lastTo > origin &&
      (lastTo - origin <= GIVE_REACH ||
        (lastWeapon > origin && lastTo - lastWeapon <= 2 && lastTo - origin <= 2 * GIVE_REACH));
    // Not across a clause break: "sending military help, Russia said" names no recipient.
    const handed =
      !adjective && p - lastGive <= 2 && !hasClauseBreak(text, giveEnd, start[k - length + 1] ?? 0);
    // A dative form, which its lexicon marks `TO` ("Ирану"), after a transfer word receives:
    // "Россия поставляет Ирану ракеты"; not after payment words (`HELP`: "заплатила Ирану").
    const dative = (b & TO) !== 0 && p - lastHand <= GIVE_REACH;
    if (b & (IRAN | RUSSIA) && !agent && (handed || afterTo || dative)) {
      b |= b & IRAN ? IRAN_GETS : RUSSIA_GETS;
    }
    // "Tehran's main arms supplier" owns a noun, not the verb: not a subject.
    const possessive = isApostrophe(text.charCodeAt(end[k] ?? 0));
    // A clause break ends the link word's object: "draining its ties, Putin has turned to Iran".
    // Scanned only for a country's name, so other hits near a link word cost nothing.
    const actor = (b & (IRAN | RUSSIA)) !== 0 && !adjective && !possessive;
    const object =
      actor &&
      p - lastLink <= OBJECT_REACH &&
      !hasClauseBreak(text, linkEnd, start[k - length + 1] ?? 0);
    if (actor && !object) {
      subject = b & IRAN ? IRAN_GETS : RUSSIA_GETS;
      lastSubject = last;
    }
    if (b & (IRAN | RUSSIA) && !adjective && p - lastWith <= OBJECT_REACH) {
      partnerGets = b & IRAN ? IRAN_GETS : RUSSIA_GETS;
      lastPartner = last;
    }
    // A handing-over verb after "X ... with Y": the subject gives, the partner receives ("Russia
    // signed a deal with Iran to supply equipment"), as a buyer's subject receives.
    const giver = (b & (GIVE | TRANSFER)) === (GIVE | TRANSFER) && !(b & TO);
    const partnered = lastPartner > lastSubject && p - lastPartner <= GIVE_REACH;
    if (giver && partnered && p - lastSubject <= BUYER_REACH && partnerGets !== subject) {
      b |= partnerGets;
    }
    if (b & (IRAN | RUSSIA) && !adjective && possessive && isGenitive(text, end[k] ?? 0)) {
      ownerGets = b & IRAN ? IRAN_GETS : RUSSIA_GETS;
      lastOwner = last;
      ownerEnd = (end[k] ?? 0) + 1;
    }
    // A supplier noun (TRANSFER with FROM) serves its owner: "Russia's drone supplier, Iran".
    const supplier = (b & (TRANSFER | FROM | HELP)) === (TRANSFER | FROM);
    if (supplier && p - lastOwner <= SUPPLIER_REACH) b |= ownerGets;
    // A buyer's or a dependent's word (English marks them with TO): its subject receives.
    const buyer = (b & TO) !== 0 && (b & (TRANSFER | HELP)) !== 0;
    if (buyer && p - lastSubject <= BUYER_REACH) b |= subject;
    // So does the owner of a buyer's noun: "Moscow's dependence on Iranian drones", "Russia's
    // purchase of Shaheds"; not another's noun after it ("Russia's invasion deepened Ukraine's
    // reliance on the West").
    const ownersNoun = buyer && p - lastOwner <= SUPPLIER_REACH;
    if (ownersNoun && !hasApostrophe(text, ownerEnd, start[k - length + 1] ?? 0)) b |= ownerGets;
    // "With" (FROM and TO together) names a partner, never an origin or a recipient.
    const partner = (b & (FROM | TO)) === (FROM | TO);
    if (partner) lastWith = last;
    if (b & (FROM | TO | GIVE | HELP | TRANSFER)) {
      lastLink = last;
      linkEnd = end[k] ?? 0;
    }
    // "Russian military aid", "Russia's": Moscow's own ("Iran says Russia's military aid ...").
    if (b & RUSSIA && (adjective || possessive)) lastIranOwner = -99;
    if (b & IRAN) {
      if (p - lastFrom <= 2 && p - lastWeapon <= ORIGIN_REACH) b |= IRANIAN_WEAPON;
      // A post-nominal adjective right after the weapon: "drones iraniens".
      if (b & ADJ && p - lastWeapon <= POSTNOMINAL_REACH) b |= IRANIAN_WEAPON;
      lastIran = last;
      if (!(b & RUSSIA)) {
        lastIranOwner = last;
        iranOwnerEnd = (end[k] ?? 0) + (possessive ? 1 : 0);
      }
      // A genitive right after the aid owns it: "военной помощи Тегерана" (not the dative "Ирану").
      const final = text.charCodeAt((end[k] ?? 0) - 1);
      const genitive = final === 0x430 || final === 97; // a Cyrillic or a Latin "a"
      if (p - lastAid === 1 && genitive && aidHit >= 0) irans[aidHit] = true;
    }
    // "Ukrainian drones", "Ukraine's drones": Kyiv's own, not drones of the topic.
    if (b & UKRAINE && (adjective || isApostrophe(text.charCodeAt(end[k] ?? 0)))) {
      lastUkraine = last;
      ukraineEnd = end[k] ?? 0;
    }
    // A count or a clause break between them owns nothing: "o território ucraniano com 26 drones".
    const kyivs =
      p - lastUkraine <= OWNER_REACH &&
      !breaksNounPhrase(text, ukraineEnd, start[k - length + 1] ?? 0);
    if (b & DRONE && !(b & MODEL) && kyivs) b &= ~DRONE;
    if (b & (DRONE | MODEL | STRONG | WEAPON | GOODS)) {
      // "Iranian cargo" is a plane or a ship, not the goods it carries; "Iran's military help" is
      // help (HELP), which Iran gives to Syria's war as well.
      const owned = !(b & GOODS && b & TRANSFER) && (b & (WEAPON | HELP)) !== (WEAPON | HELP);
      if (p - lastIran <= QUALIFIER_REACH && owned) b |= IRANIAN_WEAPON;
      lastWeapon = p;
    }
    if (b & GOODS) lastGoods = p;
    // A bare name ("Shahed", also a given name) is told as the drone by a drone word right after
    // it: that word's hit then carries both bits, as a numbered model's does.
    if (b & MODEL && !(b & DRONE)) lastBareModel = last;
    else if (b & DRONE && p - lastBareModel <= TOLD_REACH) b |= MODEL;
    // An answer word (`ANSWER`) names no origin.
    if (b & FROM && !(b & HELP) && !partner) lastFrom = p;
    if (b & TO && !buyer && !partner) lastTo = p;
    if ((b & (TRANSFER | HELP)) === TRANSFER) lastHand = last;
    if (b & GIVE) {
      lastGive = last;
      giveEnd = end[k] ?? 0;
    }
    if (!(b & ~(FROM | TO))) continue;
    seen |= b;
    found.push(start[k - length + 1] ?? 0, b);
    hitSpans.push(start[k - length + 1] ?? 0, end[k] ?? 0);
    names.push(hit.term);
    raw.push(hit.bits);
    // And Russia named as a noun (4), the payer of a pay-back: not "Russian-backed fighters".
    const payer = b & RUSSIA && !adjective ? 4 : 0;
    pays.push(
      payer | (hit.term === RETURN ? 2 : b & IRAN && !adjective && p - lastPay <= 1 ? 1 : 0),
    );
    if (hit.term === PAY) lastPay = last;
    const aid = (b & (WEAPON | HELP)) === (WEAPON | HELP);
    // Not another's aid between them: "Iran criticised the West's military aid to Ukraine".
    // Scanned only near Iran's name, so a long block never rescans its text per hit.
    const near = aid && p - lastIranOwner <= ORIGIN_REACH;
    irans.push(near && !hasApostrophe(text, iranOwnerEnd, start[k - length + 1] ?? 0));
    if (aid) {
      lastAid = last;
      aidHit = irans.length - 1;
    }
  }
  if (!(always ? readInContext(seen) : seen & ANCHOR)) return null;

  const spans = sentenceSpans(text, hitSpans);
  const count = spans.length / 2;
  const bits: number[] = new Array<number>(count).fill(0);
  const terms: string[][] = [];
  // Per sentence: whether a hit tells a model as a drone (a numbered model, a name and its word).
  const told: boolean[] = new Array<boolean>(count).fill(false);
  // Per sentence: whether a weapon word other than "military aid" (WEAPON with HELP) is in it.
  const armed: boolean[] = new Array<boolean>(count).fill(false);
  // Per sentence: whether military aid in it is Iran's ("Tehran's military assistance").
  const iransAid: boolean[] = new Array<boolean>(count).fill(false);
  // Per sentence: the drone plant named (a decisive name that is no drone: Alabuga).
  const plant: boolean[] = new Array<boolean>(count).fill(false);
  // Per sentence: Russia paying Iran (1: "how does Russia pay Iran"), or paying it back (2: "in
  // return"), or both.
  const repaid: number[] = new Array<number>(count).fill(0);
  // Per sentence: whether help in it is more than political support (`UNPRICED`).
  const priced: boolean[] = new Array<boolean>(count).fill(false);
  // Per sentence: Syria named only by a force or an envoy of Iran or Russia there (the
  // Fatemiyoun), or by a name of its own.
  const lent: boolean[] = new Array<boolean>(count).fill(false);
  const syrian: boolean[] = new Array<boolean>(count).fill(false);
  // Per sentence: the marks (`MARKS`) in it.
  const marks: number[] = new Array<number>(count).fill(0);
  for (let h = 0, s = 0; h < marked.length; h += 2) {
    while (s < count - 1 && (marked[h] ?? 0) >= (spans[2 * s + 1] ?? 0)) s++;
    marks[s] = (marks[s] ?? 0) | (marked[h + 1] ?? 0);
  }
  // Whether the block names Iran, a Shahed or a Geran.
  let claimed = false;
  let si = 0;
  for (let h = 0; h < names.length; h++) {
    while (si < count - 1 && (found[2 * h] ?? 0) >= (spans[2 * si + 1] ?? 0)) si++;
    const hb = found[2 * h + 1] ?? 0;
    if ((hb & (MODEL | DRONE)) === (MODEL | DRONE)) told[si] = true;
    if (hb & WEAPON && (hb & HELP) === 0) armed[si] = true;
    if (irans[h]) iransAid[si] = true;
    const rb = raw[h] ?? 0;
    if ((rb & (STRONG | DRONE)) === STRONG) plant[si] = true;
    repaid[si] = (repaid[si] ?? 0) | (pays[h] ?? 0);
    if (hb & HELP && !UNPRICED.has(names[h] ?? '')) priced[si] = true;
    if (rb & SYRIA) {
      if (rb & (IRAN | RUSSIA) && !(rb & (SYRIA_WAR | THEATRE))) lent[si] = true;
      else syrian[si] = true;
    }
    if (hb & (IRAN | MODEL) || (rb & (STRONG | DRONE)) === (STRONG | DRONE)) claimed = true;
    bits[si] = (bits[si] ?? 0) | hb;
    const list = (terms[si] ??= []);
    const term = names[h] ?? '';
    if (list.length < MAX_TERMS && !list.includes(term)) list.push(term);
  }
  let whole = 0;
  // A strike on the plant, where the block names neither Iran nor a Shahed or Geran, is a
  // strike inside Russia ("two drones struck a dormitory in the Alabuga zone"), not Iran's
  // drones: the plant then decides nothing, unless its sentence tells drones made there, not
  // Kyiv's ("drones struck the plant, which produces drones for the army").
  const strikeOnPlant = struck && !claimed;
  for (let i = 0; i < count; i++) {
    let b = bits[i] ?? 0;
    const mk = marks[i] ?? 0;
    // Russia named as Washington's counterpart on their deconfliction line over Syria ("Tehran
    // was urged to use the Russia-U.S. hotline") acts neither with nor against Iran there.
    if (mk & MARK_US_LINE) b &= ~(RUSSIA | RUSSIA_GETS);
    // Iran's drones downed over Israel or the Gulf, nothing handed to Russia: that war's air
    // defence, though Kyiv draws the lesson ("Zelensky said the interception of Iranian drones
    // over Israel proved what air defence can do").
    const defended = mk & MARK_INTERCEPT && (b & (THEATRE | IRAN)) === (THEATRE | IRAN);
    if (defended && !(b & (TRANSFER | RUSSIA_GETS | STRONG))) {
      b &= ~(DRONE | MODEL | WEAPON | IRANIAN_WEAPON);
    }
    // A regime's fall told beside a third state lists Moscow's lost clients ("Syria's Assad,
    // Venezuela's Maduro and now Iran's leader have fallen"): no war in Syria of the pair.
    if (mk & MARK_FALL && b & STATES) b &= ~SYRIA_WAR;
    if (strikeOnPlant && plant[i] && (b & (DRONE | TRANSFER)) !== (DRONE | TRANSFER)) b &= ~STRONG;
    // Iran's Afghan militia recruited for Russia's war in Ukraine is not Syria's war: their name
    // places a sentence in Syria only where it does not name Ukraine.
    if (lent[i] && !syrian[i] && b & UKRAINE) b &= ~SYRIA;
    // Russia paying Iran, or paying it back with something (jets, air defences, help), both
    // named: that is the price of the arms Moscow got, so Russia is the one that receives them.
    // Not militias moving "in return" in Syria: the pay-back must name what is given.
    const paid = repaid[i] ?? 0;
    // Political favours are no price ("given Iran diplomatic cover; in return Tehran supported
    // the Kremlin at the UN"): the pay-back names arms, goods or help beyond support.
    const backed = (paid & 6) === 6 && (b & (RUS_ARMS | WEAPON | GOODS) || priced[i]);
    const given = paid & 1 || backed;
    const payback = given && (b & (IRAN | RUSSIA)) === (IRAN | RUSSIA);
    if (payback && !(b & PAID_ELSEWHERE)) b = (b & ~(IRAN_GETS | RUS_ARMS)) | RUSSIA_GETS | WEAPON;
    // Military aid is arms for Russia's war only where Russia receives it, or where it is Iran's
    // and Russia is named with no other recipient or war ("protests against Tehran's military
    // assistance to its partners in Russia"): not the West's aid to Kyiv beside Iran's name,
    // nor Russia's to Iran, Assad or Venezuela.
    const iransForRussia = iransAid[i] && b & RUSSIA && !(b & AID_ELSEWHERE);
    const forRussia = (b & RUSSIA_GETS) !== 0 || iransForRussia;
    if (b & WEAPON && !armed[i] && (!forRussia || b & IRAN_GETS)) b &= ~WEAPON;
    // A sentence that ties a weapon to a link word can carry the drones topic over to its
    // neighbours ("Russia turned to Iran. The drones were designed there.").
    if (b & (DRONE | MODEL | WEAPON) && b & (TRANSFER | HELP)) b |= LINKED;
    // A bare name with a drone word elsewhere ("Shahed Hossain, a drone pilot") is no model told
    // as a drone: the name alone stays, for Russia or Ukraine to make it one.
    const untold = b & MODEL && b & DRONE && !told[i] ? b & ~DRONE : b;
    whole |= untold;
    bits[i] = placeOnly(untold);
  }
  return { spans, bits, terms, whole };
}
