/**
 * Estonian lexicon: nominative stems, with genitive vowels and case endings as rules
 * ("Iraanilt" -> "iraan", "Venemaale" -> "venemaa", "droonidega" -> "droon", "iraanlased" ->
 * "iraanlas"). The genitive "Iraani droonid" qualifies the drones by position, as English
 * "Iranian drones" does. Compounds put the qualifier first, so `prefixes` strip the common ones
 * ("ründedroonid", "suurtükimürsud"); "tuumarelv" (nuclear weapon) and "relvajõud" (armed
 * forces) stay one unknown word. Left out: "saat" alone (Turkish "hour") and "ost" alone (German
 * "east"): their verb forms are listed instead; "kohtu" (also "of the court").
 */
import {
  ABET,
  ADJ,
  ASTANA,
  CIVIL,
  DRONE,
  GIVE,
  GOODS,
  HELP,
  IRAN,
  LEISURE,
  MODEL,
  REF,
  RUSSIA,
  RUS_ARMS,
  SOLEIMANI,
  STATES,
  STRONG,
  SYRIA,
  SYRIA_STRONG,
  SYRIA_WAR,
  THEATRE,
  TRANSFER,
  UKRAINE,
  VISIT,
  WEAPON,
  TO,
} from '../rules/roles';
import type { Lexicon } from './types';

