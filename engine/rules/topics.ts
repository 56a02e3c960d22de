/**
 * Topic rules: decide the topics of a window (one sentence, or up to three adjacent sentences
 * of one block) from the OR of its role bits. Returns a score per topic, 0 when absent.
 */
import {
  ABET,
  ANSWER,
  ASTANA,
  CIVIL,
  DRONE,
  GIVE,
  GOODS,
  IRAN_GETS,
  LINKED,
  RUSSIA_GETS,
  STATES,
  SYRIA_WAR,
  THEATRE,
  HELP,
  IRAN,
  IRANIAN_WEAPON,
  MODEL,
  RUSSIA,
  RUS_ARMS,
  REF,
  SIDES,
  SOLEIMANI,
  LEISURE,
  STRONG,
  SYRIA,
  SYRIA_STRONG,
  TRANSFER,
  UKRAINE,
  VISIT,
  WEAPON,
} from './roles';

/** True when every bit of `mask` is set in `bits`. */
const all = (bits: number, mask: number): boolean => (bits & mask) === mask;
/** True when any bit of `mask` is set in `bits`. */
const any = (bits: number, mask: number): boolean => (bits & mask) !== 0;
/** A description of the pair by its part in a war ("the two closest allies"): both bits. */
const PAIR_PHRASE = REF | SIDES;

/**
 * Score of the drones topic (Iran's drones and arms for Russia's war) for a window.
 * `single` is true for a one-sentence window: across sentences, only an explicit transfer word
 * links Iran's weapons to Russia ("Russia said it was ready to help. Iran's drones were later
 * seen over Israel." must not count). `block` holds the bits of the window's whole block.
 */
