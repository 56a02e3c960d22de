/**
 * Lexicon data type. A lexicon is plain data: adding a language (Russian, Ukrainian, Persian,
 * Arabic...) means writing one more `Lexicon` value, never touching the engine.
 */

/**
 * Roles a term plays in the topic rules (see `engine/rules/topics.ts`):
 * - `iran`, `russia`: actors (countries, capitals, leaders, forces).
 * - `drone`: drones in general; `model`: Iranian drone models (Shahed-136...) that count once
 *   Russia or Ukraine is in the window; `strong`: decides the drones topic alone (Geran-2, the
 *   Alabuga plant).
 * - `weapon`: other arms; `transfer`: supply/sale/training/production/payment words and their
 *   denials and sanctions; `help`: vaguer links ("cooperation", "help") that count only inside
 *   one sentence; `from`: "from"/"by", linking a weapon to its origin.
 * - `syria`: Syrian places, leaders and actors; `syriaStrong`: decides the syria topic alone
 *   (the Astana process); `soleimani`: Soleimani, whose Moscow visits tie Iran to Russia's
 *   intervention; `visit`: travel and meeting words.
 * - `ukraine`: Ukraine and its cities; `leisure`: sport, food and culture words (a Russia v Iran
 *   match or an Aleppo-pepper recipe is not news about the alliance); `rusArms`: Russian weapons sold TO Iran (Su-35, S-400), the wrong
 *   direction for the drones topic.
 * - `none`: a phrase that shields its words ("nuclear weapons" is not an arms transfer).
 */
export type TermRole =
  | 'iran'
  | 'russia'
  | 'drone'
  | 'model'
  | 'strong'
  | 'weapon'
  | 'transfer'
  | 'help'
  | 'from'
  | 'syria'
  | 'syriaStrong'
  | 'soleimani'
  | 'visit'
  | 'ukraine'
  | 'leisure'
  | 'rusArms'
  | 'none';

/** A language's lexicon. */
export interface Lexicon {
  /** BCP-47 language code, e.g. `en`. */
  lang: string;
  /**
   * Terms grouped by role list. Key: space-separated `TermRole`s, e.g. `'iran soleimani'`.
   * Value: terms separated by `;`, each a `|`-separated list of surface forms whose first form
   * is the canonical term reported in `Mention.terms` (e.g. `'shahed-136|shahid 136;shahed'`).
   * Forms are tokenized like page text, so "Shahed-136", "shahed 136" and "Shahed136" are the
   * same form, and multi-word forms match token sequences. Plain strings rather than nested
   * arrays keep the data small in the content script.
   */
  terms: Readonly<Partial<Record<string, string>>>;
  /**
   * Inflection rules tried when a word is not found as written, `;`-separated, each
   * `suffix>replacement` (e.g. `ies>y` turns "supplies" into "supply"; a Russian `ом>` would
   * turn "Ираном" into "иран"). Forms listed explicitly always win.
   */
  suffixes?: string;
}
