/**
 * Russian lexicon. Russian inflects heavily, so forms are stems and `suffixes` strip case and
 * verb endings: "Ираном" -> "иран", "поставляла" -> "поставля". Words that are also common
 * in other senses stay out ("передаёт" also means "reports", "борьба" a struggle).
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
import { CYRILLIC, transliterated } from './script';
import type { Lexicon } from './types';

/**
 * Russian case and verb endings, transliterated. Exported raw for the Ukrainian lexicon: reading
 * `RU.suffixes` instead would decode the Russian lexicon while the content script loads (0.6 ms
 * per page, profiled on the bench page without mentions).
 */
export const RU_SUFFIXES =
  'Ami>;ami>;ogo>;omu>;imi>;ala>;ila>;ie>;ij>;ih>;im>;ym>;aA>;uU>;oj>;ej>;om>;em>;ov>;am>;ah>;Ah>;' +
  'li>;la>;tq>;et>;Et>;Ut>;it>;At>;il>;al>;a>;u>;e>;y>;i>;U>;A>;o>;q>;l>;' +
  // Reflexive verbs: "расплатилась", "поставлялись", "обучаются".
  'ilasq>;alasq>;ilsA>;alsA>;ilisq>;alisq>;itsA>;atsA>;UtsA>;AtsA>;EtsA>;etsA>;' +
  // The imperfective -ва- and the perfective future: "продавать", "продавая", "продаст", "продадут".
  'vatq>;vaA>;st>;dut>';

