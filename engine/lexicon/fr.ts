/**
 * French lexicon: stems, with gender, number and verb endings as rules ("livrées" -> "livr",
 * "fournissent" -> "fourniss", "iraniennes" -> "iranien"). Elisions are separate tokens
 * ("d'Iran" -> "d", "iran"). Names spelled as in English (Iran, Kremlin, Assad, Astana,
 * Hezbollah) are English's.
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
  MODEL,
  REF,
  RUSSIA,
  SIDES,
  STATES,
  STRONG,
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

/** The French lexicon. */
export const FR: Lexicon = {
  lang: 'fr',
  suffixes: 's>;es>;x>;e>;é>;ée>;és>;ées>;er>;ent>;ait>;aient>;ant>;t>;r>;re>;u>;ue>;us>;ne>;nes>',
  terms: [
    // The name "Fabrice" is no "fabriquer".
    [0, 'fabrice'],
    [
      IRAN,
      'téhéran;république islamique;gardiens de la révolution|pasdaran;force al qods|force qods;' +
        'khameneï;raïssi',
    ],
    [IRAN | ADJ, 'iranien'],
    [RUSSIA, 'russie;moscou;poutine;choïgou;sourovikine;guerassimov;belooussov'],
    [RUSSIA | ADJ, 'russe'],
    [STRONG | RUSSIA, 'alabouga|ielabouga'],
    [DRONE, 'sans pilote;rôdeuse'],
    [MODEL | DRONE, 'chahed'],
    // Also the flower: alone, a drone only beside Russia or Ukraine.
    [MODEL, 'géranium'],
    [STRONG | DRONE, 'géranium 2'],
    // Ukraine's own drones ("drones ukrainiens"): the adjective follows the noun in French.
    [UKRAINE | ADJ, 'drones ukrainien;ukrainien'],
    [WEAPON, 'armes|armement;roquette;obus;artillerie;matériel militaire'],
    [WEAPON | TRANSFER, 'instructeur|formateur'],
    // "livre" is also a book or a pound, and Portuguese "free".
    [0, 'armes nucléaire|livre|livres'],
    // Arming a party: "armer", "arment", "armait", "a armé"; the party right after receives
    // (`GIVE`: "arme la Russie"). "Arme" is also the noun, a weapon only; "l'armée" (the army),
    // "forces armées", "groupes armés" are shields.
    [
      0,
      'armée|armées;arme nucléaire;groupe armé|groupes armés;conflit armé;homme armé|hommes armés;' +
        'bras armé;individu armé|individus armés',
    ],
    [
      WEAPON | TRANSFER | GIVE,
      'armer|arment|armait|armaient|armant|armera|armeront|armé|armés|réarmer|réarme',
    ],
    [WEAPON, 'arme'],
    [
      TRANSFER | GIVE,
      'livr|livraison;fourni|fourniss|fourniture;envoi|envoyé|envoyer;vend|vente;' +
        'transfert|transfér|transfèr;cède|cèdent|cédé|céder;expédi;contrebande',
    ],
    // "Made in" right before Iran names the weapon's origin ("drones made in Iran").
    [TRANSFER | FROM, 'fabriqué|fabriqués|fabriquée|fabriquées'],
    [
      TRANSFER,
      'fournisseur;achet|achèt|achat;acquis|acquérir|acquisition|acquiert|acquièrent;reçu|reçoit|recevoir;cargaison;' +
        'fabriqu|fabrication|usine|production|produi|produis|assemblage;entraîn|entraînement',
    ],
    // Denials (`ANSWER`, as English's): Iran's answer to transfers told before, "dément toute livraison".
    [HELP | FROM, 'dément|démenti|démentent|nié|nier|nient'],
    [
      HELP,
      'coopération|coopér;soutien|soutenu|soutenir|appui;alli|partenariat;accord|contrat;' +
        'paiement|payé|payer|paie|lingot;dément|démenti|nié|nier|rejet;accus;preuve',
    ],
    // Sanctions in the EU's words ("restrictive measures").
    [HELP, 'mesures restrictive'],
    // Military help as a thing handed over (as English "military aid"): with Iran and Russia,
    // arms for its war.
    [WEAPON | HELP | GIVE, 'aide militaire|soutien militaire|assistance militaire'],
    [HELP | GIVE, 'aidé|aider|aident'],
    // Dependence: the dependent party receives (`TO`, as English "dependent on"), in one sentence:
    // "Moscou dépend des drones iraniens".
    [HELP | TO, 'dépend;dépendant;dépendance;tributaire'],
    // French "pays" (country) is not English "pays" (it pays).
    [0, 'pays'],
    [FROM, 'de|d|par'],
    [TO, 'à|au|aux'],
    [SYRIA, 'syrie;lattaquié'],
    [SYRIA | ADJ, 'syrien'],
    [
      SYRIA | SYRIA_WAR,
      'damas;alep;idleb;palmyre;zones de désescalade;' +
        'guerre en syrie|guerre civile syrienne|conflit syrien|régime syrien',
    ],
    [SYRIA_STRONG | SYRIA, "processus d'astana|format d'astana"],
    [VISIT, 'visit;voyag;rencontr;rendu'],
    [UKRAINE, 'kharkov;zaporijia|zaporijjia;crimée;iermak;boudanov'],
    [THEATRE, 'israël|israélien;arménie|arménien;yémen;soudan|soudanais;éthiopie|éthiopien;tigré'],
    [STATES, 'corée du nord;chine;pékin;biélorussie|bélarus'],
    [LEISURE, 'championnat;tournoi;tourisme|touriste;séisme|tremblement de terre'],
    [REF, 'deux pays|deux alliés'],
    [REF | ABET, 'complicité|complice'],
    // A buyer obtaining the weapons: purchase words link across sentences (`TRANSFER`);
    // everyday ones ("get", "order") only inside one sentence (`HELP`, like "turned to").
    [TRANSFER, 'procur'],
    [HELP, 'obten|obteni|obtien|obtienn'],
    // General objects of the arms trade (see `GOODS`), and goods that are not arms.
    [HELP | GOODS, 'conçu'],
    [GOODS, 'appareil'],
    [CIVIL, 'commerce;passager;blé'],
    // Iran's stance on Russia's war in general words (see `SIDES`): "neutral", "either side".
    [
      SIDES | HELP,
      'neutre dans la guerre|neutre dans le conflit|neutralité dans la guerre|neutralité dans le conflit',
    ],
  ],
};
