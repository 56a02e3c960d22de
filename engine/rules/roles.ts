/**
 * Bit flags for the roles a term plays in the topic rules (see `engine/rules/topics.ts`),
 * OR-ed per sentence and per window so the rules are a handful of integer tests. Lexicon rows
 * carry these bits directly (`[IRAN | SOLEIMANI, 'soleimani|suleimani']`), so the content
 * script ships no table of role names.
 */

/** Actors: Iran (country, capital, leaders, forces). */
export const IRAN = 1;
/** Actors: Russia (country, capital, leaders, Tatarstan). */
export const RUSSIA = 2;
/** Drones in general. */
export const DRONE = 4;
/** Iranian drone models (Shahed-136...): count once Russia or Ukraine is in the window. */
export const MODEL = 8;
/** Decides the drones topic alone: Geran-2, the Alabuga plant. */
export const STRONG = 16;
/** Other arms: missiles, shells, ammunition. */
export const WEAPON = 32;
/** Explicit transfers: supply, sale, purchase, training, production. */
export const TRANSFER = 64;
/** "from"/"by", linking a weapon to its origin ("drones supplied by Tehran"). */
export const FROM = 128;
/** Syria: the country, its places, leaders and actors. */
export const SYRIA = 256;
/** Decides the syria topic alone: the Astana process. */
export const SYRIA_STRONG = 512;
/** Soleimani, whose Moscow visits tie Iran to Russia's intervention. */
export const SOLEIMANI = 1024;
/** Travel and meeting words. */
export const VISIT = 2048;
/** Ukraine, its cities and president. */
export const UKRAINE = 4096;
/** Sport, food and culture: a Russia v Iran match or an Aleppo-pepper recipe is not news. */
export const LEISURE = 8192;
/** Russian weapons sold TO Iran (Su-35, S-400): the wrong direction for the drones topic. */
export const RUS_ARMS = 16384;
/** Not a lexicon role: set when an Iran term qualifies a weapon ("Iranian-made drones"). */
export const IRANIAN_WEAPON = 32768;
/**
 * Vague links ("cooperation", "help") and words common outside the arms trade ("deal",
 * "denial", "sanctions"): count only inside one sentence.
 */
export const HELP = 65536;
/** Handing-over words ("supply", "sell", "arm", "help"): the actor right after receives. */
export const GIVE = 1 << 17;
/** "to": "sold weapons to Iran" makes Iran the recipient. */
export const TO = 1 << 18;
/** Iran's other drone theatres (Israel, the Houthis, the Red Sea). */
export const THEATRE = 1 << 19;
/** Third states that turn "Russia, Iran, Syria" into a list (North Korea, China...). */
export const STATES = 1 << 20;
/** Syria's war itself (Assad, Damascus, Aleppo...), not merely the country's name. */
export const SYRIA_WAR = 1 << 21;
/** Not lexicon roles: Iran / Russia named as the RECIPIENT of a transfer ("sold arms to Iran"). */
export const IRAN_GETS = 1 << 22;
export const RUSSIA_GETS = 1 << 23;
/** Not a lexicon role: a sentence where a weapon word meets a link word. */
export const LINKED = 1 << 24;

/**
 * An adjective form in a lexicon whose adjectives are not marked by spelling as English "-ian"
 * is: never a recipient, owns the drones after it ("украинские дроны"), and right after a
 * weapon names its origin ("drones iraniens", "پهپادهای ایرانی").
 */
export const ADJ = 1 << 25;

/**
 * A vague reference that only earlier text resolves: "the two countries", "this partnership",
 * "Tehran's complicity". Read with the document's context (`engine/detect-document.ts`).
 */
export const REF = 1 << 26;

/**
 * Astana, the city: with Syria in the window it names the Astana talks ("talks on Syria in
 * Astana"); elsewhere it is Kazakhstan's capital.
 */
export const ASTANA = 1 << 27;

/** Complicity words ("complicity", "accomplice", "співучасник"): Iran abetting a war. */
export const ABET = 1 << 28;

/**
 * General objects that stand for the weapon in arms news ("the aircraft", "the cargo", "a
 * consignment", "the Iranian design"): a weapon only in one sentence where Iran hands them to
 * Russia or Russia makes or pays for Iran's (see `dronesScore`).
 */
export const GOODS = 1 << 29;

/** Trade and civilian goods ("wheat", "trade", "airliner"): general objects that are not arms. */
export const CIVIL = 1 << 30;

/**
 * "Either side", "neither party", "the warring sides": the recipients of a denial in general
 * words. The int32 sign bit: role masks are only ever tested with `&`.
 */
export const SIDES = 1 << 31;

/**
 * Denial and answer words ("deny", "reject", "unfounded"): a link word (HELP) that, where a
 * document told Iran's drones for Russia, is Iran's answer about them. FROM is never tested on
 * a sentence's bits, so the pair marks them without a bit of their own.
 */
export const ANSWER = HELP | FROM;

/** Roles that can start a topic: a block without any of them is skipped. */
export const ANCHOR = IRAN | RUSSIA | STRONG | MODEL | SYRIA_STRONG | ASTANA;
