/**
 * Slovak lexicon: stems, with case, adjective and verb endings as rules ("Iránu" -> "irán",
 * "iránskych" -> "iránsk", "dodávajú" -> "dodáva", "poskytol" -> "poskyt"). "Rusk" is both
 * Rusko and ruský. Left out: "dodal" (also "he added"), "do" (also Portuguese "of the", and all
 * lexicons read every page), "rais" (would open the page gate on "raise"), "závod" (also a race),
 * "zlat" (any golden thing: gold is "zlato" as written), "cvičenie" (an exercise), "Gaza" alone
 * (its stem is Polish and French "gaz", gas) and "Sumy" (its stem is "suma", a sum).
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

/** The Slovak lexicon. */
export const SK: Lexicon = {
  lang: 'sk',
  suffixes:
    'a>;á>;e>;é>;i>;í>;o>;u>;ú>;y>;ý>;ou>;om>;ov>;ovi>;ami>;ách>;ach>;och>;mi>;ej>;eho>;' +
    'ého>;ému>;emu>;ých>;ým>;ými>;ych>;ym>;ymi>;ovia>;ovho>;l>;la>;li>;lo>;il>;ila>;ili>;ť>;jú>;j>;ja>;uje>;' +
    'ujú>;ovať>;enie>;enia>;ího>;ímu>;ie>;ia>;iu>;ií>;ok>;ol>;núť>;' +
    // Passive participles: "predané", "vyrobených".
    'né>;ný>;ná>;ných>;ené>;ený>;ená>;ených>;' +
    // "Astany", "Astane" -> "astana".
    'y>a;e>a',
  terms: [
    // Iran's terms go into the always-on page gate: of its officials, only today's.
    [IRAN, 'irán;teherán;iránčan;iránec|iránc;chamene;raís|raísí;pezeškján;' + 'arákčí;larídžán'],
    [IRAN | ADJ, 'iránsk'],
    [IRAN | SOLEIMANI, 'solejmán|sulejmán'],
    [
      RUSSIA,
      'rusk;rus;moskv;kremeľ|kremľ;putin;šojgu;lavrov;peskov|medvedev|gerasimov|belousov|zacharov;' +
        'tatarstan',
    ],
    [STRONG | RUSSIA, 'alabug;jelabug'],
    [DRONE, 'dron;bezpilotn;kamikadze'],
    [MODEL | DRONE, 'shahed|šáhid|šahed'],
    [DRONE | IRAN, 'mohadžer'],
    [STRONG | DRONE, 'geraň|geran'],
    [WEAPON, 'zbraň|zbran;raket|rakiet;muníci;strel|striel;delostrel;granát;výzbroj'],
    [WEAPON | TRANSFER, 'inštruktor'],
    // Shields: weapons that are not arms for Russia's war.
    [0, 'jadrové zbran|jadrových zbran|jadrovú zbraň|jadrovej zbran'],
    // Arming a party: "vyzbrojuje", "vyzbrojil", "vyzbrojiť", "vyzbrojovať"; the party right after
    // receives (`GIVE`: "vyzbrojuje Rusko"). "Ozbrojené sily" stay out.
    [WEAPON | TRANSFER | GIVE, 'vyzbroj|vyzbroji'],
    [RUS_ARMS, 'stíhačk|stíhač'],
    [
      TRANSFER | GIVE,
      'dodáva;doda;dodávk|dodávok;preda|predáva|predaj;posla|posiela;odovzda;poskyt|poskyto|poskytnú;' +
        'pašova|pašovan',
    ],
    // "Made in" right before Iran names the weapon's origin ("drones made in Iran").
    [TRANSFER | FROM, 'vyroben'],
    [
      TRANSFER,
      'kúpi|kupuj|nakupova|nakupuj;nákup;získa;dostáva;dovoz|dováža;preprav;zásielk|zásielok;' +
        'výrob|vyrába|vyrob|produkci;továreň|továrn;montáž;výcvik|vycvič|cvičil;školi|školen;poradc',
    ],
    [
      HELP,
      'spoluprác;podpor;pomoc;spojenc|spojenec|spojenectv;partnerstv;dohod;zmluv;obchod;' +
        'licenci;technológi;platb;zaplat;hotovos|hotovost;zlato|zlatom;' +
        'poprel;popiera;odmieta|odmiet;nepodložen;nepravd;sankci;obvin|obviň;dôkaz',
    ],
    // Military help as a thing handed over (as English "military aid"): with Iran and Russia,
    // arms for its war.
    [
      WEAPON | HELP | GIVE,
      'vojenská pomoc|vojenskej pomoc|vojenskú pomoc|vojenská podpor|vojenskej podpor|vojenskú podpor',
    ],
    [HELP | GIVE, 'pomáha;vývoz|vyváža'],
    // Dependence: the dependent party receives (`TO`, as English "dependent on"), in one sentence:
    // "Moskva je závislá od iránskych dronov".
    [HELP | TO, 'závisl;závislosť;odkázan'],
    [FROM, 'z|zo|od'],
    // Syria's bases and proxies are places of the story, not its war.
    [SYRIA, 'sýri;tartus;hmejmím|chmejmím;latákij|latakij;hizballáh|hizballah|hezbollah'],
    [SYRIA | ADJ, 'sýrsk'],
    [
      SYRIA | SYRIA_WAR,
      'asad;damask;alepp;idlib;palmýr;homs;dajr az zaur;' +
        'deeskalačné zón|deeskalačných zón|deeskalačnej zón;' +
        'sýrsky režim|sýrskeho režim|sýrska vlád|sýrskej vlád;' +
        'vojna v sýri|vojny v sýri|vojne v sýri|vojnu v sýri;' +
        'sýrska vojn|sýrskej vojn|sýrsku vojn|sýrska občianska vojn|sýrskej občianskej vojn;' +
        'sýrsky konflikt|sýrskeho konflikt|sýrskom konflikt;' +
        'intervencia v sýri|intervencie v sýri|intervenciu v sýri|intervencii v sýri',
    ],
    [SYRIA_STRONG | SYRIA, 'astansk'],
    // Astana's forms as written: a stem "astan" would open the page gate on "bastante".
    [ASTANA, 'astana'],
    [VISIT, 'návštev;stretnut|stretol|stretl;prilet|priletel|odletel'],
    // Vague references that only earlier text resolves.
    [
      REF,
      'obe krajin|oba štát|dve krajin|dvoch krajín|oboch krajín|tri krajin|troch krajín|' +
        'traja garanti|troch garant|toto spojenectv|tohto spojenectv|ich spojenectv|' +
        'toto partnerstv|tohto partnerstv|ich partnerstv',
    ],
    [REF | ABET, 'spoluvinník|spoluvinn;spoluúčas|spoluúčast;spolupáchateľ;spoluagresor'],
    [
      UKRAINE,
      'ukrajin;kyjev|kyjiv;charkov|charkiv;odes;záporož|záporiž|zaporiž;dnipr|dnepr;cherson;' +
        'mykolajiv;ľvov|ľviv;poltav;černihiv;krym;donbas;doneck;zelensk|zelenskyj;kličk;kuleb;' +
        'sybih;jermak;budanov;' +
        'ihnat;umerov;šmyhal',
    ],
    [UKRAINE | ADJ, 'ukrajinsk'],
    [
      THEATRE,
      'izrael;húsí|húsíj;jemen;červené mor|červenom mor|červeného mor;' +
        'pásmo gaz|pásme gaz|pásma gaz;hamas;sudán|sudánsk;' +
        'etiópi|etiópsk;tigraj',
    ],
    [
      STATES,
      'severná kóre|severnej kóre|severnú kóre|severnou kóre|kľdr|pchjongjang;' +
        'čín|čínsk|peking;bielorus|bielorusk;venezuel;' +
        'kub',
    ],
    // Sport, culture and earthquakes: a Russia v Iran match or quake relief is no alliance.
    [
      LEISURE,
      'futbal;zápas;turnaj;šport|športov;majstrovstv;olympijsk|olympiád;medail;hokej;festival;' +
        'film;recept;' +
        'kuchyň|kuchyn;turist|turizm;zemetrasen',
    ],
    // General objects of the arms trade (see `GOODS`), and goods that are not arms.
    // Sanctions in the EU's words ("restrictive measures").
    [HELP, 'reštriktívne opatreni|reštriktívnych opatren'],
    [HELP | GOODS, 'konštrukci'],
    [GOODS, 'lietadl'],
    [CIVIL, 'obchod;cestujúc;pšenic|obilie'],
  ],
};
