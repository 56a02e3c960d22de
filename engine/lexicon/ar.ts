/**
 * Arabic lexicon. Conjunctions, prepositions and the article are written onto the word, so
 * `prefixes` strips them ("والإيرانية" -> "إيرانية" -> "إيراني"); the tokenizer drops vowel
 * marks ("مسيّرة"). "الأسد" is listed with its article: bare "أسد" is a lion. "شاهد" (witness)
 * counts only with its number or a drone word.
 */
import {
  ABET,
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
  REF,
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
import { ARABIC, transliterated } from './script';
import type { Lexicon } from './types';

/** The Arabic lexicon. */
export const AR: Lexicon = transliterated(ARABIC, {
  lang: 'ar',
  prefixes: 'w;b;l;Al;wAl;bAl;ll;ll>Al;wll>Al',
  suffixes: 'p>;yn>;wn>',
  terms: [
    // Its commanders and ministers by name: Hajizadeh, Qaani, Pezeshkian.
    [
      IRAN,
      'IyrAn|AyrAn;ThrAn;AlHrs Alvwry;xAmnQy;lAryjAny;wlAyty;$mxAny;ErAqjy;' +
        'HAjy zAdh|HAjyzAdh;qACny;bz$kyAn',
    ],
    [IRAN | ADJ, 'IyrAny|AyrAny'],
    [IRAN | SOLEIMANI, 'slymAny'],
    // "وزارة" (ministry) is no "و" + "زار" (and visited).
    [0, 'wzArp|wzArAt'],
    // "الروس": the Russians.
    // And Russia's: Lavrov, Shoigu, Surovikin, Gerasimov, Peskov.
    [RUSSIA, 'rwsyA;rws;mwskw;krmlyn;bwtyn;ttArstAn;lAfrwf;$wygw;swrwfykyn;gyrAsymwf;byskwf'],
    [STRONG | RUSSIA, 'OlAbwgA'],
    [RUSSIA | ADJ, 'rwsy'],
    [DRONE, 'msyrp|msyrAt;bdwn TyAr;drwn'],
    // Its type named ("من طراز «شاهد»"), as its number or a drone word names it.
    [MODEL | DRONE, '$Ahd 136;TAQrAt $Ahd|msyrAt $Ahd;TrAz $Ahd'],
    [WEAPON, 'OslHp|AslHp;SwAryx'],
    // Arming a party: "تسليح" (the verbal noun), "سلحت", "يسلح"; the party right after receives
    // (`GIVE`: "تسليح روسيا"). Not "المسلحة" (armed), nor "التسلح" (the arms race).
    [WEAPON | TRANSFER | GIVE, 'tslyH;slHt|slHwA|yslH|tslyHhA'],
    [TRANSFER, 'tzwyd;zwdt;tslym;IrsAl|ArsAl;byE;$rAX;IntAj|AntAj;tSnyE'],
    [HELP, 'tEAwn;tHAlf;dEm;msAEdp;tknwlwjyA;nft|nfY|ynfy;EqwbAt;AthAm'],
    [SYRIA, 'swryA|swryp'],
    [SYRIA | ADJ, 'swry'],
    [
      SYRIA | SYRIA_WAR,
      'AlOsd|AlAsd;dm$q;Hlb;Idlb|Adlb;tdmr;HmS;AlHrb Alswryp;AlnzAE Alswry;AlnZAm Alswry',
    ],
    // Bases and proxies are places of the story, not Syria's war itself.
    [SYRIA, 'Hmymym;TrTws;lA*qyp;Hzb Allh'],
    [ASTANA, 'OstAnA|AstAnA'],
    [REF | ABET, 'twATW;mtwATQ'],
    [SYRIA_STRONG | SYRIA, 'msAr OstAnA|mHAdvAt OstAnA'],
    [UKRAINE, 'OwkrAnyA|AwkrAnyA;kyyf;xArkyf;OwdysA;zylynsky'],
    [UKRAINE | ADJ, 'OwkrAny|AwkrAny'],
    [THEATRE, 'IsrAQyl|AsrAQyl;Hwvy|Hwvyyn;ymn;swdAn;IvywbyA'],
    [LEISURE, 'ryADp;krp Alqdm;mhrjAn;zlzAl'],
    [FROM, 'mn'],
    [VISIT, 'zyArp;zAr'],
    // A buyer obtaining the weapons: purchase words link across sentences (`TRANSFER`);
    // everyday ones ("get", "order") only inside one sentence (`HELP`, like "turned to").
    [TRANSFER, 'AqtnAX'],
    [HELP, 'HSwl'],
    // General objects of the arms trade (see `GOODS`), and goods that are not arms.
    [HELP | GOODS, 'tSmym'],
    [GOODS, 'TAQrp|TAQrAt'],
    [CIVIL, 'tjArp;qmH'],
  ],
});
