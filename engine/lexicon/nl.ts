/**
 * Dutch lexicon. `suffixes` strip plural, adjective and verb endings once ("Iraanse" ->
 * "iraans", "leverde" -> "lever", "sancties" -> "sanctie") and `prefixes` the participle's
 * "ge-" ("gesteund" -> "steund" -> "steun"). Compounds are single words: common modifiers are
 * prefixes too ("gevechtsdrones" -> "drones"), compounds whose head is no term are listed whole
 * (wapenleveringen, kamikazetoestellen). Names spelled as in English ("Iran", "Assad",
 * "Kremlin") are English's; "drone" is Dutch's too, for the compounds.
 */
import {
  ABET,
  ADJ,
  CIVIL,
  DRONE,
  FROM,
  GIVE,
  GOODS,
  HELP,
  IRAN,
  LEISURE,
  REF,
  RUSSIA,
  STATES,
  SYRIA,
  SYRIA_STRONG,
  SYRIA_WAR,
  THEATRE,
  TO,
  TRANSFER,
  UKRAINE,
  VISIT,
  WEAPON,
} from '../rules/roles';
import type { Lexicon } from './types';

/** The Dutch lexicon. */
export const NL: Lexicon = {
  lang: 'nl',
  suffixes: 'den>;ten>;en>;de>;te>;e>;s>;t>;d>;ning>;ing>',
  prefixes: 'ge;gevechts;aanvals;kamikaze',
  terms: [
    // "verstreken" (elapsed) is no "verstrekken" (provide).
    [0, 'verstreken'],
    [IRAN, 'revolutionaire garde'],
    [IRAN | ADJ, 'iraans'],
    [RUSSIA, 'rusland;moskou;poetin;sjojgoe'],
    [RUSSIA | ADJ, 'russisch'],
    // The peoples as actors: "de Russen", "de Iraniërs".
    [RUSSIA, 'rus|russ'],
    [IRAN, 'iraniër'],
    [DRONE, 'drone;kamikazetoestel|kamikazetoestell;onbemand'],
    [DRONE | TRANSFER, 'dronefabriek'],
    [
      WEAPON,
      'wapen;raket;ballistisch;munitie;granaat|granat|artilleriegranaat|artilleriegranat;artillerie',
    ],
    [WEAPON | TRANSFER | GIVE, 'wapenlevering'],
    [WEAPON | TRANSFER, 'instructeur'],
    // "gewapend" (armed) is not a weapon: "gewapende groepen".
    [0, 'gewapend'],
    // Arming a party: "bewapent", "bewapenen", "bewapende", "bewapening"; the party right after
    // receives (`GIVE`: "bewapent Rusland").
    // The infinitive and the participle come last, after their object: the party named last
    // receives (`TO`, as a buyer's subject does): "blijft Iran bewapenen".
    [WEAPON | TRANSFER | TO, 'bewapenen|bewapend'],
    [WEAPON | TRANSFER | GIVE, 'bewapen'],
    // Handing over: "overhandigt", "overhandigde", "overhandigd".
    [TRANSFER | GIVE, 'overhandig'],
    [
      TRANSFER | GIVE,
      'levering|leveren|levert|leverde|geleverd;verkoop|verkocht|verkopen;stuur;' +
        'verstrek|verschaf;overgedragen|overdracht;overgebracht|overbreng|overbracht|overgevlogen;' +
        'smokkel',
    ],
    [
      TRANSFER,
      'leverancier;koop|kocht|aankoop|aangekocht|inkoop|inkop|ingekocht|aanschaf|aangeschaft;' +
        'ontvang;verscheep|zending;' +
        'productie|produceer|producer|vervaardig|fabriek;opleiding|train',
    ],
    [
      HELP,
      'samenwerking;steun;bondgenoot|bondgenot|alliantie|partnerschap;overeenkomst|akkoord;' +
        'betaal|betaling|goud|contant;ontken|verwerp;sanctie;beschuldig|beschuldiging|bewijs',
    ],
    // General objects of the arms trade (see `GOODS`), and goods that are not arms.
    [TRANSFER | GOODS, 'lading|vracht'],
    [HELP | GOODS, 'ontwerp|ontworpen'],
    [GOODS, 'toestel|toestell'],
    [CIVIL, 'handel;passagier;graan|tarwe'],
    // Everyday acquisition words link only inside one sentence (like English "turned to").
    // Sanctions in the EU's words ("restrictive measures").
    [HELP, 'beperkende maatregel;bestel|bestell;verkrijg|verkreeg|verkregen'],
    // Military help as a thing handed over (as English "military aid"): with Iran and Russia,
    // arms for its war.
    [WEAPON | HELP | GIVE, 'militaire steun|militaire hulp|militaire bijstand'],
    [HELP | GIVE, 'hulp;hielp|helpt'],
    // Dependence: the dependent party receives (`TO`, as English "dependent on"), in one sentence:
    // "Moskou is afhankelijk geworden van Iran".
    [HELP | TO, 'afhankelijk;afhankelijkheid;aangewezen op'],
    [FROM, 'van;door;uit'],
    [TO, 'aan;naar'],
    [SYRIA, 'syrië'],
    [SYRIA | ADJ, 'syrisch'],
    [SYRIA | SYRIA_WAR, 'syrische burgeroorlog|syrische oorlog|oorlog in syrië|syrische regime'],
    [SYRIA_STRONG | SYRIA, 'astanaproces|astana proces|astana overleg'],
    [VISIT, 'bezoek|bezocht;reis;vloog;ontmoet|ontmoeting'],
    [UKRAINE, 'oekraïne;charkiv;zaporizja;cherson;krim;zelenski;jermak;boedanov'],
    [UKRAINE | ADJ, 'oekraïens'],
    [THEATRE, 'israël|israëlisch;jemen;rode zee;soedan|soedanees|soedanes;ethiopië|ethiopisch'],
    [STATES, 'noord korea;peking;wit rusland'],
    [
      LEISURE,
      'voetbal;worstel;wedstrijd;kampioenschap|toernooi;recept;toerisme|toerist;aardbeving',
    ],
    [REF, 'beide landen|twee landen'],
    [REF | ABET, 'medeplichtig|medeplichtigheid|handlanger'],
  ],
};