/** The Russian lexicon. */
export const RU: Lexicon = transliterated(CYRILLIC, {
  lang: 'ru',
  suffixes: RU_SUFFIXES,
  terms: [
    // Its commanders and ministers by the names the press use (Hajizadeh, Bagheri, Qaani, Pezeshkian).
    [
      IRAN,
      'iran;tegeran;ksir;hamenei;raisi;laridZani;velAjati;Samhani;arakCi;' +
        'gadZizade|hadZizade;bageri;kaani;pezeSkian',
    ],
    [IRAN | ADJ, 'iransk;proiransk'],
    [IRAN | SOLEIMANI, 'sulejmani'],
    // Its commanders and ministers too: "Суровикин", "Герасимов", "Белоусов".
    [
      RUSSIA,
      'rossi;rf;moskv;kreml;putin;Sojgu;lavrov;tatarstan;' +
        'surovikin;gerasimov;belousov;peskov;zaharov;dvornikov',
    ],
    // The peoples as actors: "россияне", "иранцы" (not "русские", also the language).
    [RUSSIA, 'rossiAn'],
    [IRAN, 'iranc|iranec|irancev'],
    // The dative names the recipient after a transfer word (`TO`): "поставляет Ирану ракеты".
    [IRAN | TO, 'iranu;tegeranu'],
    [RUSSIA | ADJ, 'rossijsk'],
    [STRONG | RUSSIA, 'alabug;elabug'],
    [STRONG | DRONE, 'geranq 2|gerani 2'],
    [DRONE, 'dron;bespilotnik;bpla;kamikadze'],
    [MODEL | DRONE, 'Sahed;mohadZer'],
    // Also the flower: alone, a drone only beside Russia or Ukraine.
    [MODEL, 'geran'],
    [WEAPON, 'oruZi;vooruZeni;raket;boepripas;snarAd'],
    // Cargo with a military marker ("military cargo", "a cargo of arms"): a weapon whose
    // origin names the direction; plain cargo is trade.
    [WEAPON | GOODS, 'voennyj gruz'],
    [RUS_ARMS, 'su 35;s 400'],
    [TRANSFER, 'postavk;postav;postavlA;peredaC;proda;kupi;zakupk;proizvodstv;obuCeni;obuCa'],
    // Buying and sending in either aspect: "покупает", "закупала", "отправляет", "отправка".
    [TRANSFER, 'pokup|pokupa;zakup|zakupa;otprav|otpravlA|otpravk'],
    [WEAPON | TRANSFER, 'instruktor'],
    // Arming a party: "вооружает", "вооружала", "вооружить", "вооружая"; the accusative right
    // after the verb receives (`GIVE`: "вооружает Россию"). "Вооружённые силы" stays out.
    [WEAPON | TRANSFER | GIVE, 'vooruZa|vooruZ|vooruZi'],
    // Handing over in the past and future ("передал Москве ракеты"); the present "передаёт" also
    // means "reports", and "как передал корреспондент" is a shield.
    [
      0,
      'kak peredal|kak peredala|kak peredali|kak peredaet|kak peredaUt|' +
        'ob Ytom peredal|ob Ytom peredala|ob Ytom peredali|' +
        'peredal korrespondent|peredala korrespondent|peredali korrespondent',
    ],
    [TRANSFER | GIVE, 'peredal|peredala|peredali|peredalo|peredast|peredadut|peredatq'],
    [
      HELP,
      'sotrudniCestv;obvini;obvinA;pomoW;podderZk;soUz;sdelk;tehnologi;zavod;otrica;oproverg;sankci;' +
        'rasplat;oplat;zaplat;naliCn;zolot',
    ],
    [SYRIA, 'siri'],
    [SYRIA | ADJ, 'sirijsk'],
    [
      SYRIA | SYRIA_WAR,
      'asad;damask;aleppo;idlib;sirijsk vojn;sirijsk konflikt;operaci v siri;kampani v siri',
    ],
    // Bases and proxies are places of the story, not Syria's war itself.
    [SYRIA, 'hmejmim;tartus;hezboll|hizball'],
    [SYRIA_STRONG | SYRIA, 'astaninsk'],
    [ASTANA, 'astan'],
    [
      UKRAINE,
      'ukrain;kiev;vsu;zelensk;odess;krym;harqkov;herson;zaporoZq;dnepr;nikolaev;lqvov;poltav;' +
        'vinnic;kliCk;kuleb;sibig;budanov;umerov;Smygalq;syrsk;zaluZn',
    ],
    [UKRAINE | ADJ, 'ukrainsk;kievsk'],
    [THEATRE, 'izrail;husit;jemen;hamas;sudan;Yfiop'],
    [STATES, 'kndr;kitaj|kita;belarus'],
    [LEISURE, 'sport;futbol;Cempionat;turnir;matC;festival;filqm;zemletrAseni'],
    // Dependence: the dependent party receives (`TO`, as English "dependent on"), in one sentence:
    // "Москва зависит от иранских дронов".
    [HELP | TO, 'zavisim;zavisimost;zavisit|zavisAt|zavisel'],
    [FROM, 'iz'],
    [VISIT, 'vizit;vstreC'],
    [REF, 'obe stran|dve stran|obeih stran|dvuh stran'],
    [REF | ABET, 'souCastnik;souCasti;posobnik;posobniCestv'],
    // A buyer obtaining the weapons: purchase words link across sentences (`TRANSFER`);
    // everyday ones ("get", "order") only inside one sentence (`HELP`, like "turned to").
    [TRANSFER, 'priobre|priobret|priobreta|priobreten|priobresti'],
    // "Получили ранения" (were wounded): "get" only as a buyer's phrase, "in order to get".
    [HELP, 'Ctoby poluCitq|Ctoby poluCi;zakaz|zakaza'],
    // General objects of the arms trade (see `GOODS`), and goods that are not arms.
    // Sanctions in the EU's words ("restrictive measures").
    [HELP, 'ograniCitelqnye mer'],
    [HELP | GOODS, 'razrabotk;konstrukci'],
    [GOODS, 'letatelqny|letatelqnyj|letatelqnyh'],
    [WEAPON | HELP, 'voennaA pomoW|voennoj pomoW|voennuU pomoW'],
    [CIVIL, 'torgovl|torgov;passaZir|passaZirsk;pSenic|zerno'],
    // Iran's stance on Russia's war in general words (see `SIDES`): "neutral", "either side".
    [
      SIDES | HELP,
      'nejtralitet v vojn|nejtralitet v konflikt|nejtralqn v vojn|nejtralqn v konflikt',
    ],
    // "Long before the war": Russia's war on Ukraine, where Iran's stance is told.
    [
      SIDES | HELP | UKRAINE,
      'zadolgo do vojn|zadolgo do ukrainsk|zadolgo do naCal vojn|zadolgo do svo',
    ],
  ],
});
