/**
 * Polish lexicon: stems, with case, adjective and verb endings as rules ("Iranowi" -> "iran",
 * "irańskiego" -> "irańsk", "dostarczyła" -> "dostarcz", "dostarczone" -> "dostarcz").
 * Masculine plurals soften the stem's "k" ("irańscy", "sojusznicy"): "cy>k" restores it.
 * Left out: "do" (also Portuguese "of the", and all lexicons read every page), "złot" (also the
 * currency: gold is "złoto" as written), "Gaza" alone ("gaz", gas), "zapas" (also a stockpile),
 * "Sumy" (also "sums") and "Winnica" (also a vineyard).
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
  SIDES,
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

/** The Polish lexicon. */
export const PL: Lexicon = {
  lang: 'pl',
  suffixes:
    'a>;ą>;ę>;i>;y>;u>;e>;ie>;em>;iem>;owi>;ów>;om>;ami>;ach>;ego>;iego>;ej>;iej>;ich>;ych>;im>;' +
    'ym>;imi>;ymi>;ł>;ła>;li>;ły>;ył>;yła>;yli>;ał>;ała>;ali>;ił>;iła>;ili>;ać>;ć>;je>;ją>;zy>;' +
    'ają>;uje>;ują>;enie>;enia>;eniu>;anie>;ania>;ż>;o>;ały>;iły>;yły>;' +
    // Passive participles: "dostarczone", "sprzedawanych", "zakupione".
    'ane>;any>;anych>;one>;ony>;onych>;ione>;' +
    // The imperfective -ywa-: "przekazywać", "przekazywał", "przekazywane".
    'ywać>;ywa>;ywał>;ywała>;ywali>;ywane>;ywanych>;ują>;' +
    // "Astany" -> "astana"; "irańscy" -> "irańsk"; the dative "syryjskiemu" -> "syryjsk".
    'y>a;cy>k;iemu>;emu>',
  terms: [
    // Iran's terms go into the always-on page gate: of its officials, only today's.
    [
      IRAN,
      'iran;teheran;irańczyk;kuds;rewolucji|rewolucyjnej;' +
        'chamene|ajatollah;raisi;pezeszkian;zarif;arakczi;laridżan',
    ],
    [IRAN | ADJ, 'irańsk'],
    [IRAN | SOLEIMANI, 'sulejman|solejman'],
    [
      RUSSIA,
      'rosj;rosjan;moskw;kreml;putin;szojgu;ławrow;' +
        'pieskow|miedwiediew|gierasimow|biełousow|zacharow|surowikin;tatarstan',
    ],
    [RUSSIA | ADJ, 'rosyjsk'],
    [STRONG | RUSSIA, 'ałabug|ałabudz|alabug|alabudz|jełabug|jełabudz'],
    [DRONE, 'dron;bezzałogow|bezzałogowc|bezzałogowiec;kamikadze;amunicja krążąc|amunicji krążąc'],
    [MODEL | DRONE, 'shahed|szahed|szahid'],
    [DRONE | IRAN, 'mohadżer'],
    [STRONG | DRONE, 'geran|gerań|gierań'],
    [WEAPON, 'broń|broni;rakiet;pocisk;amunicj;artyleri|artyleryjsk;uzbrojeni;sprzęt'],
    [WEAPON | TRANSFER, 'instruktor'],
    // Shields: weapons that are not arms for Russia's war.
    [0, 'broń jądrow|broni jądrow|broń nuklearn|broni nuklearn'],
    // Arming a party: "zbroi", "zbroił", "uzbraja", "uzbrajać", "uzbroiła", "dozbraja"; the party
    // right after receives (`GIVE`: "zbroi Rosję"). "Siły zbrojne", "uzbrojone" stay out.
    [WEAPON | TRANSFER | GIVE, 'zbro|zbroi;uzbraj|uzbro|uzbroi;dozbraj'],
    [RUS_ARMS, 'myśliwc|myśliwiec'],
    [
      TRANSFER | GIVE,
      'dostarcz;sprzeda|sprzedaw;wysła|wysył;przekaz;przemyc|przemyt;zaopatr|zaopatrz|zaopatryw;' +
        'przerzuc|przerzut;przewoz|przewoż|przewież|przewieź',
    ],
    // "Made in" right before Iran names the weapon's origin ("drones made in Iran").
    [TRANSFER | FROM, 'wyprodukowan;wytworzon'],
    [
      TRANSFER,
      'dostaw;zakup;kupi|kupuj|kupow;naby|nabyw;pozysk;otrzym;import;wysyłk;ładunek|ładunk;' +
        'produkcj|produk|produkow|wytwarz|wytwórni;fabryk|fabryc;montaż|montuj;szkol|wyszkol;doradc',
    ],
    [
      HELP,
      'współprac;wsparci;wspier;pomoc;sojusz;sojusznik;partnerstw;umow;kontrakt;' +
        'porozumieni;transakcj;zakład;licencj;technologi;płatnoś|płatnośc;zapłat|zapłac|płac;' +
        'gotówk;złoto|złocie|złotem;zaprzecz;dementuj;odrzuc;bezpodstawn;sankcj;oskarż;' +
        'zarzut|zarzuc;dowod|dowód',
    ],
    // Military help as a thing handed over (as English "military aid"): with Iran and Russia,
    // arms for its war.
    [
      WEAPON | HELP | GIVE,
      'pomoc wojskow|pomocy wojskow|pomocą wojskow|wsparcie wojskow|wsparcia wojskow|wsparciu wojskow|wsparciem wojskow|wojskowe wsparci|wojskowego wsparci|wojskową pomoc|wojskowej pomoc',
    ],
    [HELP | GIVE, 'pomag;eksport'],
    // Dependence: the dependent party receives (`TO`, as English "dependent on"), in one sentence:
    // "Moskwa jest uzależniona od irańskich dronów".
    [HELP | TO, 'zależn;zależność;uzależni|uzależnion;uzależnieni'],
    [FROM, 'z|od|przez'],
    // Syria's bases and proxies are places of the story, not its war.
    [SYRIA, 'syri;tartus;hmejmim|chmejmim;lataki;hezbollah'],
    [SYRIA | ADJ, 'syryjsk'],
    [
      SYRIA | SYRIA_WAR,
      'asad|assad;damaszk|damaszek;idlib;palmyr|palmyrz;homs;dajr az zaur;' +
        'stref deeskalacj|strefy deeskalacj;' +
        'reżim syryjsk|reżimu syryjsk|syryjski reżim|syryjskiego reżim;' +
        'wojna w syri|wojny w syri|wojnie w syri|' +
        'wojna syryjsk|wojny syryjsk|wojnie syryjsk|syryjskiej wojn;' +
        'konflikt syryjsk|konfliktu syryjsk|konflikt w syri|konfliktu w syri;' +
        'interwencja w syri|interwencji w syri|interwencję w syri',
    ],
    [SYRIA_STRONG | SYRIA, 'astańsk'],
    // Astana's forms as written: a stem "astan" would open the page gate on "bastante".
    [ASTANA, 'astana|astanie|astanę'],
    [VISIT, 'wizyt;spotk;podróż;polecia|przylecia|przylot;odwiedz'],
    // Vague references that only earlier text resolves.
    [
      REF,
      'oba kraj|obu kraj|dwa kraj|dwóch kraj|oba państw|obu państw|trzy kraj|trzech kraj|' +
        'trzej gwaranci|trzech gwarant|ten sojusz|tego sojusz|ich sojusz|to partnerstw|' +
        'ich partnerstw',
    ],
    [REF | ABET, 'współudział;współwinn;wspólnik;współsprawc;współagresor'],
    [
      UKRAINE,
      'ukrain;kijów|kijow;charków|charkow;odess|odes;zaporoż|zaporosk;dniepr|dnieprz;' +
        'chersoń|cherson|chersoni;mikołajów|mikołajow;lwów|lwow;połtaw;sumsk;' +
        'czernihów|czernihow;krym;donbas;donieck;zełensk;kliczk;kułeb;sybih;jermak;budanow;' +
        'ihnat;umierow;szmyhal;zsu',
    ],
    [UKRAINE | ADJ, 'ukraińsk'],
    [
      THEATRE,
      'izrael|izraelsk;huti;jemen;morze czerwon|morzu czerwon|morza czerwon;' +
        'strefa gaz|strefie gaz|strefy gaz;hamas;sudan|sudańsk;szybkiego wsparci;' +
        'etiopi|etiopsk;tigraj',
    ],
    [
      STATES,
      'korea północn|korei północn|koreę północn|koreą północn|krld|phenian;' +
        'chin|chińsk|pekin;białoruś|białorus;wenezuel;kub',
    ],
    // Sport, culture and earthquakes: a Russia v Iran match or quake relief is no alliance.
    [
      LEISURE,
      'mecz;turniej;piłkarsk;mistrzostw;zapaśnik;olimpi|olimpijsk;medal;' +
        'sport|sportow;siatkówk|koszykówk;festiwal|filmow;kuchni;turyst;trzęsieni',
    ],
    // A buyer obtaining the weapons: purchase words link across sentences (`TRANSFER`);
    // everyday ones ("get", "order") only inside one sentence (`HELP`, like "turned to").
    // Sanctions in the EU's words ("restrictive measures").
    [HELP, 'uzyska;środki ograniczając|środków ograniczając'],
    // General objects of the arms trade (see `GOODS`), and goods that are not arms.
    [HELP | GOODS, 'konstrukcj'],
    [GOODS, 'samolot'],
    // "Suicide" qualifying a device is a drone; a suicide bomber is not.
    [
      DRONE,
      'aparat samobójcz|aparaty samobójcz|aparatów samobójcz|dron samobójcz|drony samobójcz|dronów samobójcz',
    ],
    [CIVIL, 'handel|handl;pasażer|pasażersk;zboż|pszenic|owoc'],
    // Iran's stance on Russia's war in general words (see `SIDES`): "neutral", "either side".
    [
      SIDES | HELP,
      'neutralność w wojnie|neutralni w wojnie|neutralny w wojnie|neutralność w konflikcie|neutralni w konflikcie|neutralny w konflikcie',
    ],
  ],
};
