/**
 * Lexicon data type. A lexicon is plain data: adding a language (Russian, Ukrainian, Persian,
 * Arabic...) means writing one more `Lexicon` value, never touching the engine.
 */

/** A language's lexicon. */
export interface Lexicon {
  /** BCP-47 language code, e.g. `en`. */
  lang: string;
  /**
   * Rows of [role bits, terms], in priority order (a form keeps its first row). Role bits are
   * the constants of `engine/rules/roles.ts` OR-ed together, e.g. `IRAN | SOLEIMANI`; 0 makes a
   * shield. Terms are separated by `;`, each a `|`-separated list of surface forms whose first
   * form is the canonical term reported in `Mention.terms` (e.g. `'shahed-136|shahid 136;shahed'`).
   * Forms are tokenized like page text, so "Shahed-136", "shahed 136" and "Shahed136" are the
   * same form, and multi-word forms match token sequences. Plain strings rather than nested
   * arrays keep the data small in the content script.
   */
  terms: readonly (readonly [number, string])[];
  /**
   * Inflection rules tried when a word is not found as written, `;`-separated, each
   * `suffix>replacement` (e.g. `ies>y` turns "supplies" into "supply"; a Russian `ом>` would
   * turn "Ираном" into "иран"). Forms listed explicitly always win.
   */
  suffixes?: string;
  /**
   * Clitic prefixes written onto the word, `;`-separated (Arabic `و;ب;ال;وال`...), stripped
   * when a word is not found as written or through `suffixes`: "والإيرانية" -> "إيراني". A
   * prefix may restore letters it stands for, as `prefix>replacement` (Arabic `لل>ال`: "للحرس"
   * -> "الحرس"). A phrase's first word is read through them too.
   */
  prefixes?: string;
}