export function dronesScore(bits: number, single: boolean, block = bits): number {
  if (any(bits, STRONG)) return 0.95; // Geran-2 / Alabuga: Iranian drones in Russian service
  const drone = any(bits, DRONE | MODEL);
  // Arms without drones, neither Iran's nor for Russia, in a block set in Syria that never
  // names Ukraine went to Assad's war ("Russia shipped arms to the Syrian army. Iran helped pay
  // for the cargoes"); "Moscow now depends on weapons from Tehran" still counts.
  const ownerless = !drone && !any(bits, IRANIAN_WEAPON | RUSSIA_GETS);
  if (ownerless && any(block, SYRIA | SYRIA_WAR) && !any(block, UKRAINE)) return 0;
  // Su-35s or S-400s for Iran, or arms "sold to Iran", run the wrong way unless drones are
  // part of the story.
  // Iran shipping arms to Russia in breach of the embargo is the topic all the same.
  const toRussia = any(bits, RUSSIA_GETS) && !any(bits, IRAN_GETS);
  if (any(bits, LEISURE) || (any(bits, RUS_ARMS) && !toRussia)) {
    if (!drone) return 0;
  }
  if (any(bits, IRAN_GETS) && !any(bits, RUSSIA_GETS) && !drone) return 0;
  // Soleimani, killed in 2020 before Russia's war on Ukraine, had no part in Iran's drones for
  // it: a drone beside him is the one that killed him, unless that war, a Shahed or a
  // transfer is told.
  if (any(bits, SOLEIMANI) && !any(bits, UKRAINE | MODEL | STRONG | TRANSFER)) return 0;
  // Shaheds Iran receives, beside one of its own wars (Israel, the Houthis), are Russia's help
  // for Iran's war, whoever names it: "Zelensky said Russia supplies Shaheds to Iran, which fires
  // them at Israel" (not "the war handed Iran a chance to sharpen its drone skills").
  if (all(bits, IRAN_GETS | THEATRE | MODEL) && !any(bits, RUSSIA_GETS)) return 0;
  // Iran's drones over Israel or the Red Sea count only with Ukraine or an explicit transfer;
  // Israel striking Iran's arms in Syria is the Syria topic (Russia's deconfliction) unless
  // Ukraine is named.
  if (any(bits, THEATRE) && !any(bits, UKRAINE) && any(bits, SYRIA | SYRIA_WAR)) return 0;
  // Iran's drones in other wars (Israel, Yemen, Sudan...) count with Ukraine, in one sentence
  // with Russia as the recipient or a transfer ("Iran, which arms the Houthis, sent Russia
  // drones"), and across sentences with Russia receiving by a transfer ("Iran fired drones at
  // Israel. It had shipped hundreds to Russia."); a window joining a Sudan sentence to an Iran
  // one does not, nor one joining Iran's strikes on Israel to the Kremlin's word on its treaty.
  const theatreLink = single
    ? any(bits, UKRAINE | TRANSFER | RUSSIA_GETS)
    : any(bits, UKRAINE) || all(bits, RUSSIA_GETS | TRANSFER);
  if (any(bits, THEATRE) && !theatreLink) return 0;
  // Russia using Shaheds; not Iran showing its own where Russia is only named beside it ("Iran
  // unveiled a new Shahed at a parade, as Russia's envoy looked on"): with Iran named and
  // Ukraine not, Russia must get, make or pay for it (the rules below).
  const irans = any(bits, IRAN) && !any(bits, UKRAINE | TRANSFER | HELP | RUSSIA_GETS | WEAPON);
  if (any(bits, MODEL) && any(bits, RUSSIA | UKRAINE) && !irans) return 0.9;
  // A Shahed told as a drone (its number, a drone word right after its name: see
  // `analyzeBlock`; or in a block on drones in Russia's war) where the block names neither
  // Iran, another war, Syria (even as a mere place) nor a replica: a strike report of that
  // war, as news tell them ("an enemy Shahed UAV hit the village"). Iran's own drones, or
  // another war's, come named.
  const unclaimed = !any(block, IRAN | THEATRE | STATES | SYRIA | SYRIA_WAR | LEISURE);
  const asDrone = any(bits, DRONE) || (any(block, DRONE) && any(block, RUSSIA | UKRAINE));
  if (any(bits, MODEL) && asDrone && unclaimed) return 0.7;
  // Across sentences, only an explicit transfer, or a sentence tying the weapon to a link word,
  // joins Iran, Russia and the weapon.
  // In one sentence, joint drills with a drone tie it too ("joint exercises with Russia on
  // deploying UAVs").
  const link = single ? TRANSFER | HELP | IRANIAN_WEAPON | UKRAINE | VISIT : TRANSFER | LINKED;
  // Not Iran showing its own drones while Russia deals with a third state ("Iran showed off its
  // new drone, while Putin gave drones to North Korea's leader"): there Russia must get, make,
  // pay for or use them in Ukraine.
  const asideOthers =
    single && any(bits, STATES) && !any(bits, TRANSFER | HELP | UKRAINE | RUSSIA_GETS);
  if (all(bits, IRAN | RUSSIA) && drone && any(bits, link) && !asideOthers) return 0.85;
  // Arms without drones in Syria, and no Ukraine, went to Assad's war: the syria topic's.
  if (any(bits, SYRIA | SYRIA_WAR) && !any(bits, UKRAINE)) return 0;
  // In one sentence, general words tell a transfer that names no other recipient or theatre.
  // "Ukraine's two main backers" (REF | SIDES) are no side Iran denies arming.
  if (single && !any(bits, THEATRE | STATES | IRAN_GETS) && !all(bits, PAIR_PHRASE)) {
    // Iran denying it armed "either side" ("supplied arms to neither party in the conflict").
    if (all(bits, IRAN | WEAPON | TRANSFER | SIDES)) return 0.7;
    // Or "either side in the war with Ukraine", "neutral in the Ukraine conflict", "came to
    // Moscow's aid in Ukraine", cooperation with Russia that "goes back to before the war":
    // Iran's stance on arming Russia's war, with that war named; not a vote at the UN, nor
    // "the two allies", nor "carbon neutrality".
    const stance = all(bits, IRAN | SIDES | UKRAINE);
    if (stance && any(bits, HELP | TRANSFER | WEAPON) && !any(bits, CIVIL | REF)) return 0.7;
    // A general object as the weapon: Iran hands it to Russia ("sent the aircraft to Russia"),
    // or Russia buys, makes or pays for Iran's ("pay for the rights to build the Iranian
    // design"); never trade goods.
    const goods = all(bits, IRAN | RUSSIA | GOODS | TRANSFER) && !any(bits, CIVIL);
    if (goods && any(bits, RUSSIA_GETS | IRANIAN_WEAPON)) return 0.7;
  }
  // Israel's neutrality in Russia's war told beside Russia and Iran's ties ("Zelensky said
  // Israel's choice to stay neutral had strengthened cooperation between Russia and Iran"): the
  // debate over arming Kyiv against Iran's drones; not where the four only send or give
  // something. (Another state neutral there, beside its ties with both, reads the same: Israel
  // is one theatre among others in the lexicons.)
  const neutralOther = all(bits, IRAN | RUSSIA | UKRAINE | THEATRE | SIDES | HELP);
  if (single && neutralOther && !any(bits, STATES | CIVIL | LEISURE | REF | GIVE)) return 0.7;
  // Iran's answer to Kyiv ("Tehran called the Ukrainian president's claims baseless"): their
  // dispute is over Iran's arms for Russia; not the airliner, a vote, or another war.
  const answersKyiv = single && all(bits, IRAN | UKRAINE | ANSWER);
  if (answersKyiv && !any(bits, CIVIL | THEATRE | STATES | LEISURE | SYRIA | SYRIA_WAR)) return 0.7;
  // Iran called complicit in Russia's war ("Tehran's complicity in Russia's aggression").
  if (all(bits, IRAN | ABET) && any(bits, RUSSIA | UKRAINE) && single) return 0.7;
  const weaponLink = single ? TRANSFER | HELP | IRANIAN_WEAPON : TRANSFER | LINKED;
  if (all(bits, IRAN | RUSSIA | WEAPON) && any(bits, weaponLink)) return 0.7;
  // Iran handing Russia's forces something in the Ukraine war ("IRGC officers are helping
  // Moscow's forces in Ukraine and arranging cargo flights"): an explicit transfer, one sentence.
  if (single && all(bits, IRAN | RUSSIA_GETS | UKRAINE | TRANSFER) && !any(bits, IRAN_GETS)) {
    return 0.7;
  }
  // Or Russia depending on Iran in that war ("Russia relies on Iran to keep its forces in
  // Ukraine going"); not for trade, nor beside other states.
  const leans = all(bits, IRAN | RUSSIA_GETS | UKRAINE | HELP) && !any(bits, IRAN_GETS | GIVE);
  if (single && leans && !any(bits, CIVIL | THEATRE | STATES)) return 0.7;
  // Iran's drones in the Ukraine war, the next sentence naming it ("For Tehran the war in
  // Ukraine is a testing ground. The Iranian drones...").
  // Not where the window names another war or other states ("Zelensky met Biden. Iranian
  // drones launched from Yemen struck Eilat.").
  const elsewhere = !single && any(bits, THEATRE | STATES);
  // Iranian-made drones, or Iranian-made things standing for them ("Iranian-made devices were
  // shot down over Kyiv"), in Ukraine's war; the things only where their making is told
  // (HELP: "made", "design"; TRANSFER: "виробництва", "de fabrico"), not "an Iranian aircraft
  // was refused landing", and no other war or trade is named.
  const made = any(bits, HELP | TRANSFER);
  const things = single && made && any(bits, GOODS) && !any(bits, THEATRE | STATES | CIVIL);
  if (all(bits, IRAN | UKRAINE | IRANIAN_WEAPON) && (drone || things) && !elsewhere) return 0.7;
  // Iran's weapons in the Ukraine war without naming Russia ("Iranian-made drones hit Kyiv").
  // Not what "Ukraine's two main backers" send it.
  const forUkraine = all(bits, IRAN | UKRAINE) && !all(bits, PAIR_PHRASE) && !elsewhere;
  if (forUkraine && any(bits, DRONE | MODEL | WEAPON) && any(bits, weaponLink)) {
    return 0.7;
  }
  return 0;
}