/** The Estonian lexicon. */
export const ET: Lexicon = {
  lang: 'et',
  suffixes:
    'i>;is>;ist>;isse>;ile>;ilt>;il>;iga>;iks>;id>;ide>;idega>;it>;e>;es>;est>;esse>;ele>;' +
    'elt>;ega>;a>;ad>;ade>;adega>;s>;st>;sse>;le>;lt>;l>;ga>;ks>;t>;d>;de>;te>;b>;vad>;nud>;tud>;u>;ud>;ude>;us>;ust>;usse>;ule>;ult>;uga>;sid>;se>;sed>;' +
    'eid>;ed>;tel>;tele>;telt>;tega>;tes>;test>;eks>;ma>;da>;dud>;mine>;mise>;lane>las',
  prefixes: 'ründe;kamikadze;kamikaze;suurtüki',
  terms: [
    [
      IRAN,
      'iraan;teheran;iraanlas;revolutsioonikaardiväg|revolutsioonikaardivä;qudsi üksus;' +
        'hamenei|ajatolla',
    ],
    [IRAN | SOLEIMANI, 'soleimani|suleimani'],
    [
      RUSSIA,
      'venemaa;moskva;kreml;putin;venelas;šoigu|lavrov|peskov|medvedev|belousov|gerassimov;' +
        'tatarstan',
    ],
    [RUSSIA | ADJ, 'vene'],
    [STRONG | RUSSIA, 'alabuga|jelabuga'],
    [DRONE, 'droon;mehitamata;kamikadze'],
    [MODEL | DRONE, 'shahed|šahed'],
    [DRONE | IRAN, 'mohajer'],
    [STRONG | DRONE, 'geran'],
    [
      WEAPON,
      'relv;relvastus;rakett|raket;laskemoon;mürsk|mürs;suurtükivä|suurtükiväg;sõjatehnika;' +
        'varustus',
    ],
    [WEAPON | TRANSFER, 'instruktor'],
    [RUS_ARMS, 'hävitaja'],
    [
      TRANSFER | GIVE,
      'tarni|tarne|tarnimis;müü|müük|müüg|müümis;saatis|saatsid|saatnud|saadab|saadetud;varusta;smugelda',
    ],
    [
      TRANSFER,
      'tarnija;ostis|ostsid|ostnud|osta|oste|ostu;hanki|hange|hanke|hangi|hank;import|impordi;saadetis;' +
        'toot|tooda|toode|tootja|tootmine|tootmis;tehas|tehase;väljaõpe|väljaõppe;' +
        'koolita|koolitus;nõunik',
    ],
    [
      HELP,
      'koostöö;toetus|toeta;abi;liitlas|liitlane;partnerlus;leping|lepingu|lepe;tehing;' +
        'makse|maksa;kuld|kulla|kulda;sularaha;tehnoloogia;litsents;' +
        'eita;alusetu;sanktsioon|sanktsiooni;süüdista|süüdistus|süüdistuse;tõend',
    ],
    [HELP | GIVE, 'aita;eksport|ekspordi'],
    // Syria's bases and proxies are places of the story, not its war.
    [SYRIA, 'süüria;süürlas;tartus;hmeimim;latakia;hezbollah|hizbollah'],
    [
      SYRIA | SYRIA_WAR,
      'assad;damaskus;aleppo;idlib;palmyra;homs;deeskalatsioonitsoon;' +
        'süüria sõda|süüria sõja|süüria sõtta|süüria kodusõda|süüria kodusõja|' +
        'sõda süüria|sõja süüria;süüria konflikt;süüria režiim|süüria valitsus',
    ],
    [
      SYRIA_STRONG | SYRIA,
      'astana protsess|astana formaat|astana formaadi|astana kõnelus|astana läbirääkimis',
    ],
    [ASTANA, 'astana'],
    [VISIT, 'visiit|visiidi;külasta|külastus;kohtumine|kohtumise;lenda;reis'],
    // Vague references that only earlier text resolves.
    [
      REF,
      'kaks riik|kahe riig|mõlemad riig|mõlema riig|mõlemat riik|kolm riik|kolme riig|' +
        'kaks liitlas|see partnerlus|nende partnerlus|see liit|nende liit|selle liidu|nende liidu',
    ],
    [REF | ABET, 'kaasosalus|kaasosalis|kaasosaline;kaassüüdla;kaasagressor'],
    [
      UKRAINE,
      'ukraina;ukrainlas;kiiev;harkiv;odessa;zaporižžja;dnipro;herson;mõkolajiv;lviv;poltava;' +
        'sumõ;tšernihiv;krimm;donbass;donetsk;zelenski;klitško;kuleba;sõbiha;jermak;budanov;' +
        'ihnat;umerov',
    ],
    [
      THEATRE,
      'iisrael;huthi|houthi;jeemen;punane meri|punasel mere|punase mere;gaza;hamas;sudaan;' +
        'etioopia;tigrai',
    ],
    [STATES, 'põhja korea;hiina;valgevene;venezuela;kuuba'],
    // Sport, culture and earthquakes: a Russia v Iran match or quake relief is no alliance.
    [
      LEISURE,
      'jalgpall;maadlus;turniir;sport|spordi;meistrivõistlus;olümpia|olümpiamäng;medal;' +
        'festival;film;retsept;turist|turism;maavärin|maavärina',
    ],
    [WEAPON | TRANSFER | GIVE, 'relvatarne'],
    // Arming a party: "relvastab", "relvastas", "relvastavad"; the party right after receives
    // (`GIVE`: "relvastab Venemaad"). The infinitives and the verbal noun follow their object:
    // the party named last receives (`TO`): "jätkab Venemaa relvastamist". "Relvastatud" (armed)
    // is a shield.
    [0, 'relvastatud'],
    [
      WEAPON | TRANSFER | TO,
      'relvastama|relvastamas|relvastamast|relvastada|relvastamine|relvastamise|relvastamist',
    ],
    [WEAPON | TRANSFER | GIVE, 'relvasta'],
    // Handing over where the particle stands by the verb: "üle andnud", "üleandmine".
    [TRANSFER, 'üle andnud|üle andis|üle anda|üle andma|üleandmine|üleandmise|üleandmist'],
    [DRONE | TRANSFER, 'droonitarne|droonitehas'],
    [DRONE | HELP, 'droonitehing'],
    // A buyer obtaining the weapons: purchase words link across sentences (`TRANSFER`);
    // everyday ones ("get", "order") only inside one sentence (`HELP`, like "turned to").
    // Sanctions in the EU's words ("restrictive measures").
    [HELP, 'telli;omanda;piiravad meetme|piiravaid meetme|piiravate meetme'],
    // General objects of the arms trade (see `GOODS`), and goods that are not arms.
    [HELP | GOODS, 'disain'],
    [GOODS, 'lennuk|lennuaparaat'],
    [CIVIL, 'kaubandus;reisija|reisilennuk;nisu|teravil'],
  ],
};
