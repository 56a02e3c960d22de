/**
 * Bulgarian lexicon, in the Cyrillic transliteration of `script.ts` (ъ X, щ W, я A, ж Z, ч C).
 * Bulgarian has no cases but a postfixed article and verb endings, so forms are stems and
 * `suffixes` strip one ending: "дроновете" -> "дрон", "иранските" -> "иранск", "доставките" ->
 * "достав". A page declared Bulgarian is read without the Russian lexicon (`extra.ts`), so stems
 * spelt as in Russian (иран, москв, шахед, сири, асад, киев...) are listed here too.
 * Left out: "предава" and "предаде" (also "broadcasts", "reported"), "на" (also "of"), "шахид"
 * (martyr: only "Шахид-136" counts), "Газа" alone ("газа", the gas), "Суми" (also "sums"),
 * "пособие" (a benefit: only "пособник", abettor, counts), and Russian words spelt alike in
 * another sense ("товар", goods; "получил", got), since every lexicon reads Russian pages too.
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
import { CYRILLIC, transliterated } from './script';
import type { Lexicon } from './types';

/** The Bulgarian lexicon. */
export const BG: Lexicon = transliterated(CYRILLIC, {
  lang: 'bg',
  suffixes:
    'ovete>;kata>;kite>;Ata>;ata>;oto>;eto>;ite>;iAt>;iA>;Xt>;At>;at>;ove>;ta>;to>;te>;ka>;ki>;' +
    'nicite>;nici>;nik>;nite>;ni>;Ane>;ane>;eni>;ena>;en>;ili>;ila>;il>;ali>;ala>;al>;Al>;iha>;oha>;aha>;a>;o>;i>;e>;A>;' +
    // The imperfect: "продаваше", "доставяше", "изпращаха".
    'aSe>;ASe>;eSe>;aha>;Aha>',
  terms: [
    [
      IRAN,
      'iran;teheran;iranec|iranc;ksir;kuds;' +
        'revolUcionna gvardi|revolUcionnata gvardi|islAmskata revolUci|islAmska revolUci;' +
        'hamenej|hamenei|aAtolah;raisi;pezeSkian;rohani;zarif;aragCi|arakCi|abdolahiAn;' +
        'laridZani;velaAti;Samhani;hadZizade|gadZizade;bageri;kaani',
    ],
    [IRAN | SOLEIMANI, 'sUlejmani|solejmani|sulejmani'],
    [IRAN | ADJ, 'iransk'],
    [
      RUSSIA,
      'rusiA;kremXl|kreml;moskv;putin;rusnac;Sojgu;lavrov;' +
        'peskov|medvedev|belousov|gerasimov|zaharova|surovikin;tatarstan',
    ],
    [RUSSIA | ADJ, 'rusk'],
    [STRONG | RUSSIA, 'alabug|elabug'],
    [STRONG | DRONE, 'geran 2'],
    [MODEL | DRONE, 'Sahed;Sahid 136'],
    // Also the flower: alone, a drone only beside Russia or Ukraine.
    [MODEL, 'geran'],
    [DRONE | IRAN, 'mohadZer'],
    [DRONE, 'dron;bezpilot;kamikadze;skitaW boepripas|skitaWi boepripas'],
    [WEAPON, 'orXZi;raket;boepripas;snarAd;artileri|artilerijsk'],
    [WEAPON | TRANSFER, 'instruktor'],
    // Shields: weapons that are not arms for Russia's war.
    [0, 'Adreno orXZi|Adrenoto orXZi|Adrenite orXZi|Adreni orXZi'],
    // Arming a party: "въоръжава", "въоръжи", "въоръжаваше", "въоръжаване"; the party right after
    // receives (`GIVE`: "въоръжава Русия"). "Въоръжени сили" (armed forces) and "въоръжение"
    // are shields.
    [0, 'vXorXZen|vXorXZena|vXorXZeni|vXorXZenite|vXorXZenie|vXorXZenieto'],
    [WEAPON | TRANSFER | GIVE, 'vXorXZav|vXorXZ'],
    // Handing over with its recipient: "предаде на Москва" ("предаде" alone also reports).
    [
      TRANSFER | GIVE,
      'predade na|predadoha na|predava na|predavat na|predal na|predala na|predali na|predadat na',
    ],
    [RUS_ARMS, 'iztrebitel;su 35|s 400|s 300'],
    [
      TRANSFER | GIVE,
      'dostav;prodav;prodaZb;prodad;izpraW;izprat;prehvXrl;snabd|snabdAv;kontraband;predostav',
    ],
    // "Made in" right before Iran names the weapon's origin ("drones made in Iran").
    [TRANSFER | FROM, 'proizveden'],
    [
      TRANSFER,
      'kupuv;kupi|kupil|kupih;pokupk;zakup;poluCav|poluCi;vnos|vnas;pridob;' +
        'proizveZd|proizved|proizvodstv|proizvoditel;fabrik;sglob|sglobAv;' +
        'obuCav|obuC|obuCeni;sXvetnik|sXvetnic;pratk',
    ],
    [
      HELP,
      'sXtrudniCestv;podkrep;pomoW;sXdejstv;sXUz;partnXorstv;sdelk;dogovor;sporazumeni;' +
        'kontrakt;zavod;licenz;tehnologi;plaWan|plat;zlat;v broj;' +
        'otriC|otreC;oproverg;othvXrl;neosnovateln;sankci;obvin|obvineni|obvinAv;dokazatelstv',
    ],
    // Military help as a thing handed over (as English "military aid"): with Iran and Russia,
    // arms for its war.
    [WEAPON | HELP | GIVE, 'voenna pomoW|voennata pomoW|voenna podkrep|voennata podkrep'],
    [HELP | GIVE, 'pomag;iznos'],
    // Dependence: the dependent party receives (`TO`, as English "dependent on"), in one sentence:
    // "Москва зависи от иранските дронове".
    [HELP | TO, 'zavisim;zavisimost;zavisi|zavisA|zavisAt'],
    [FROM, 'ot'],
    // Syria's bases and proxies are places of the story, not its war.
    [SYRIA, 'siri;tartus;hmejmim;lataki;hizbul|hizbull|hezbolah'],
    [SYRIA | ADJ, 'sirijsk'],
    [
      SYRIA | SYRIA_WAR,
      'asad;damask;alepo;idlib;palmir;homs;dejr ez zor;deeskalacionn;' +
        'vojnata v siri|vojna v siri|sirijskata vojn|sirijska vojn|' +
        'graZdanskata vojna v siri|graZdanska vojna v siri;' +
        'sirijskiA konflikt|sirijskiAt konflikt|konflikta v siri|konfliktXt v siri;' +
        'sirijskiA reZim|sirijskiAt reZim|sirijskoto pravitelstv;' +
        'namesata v siri|namesa v siri|operaciAta v siri|operaciA v siri',
    ],
    [
      SYRIA_STRONG | SYRIA,
      'astaninsk|astansk;procesa ot astan|proces ot astan|formata ot astan|formatXt ot astan',
    ],
    [ASTANA, 'astan'],
    [VISIT, 'poseWeni;poset;vizit;sreW|sreWn;pXtuv;pristign'],
    // Vague references that only earlier text resolves.
    [
      REF,
      'dvete stran|dvete dXrZav|trite stran|trite dXrZav|tozi sXUz|tehniA sXUz|' +
        'tova partnXorstv|tehnoto partnXorstv|dvata sXUznik|dvamata sXUznic',
    ],
    [REF | ABET, 'sXuCast|sXuCasti|sXuCastniCestv;posobnik|posobnic'],
    [
      UKRAINE,
      'ukrajn;kiev|kijiv;harkov|harkiv;odes;zaporoZi|zaporiZ;dnepXr|dnipro;herson;' +
        'nikolaev|mikolaiv;lvov|lviv;poltav;sumsk;Cernigov|Cernihiv;krim;donbas;doneck;zelensk;' +
        'kliCko;kuleb;sibig;ermak;budanov;umerov;Smigal;vsu',
    ],
    [UKRAINE | ADJ, 'ukrainsk'],
    [
      THEATRE,
      'izrael|izraelsk;husit|husi;Cerveno more|Cervenoto more;jemen;ivicata gaza|v gaza;hamas;' +
        'sudan|sudansk;etiopi;tigraj',
    ],
    [STATES, 'severna kore|kndr|phenAn;kitaj|pekin;belarus;venecuel;kub'],
    // Sport, culture and earthquakes: a Russia v Iran match or quake relief is no alliance.
    [
      LEISURE,
      'pXrvenstv;sport;futbol;turnir;maC;olimpi|olimpijsk;medal;festival;film;recept;kuhn;' +
        'turist|turizm;zemetreseni',
    ],
    // General objects of the arms trade (see `GOODS`), and goods that are not arms.
    // Sanctions in the EU's words ("restrictive measures").
    [HELP, 'ograniCitelni merk|ograniCitelnite merk'],
    [HELP | GOODS, 'razrabotk;konstrukci'],
    [GOODS, 'letateln'],
    [CIVIL, 'tXrgovi;pXtnic;pSenic|zXrno'],
  ],
});