/**
 * A sentence's bits with Syria dropped where it is a mere place: drones tested, flown or
 * trained on in Syria are not the alliance's war, which needs the war itself (Assad,
 * Aleppo, Hezbollah…), Soleimani, Astana, or Israel's strikes on Iran there (which Russia
 * deconflicts). Per sentence, so a drones sentence next to a Syria one keeps both.
 */
export function placeOnly(bits: number): number {
  const syriaAsPlace =
    any(bits, SYRIA) &&
    any(bits, DRONE | MODEL | STRONG) &&
    !any(bits, SYRIA_WAR | SOLEIMANI | SYRIA_STRONG | THEATRE);
  return syriaAsPlace ? bits & ~SYRIA : bits;
}

/** Score of the syria topic (the Russia–Iran alliance in Syria's war) for a window. */
export function syriaScore(bits: number): number {
  if (any(bits, LEISURE)) return 0;
  if (any(bits, SYRIA_STRONG)) return 0.9;
  if (any(bits, ASTANA) && any(bits, SYRIA | SYRIA_WAR)) return 0.85; // talks on Syria in Astana
  // The pair by its part in Syria's war, with Iran named (the vocabulary gate holds no such
  // phrase): "the regime's two closest allies" in Damascus, "Iranian media admit"; "the three
  // guarantor states" of its ceasefire. Elsewhere, a document's context resolves them.
  const pair = all(bits, PAIR_PHRASE | IRAN) && any(bits, SYRIA | SYRIA_WAR);
  if (pair && !any(bits, THEATRE | STATES | UKRAINE)) return 0.8;
  // "Iran, Russia, North Korea and Syria" is a list of states, not Syria's war.
  if (any(bits, STATES) && !any(bits, SYRIA_WAR)) return 0;
  // Astana with its guarantors is the talks on Syria ("Russia, Iran and Turkey guarantee the
  // ceasefire that underpins the Astana meeting"); a summit there is not.
  const guarantors = all(bits, ASTANA | IRAN | RUSSIA | PAIR_PHRASE);
  if (guarantors && !any(bits, STATES | THEATRE | UKRAINE)) return 0.8;

  if (all(bits, IRAN | RUSSIA | SYRIA)) return 0.85;
  if (all(bits, SOLEIMANI | RUSSIA | VISIT)) return 0.8; // Soleimani's 2015 Moscow visit
  return 0;
}

