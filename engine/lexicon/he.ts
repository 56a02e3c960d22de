/**
 * Hebrew lexicon, in a one-letter transliteration (below) so each letter costs one byte in the
 * content script. Conjunctions, prepositions and the article are written onto the word, so
 * `prefixes` strips them ("ולרוסיה" -> "רוסיה"); `suffixes` strips one plural or feminine
 * ending, restoring a final letter ("רחפנים" -> "רחפן", "איראניות" -> "איראני", "רוסים" ->
 * "רוסי"). Abbreviations written with a quote are split by the tokenizer ('kTb"M' -> "כטב"
 * "ם"), so their head is listed alone; written with gershayim (״) they stay one word.
 * "משלחת" (a delegation) is a shield: stripped of "מ" it would read as "sent".
 */
import {
  ADJ,
  ASTANA,
  CIVIL,
  DRONE,
  FROM,
  GIVE,
  GOODS,
  HELP,
  IRAN,
  LEISURE,
  MODEL,
  RUSSIA,
  SOLEIMANI,
  STRONG,
  SYRIA,
  SYRIA_STRONG,
  SYRIA_WAR,
  THEATRE,
  TRANSFER,
  UKRAINE,
  VISIT,
  WEAPON,
} from '../rules/roles';
import { transliterated, type Alphabet } from './script';
import type { Lexicon } from './types';

/**
 * Hebrew א-ת: a b g d h w z x(ח) T(ט) y K(ך) k l M(ם) m N(ן) n s e(ע) P(ף) p C(ץ) c(צ) q r S(ש)
 * t; G is the gershayim (״).
 */
const HEBREW: Alphabet = { base: 0x5d0, keys: 'abgdhwzxTyKklMmNnsePpCcqrSt', extra: 'G\u05f4' };

/**
 * The Hebrew lexicon. Rows, in Hebrew: איראן; טהרן; משמרות המהפכה; כוח קודס | איראני | סולימאני | רוסיה; מוסקבה; קרמלין;
 * פוטין | רוסי | אלבוגה | רחפן; כטב; כטב״מ; מל״ט; כלי טיס בלתי מאויש | שאהד | נשק; טילים; טילי; תחמושת | משלחת | אספק; סיפק; לספק;
 * העביר; העברת; שלח; מכירת | רכש; רכיש; ייצור; ייוצר; מפעל; קיבל | שיתוף פעולה; תמיכ; סיוע; הכחיש; הכחש;
 * מכחיש; סנקצי; עיצום | ידי | סוריה | סורי | אסד; דמשק | תהליך אסטנה | אוקראינה; קייב; זלנסקי |
 * אוקראיני | ישראל; חות; תימן; חמאס | כדורגל; נבחרת | ביקור | תוכנן; תכנון | כלי טיס | סחר.
 */
export const HE: Lexicon = transliterated(HEBREW, {
  lang: 'he',
  prefixes: 'w;h;b;l;m;S;k;wh;wb;wl;wm;wS;Sh;Sb;mh;kS',
  suffixes: 'nyM>N;ny>N;myM>M;yM>y;yM>;wt>;yt>;t>;h>;w>;y>',
  terms: [
    // Its ministers by name: Zarif, Pezeshkian.
    [IRAN, 'ayraN;ThrN|ThraN;mSmrwt hmhpkh;kwx qwds|kwx qds;zryP;pzSkyaN'],
    [IRAN | ADJ, 'ayrany'],
    [IRAN | SOLEIMANI, 'swlymany'],
    // And Russia's: Lavrov, Shoigu, Surovikin, Gerasimov, Peskov.
    [RUSSIA, 'rwsyh;mwsqbh;qrmlyN;pwTyN;lbrwb;Swygw;swrwbyqyN;grsymwb;psqwb'],
    [RUSSIA | ADJ, 'rwsy'],
    [STRONG | RUSSIA, 'albwgh'],
    [DRONE, 'rxpN;kTb;kTbGm|kTbGM;mlGT;kly Tys blty mawyS'],
    // Also a given name: alone, a drone only beside Russia or Ukraine.
    [MODEL, 'Sahd'],
    [WEAPON, 'nSq;TylyM|Tyly;txmwSt'],
    // Arming a party: "לחמש", "חימש", "חימשה", "חימשו", "חימוש"; the party after "את" receives
    // (`GIVE`). Not the present "מחמש", which reads as "מ" + "חמש" (than five).
    [WEAPON | TRANSFER | GIVE, 'lxmS|xymS|xymSh|xymSw|xymwS'],
    [0, 'mSlxt'],
    [TRANSFER | GIVE, 'aspq;sypq;lspq;hebyr|hebrt;Slx;mkyrt'],
    // Production in either spelling ("ייצור", "ייוצרו"), and the factory.
    [TRANSFER, 'rkS|rkyS;yycwr|yywcr;mpel;qybl'],
    [HELP, 'SytwP pewlh;tmyk;sywe;hkxyS|hkxS|mkxyS;snqcy;eycwM'],
    // "Product of" ("תוצרת איראן", "מתוצרת"): the origin of what precedes it.
    [TRANSFER | FROM, 'twcrt'],
    [FROM, 'ydy'],
    [SYRIA, 'swryh;xyzballh|xzballh'],
    [SYRIA | ADJ, 'swry'],
    // And the war itself: "the war in Syria", "the civil war in Syria", "the battlefields in Syria".
    [
      SYRIA | SYRIA_WAR,
      'asd;dmSq;mlxmh bswryh|hmlxmh bswryh|bmlxmh bswryh|mlxmt swryh|mlxmt hazrxyM bswryh|' +
        'Sdwt hqrb bswryh|bSdwt hqrb bswryh|hlxymh bswryh',
    ],
    [SYRIA_STRONG | SYRIA, 'thlyK asTnh'],
    [ASTANA, 'asTnh'],
    [UKRAINE, 'awqraynh;qyyb;zlnsqy'],
    [UKRAINE | ADJ, 'awqrayny'],
    [THEATRE, 'ySral;xwt;tymN;xmas;swdaN'],
    [LEISURE, 'kdwrgl;nbxrt'],
    [VISIT, 'byqwr'],
    // General objects of the arms trade (see `GOODS`), and goods that are not arms.
    [HELP | GOODS, 'twknn|tknwN'],
    [GOODS, 'kly Tys'],
    [CIVIL, 'sxr'],
  ],
});