/**
 * A sentence's bits as read in its document: `context` holds what earlier text established
 * (1: Iran and Russia named together, 2: a drones mention, 4: a Syria mention; see
 * `engine/detect.ts`). Only what the sentence leaves vague is filled in:
 * - "the two countries", "this partnership" (REF) name the pair established earlier;
 * - the Syrian war itself ("the Syrian conflict", Assad) where the alliance in Syria was told,
 *   or the pair named together;
 * - a weapon handed over, with one party named, where the transfers were told.
 */
export function withContext(bits: number, context: number): number {
  const both = IRAN | RUSSIA;
  if (context === 0) return bits;
  if (context & 2 && aboutToldDrones(bits)) return bits | both | WEAPON | IRANIAN_WEAPON;
  if ((bits & both) === both) return bits;
  // "The three guarantor states met again" where the alliance in Syria was told.
  // Not Kyiv's or Israel's allies, nor a list of states.
  const otherPair = any(bits, UKRAINE | THEATRE | STATES);
  if (all(bits, PAIR_PHRASE) && context & 4 && !otherPair) return bits | both | SYRIA;
  if (any(bits, REF) && context & 1) return bits | both;
  if (any(bits, SYRIA_WAR) && context & 4) return bits | both | SYRIA;
  // Syria's war where the pair was named together ("'The Syrian conflict can only be settled
  // politically,' the Russian president said" after Putin met Rouhani); not beside another war.
  if (any(bits, SYRIA_WAR) && context & 1 && !otherPair) return bits | both | SYRIA;
  const handed = any(bits, DRONE | MODEL | WEAPON) && any(bits, TRANSFER);
  if (handed && any(bits, both | UKRAINE) && context & 2) return bits | both;
  return bits;
}

/**
 * Whether a sentence, where Iran's drones for Russia were told, speaks of them without naming
 * them again: the drone itself ("the loitering munition has a range of 2,500 km"), a load on
 * the move ("vessels able to carry military cargo"), the deal between the two, or Iran's answer
 * ("neither confirmed nor denied them"), not its sanctions. Never where it names another war, other states, arms for Iran, trade or Syria.
 */
function aboutToldDrones(bits: number): boolean {
  if (any(bits, THEATRE | STATES | IRAN_GETS | RUS_ARMS | CIVIL | LEISURE | SYRIA | SYRIA_WAR)) {
    return false;
  }
  // Drones that Russia or Ukraine use, Iran unnamed, are a strike report ("Russia launched 90
  // drones at Kyiv"), not Iran's supply; a Shahed there counts alone.
  const strike = any(bits, RUSSIA | UKRAINE) && !any(bits, IRAN);
  return (
    (any(bits, DRONE | MODEL) && !strike) ||
    all(bits, GOODS | TRANSFER) ||
    // The deal behind them, Iran and Russia named: paid for or built under a deal ("Russia
    // paid for the factory deal in gold flown to Tehran"); never what Iran receives.
    (all(bits, IRAN | RUSSIA | TRANSFER | HELP) && !any(bits, IRAN_GETS)) ||
    (any(bits, IRAN) && (all(bits, ANSWER) || any(bits, ABET)))
  );
}

/**
 * Whether a block without an actor of its own (bits OR-ed over its sentences) holds anything
 * `withContext` could complete, so other blocks cost no sentence analysis.
 */
export function usesContext(bits: number): boolean {
  return (
    any(bits, REF | SYRIA_WAR | DRONE | MODEL) ||
    all(bits, GOODS | TRANSFER) ||
    (any(bits, WEAPON) && any(bits, TRANSFER) && any(bits, UKRAINE))
  );
}
