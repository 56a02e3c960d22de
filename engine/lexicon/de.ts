/**
 * German lexicon: stems, with case, plural and verb endings as rules ("iranisches" ->
 * "iranisch", "lieferten" -> "liefer", "Unterstützung" -> "unterstütz") and the participle's
 * "ge-" as a prefix ("geliefert" -> "liefert" -> "liefer"). Compounds are single words: common
 * modifiers are prefixes ("Angriffsdrohnen" -> "drohnen"), compounds whose head is no term are
 * listed whole (Drohnenlieferungen, Drohnenangriff, Kurzstreckenraketen). Names spelled as in
 * English (Iran, Putin, Assad, Aleppo, Astana) are English's.
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

/** The German lexicon. */
export const DE: Lexicon = {
  lang: 'de',
  suffixes: 'en>;er>;e>;n>;s>;es>;em>;t>;et>;te>;ten>;ung>;ungen>',
  prefixes: 'ge;kampf;angriffs;kamikaze',
  terms: [
    // "es handelt sich um" (it is about), "handelte" (acted) are no Handel (trade);
    // "plant einen..." (plans) is no English "plant".
    [
      0,
      'handelt|handelte|handelten|handele|handle|gehandelt|handeln|plant ein|plant eine|plant einen|plant den|plant die|plant das|plant für|plant nun|plant jetzt|plant offenbar|plant bereits|plant auch|plant noch|plant zudem|er plant|sie plant|man plant',
    ],
    [IRAN, 'revolutionsgarde;quds einheit;chamenei|ajatollah;araghtschi;hadschisadeh;peseschkian'],
    [IRAN | ADJ, 'iranisch'],
    [RUSSIA, 'russland|moskau|kreml;schoigu;lawrow;peskow;surowikin;gerassimow;beloussow'],
    [RUSSIA | ADJ, 'russisch'],
    // The peoples as actors: "die Russen", "den Iranern".
    [RUSSIA, 'russe'],
    [IRAN, 'iraner'],
    [STRONG | RUSSIA, 'jelabuga'],
    [DRONE, 'drohne;unbemannt;drohnenangriff|drohnenattacke'],
    [DRONE | TRANSFER | GIVE, 'drohnenlieferung'],
    [MODEL | DRONE, 'schahed'],
    [
      WEAPON,
      'waffe;rakete|kurzstreckenrakete|marschflugkörper;munition|granate|artilleriegranate|' +
        'artillerie',
    ],
    [WEAPON | TRANSFER | GIVE, 'waffenlieferung'],
    [WEAPON | TRANSFER, 'ausbilder'],
    // "Nacht" (night) is no "nach", and the "Armee" (army) no French "arme" (weapon).
    [0, 'nacht|armee'],
    // Arming a party: "bewaffnet", "bewaffnete", "bewaffnen", "Bewaffnung"; the party right after
    // receives (`GIVE`: "bewaffnet Russland"). Armed groups, forces and conflicts are shields.
    [
      0,
      'bewaffnete grupp|bewaffneten grupp|bewaffneter grupp;bewaffnete kräft|bewaffneten kräft;' +
        'bewaffnete konflikt|bewaffneten konflikt|bewaffneter konflikt;' +
        'bewaffnete männ|bewaffneten männ|bewaffneter mann|bewaffnete mann',
    ],
    // The infinitive comes last, after its object: the party named last receives (`TO`, as a
    // buyer's subject does): "will den Iran bewaffnen".
    [WEAPON | TRANSFER | TO, 'bewaffnen'],
    [WEAPON | TRANSFER | GIVE, 'bewaffn|bewaffne'],
    // Handing over: "übergab", "übergibt", "übergeben".
    [TRANSFER | GIVE, 'übergeb|übergab|übergib'],
    [TRANSFER | GIVE, 'liefer|beliefer;verkauf;überlass;schmuggel;schick'],
    [
      TRANSFER,
      'lieferant;kauf|erwerb|beschaff;erhalt|erhielt;verschiff;' +
        'hergestellt|herstellung|hersteller|produktion|produzier|gefertigt|fabrik;' +
        'ausbildung|ausgebildet|geschult',
    ],
    [
      HELP,
      'kooperation|zusammenarbeit;unterstütz;verbündet|bündnis|allianz|partnerschaft;' +
        'abkommen|vereinbarung|vertrag;bezahl|zahlung|bargeld;gegenzug;' +
        'dementi|dementier|bestreit|zurückgewiesen;sanktion;vorwurf|vorwürfe|beweis',
    ],
    // General objects of the arms trade (see `GOODS`), and goods that are not arms.
    [TRANSFER | GOODS, 'fracht|ladung'],
    [HELP | GOODS, 'bauart;entwurf|entworfen'],
    [GOODS, 'fluggerät'],
    [CIVIL, 'handel;passagier;weizen|getreide;öl'],
    // Everyday acquisition words link only inside one sentence (like English "turned to").
    // Sanctions in the EU's words ("restrictive measures").
    [HELP, 'bestell;restriktive maßnahme'],
    // Military help as a thing handed over (as English "military aid"): with Iran and Russia,
    // arms for its war.
    [
      WEAPON | HELP | GIVE,
      'militärhilfe;militärische hilfe|militärischer hilfe|militärischen hilfe|militärische unterstützung|militärischer unterstützung|militärischen unterstützung',
    ],
    [HELP | GIVE, 'hilf|helfen|geholf'],
    // Dependence: the dependent party receives (`TO`, as English "dependent on"), in one sentence:
    // "Moskau ist auf Teheran angewiesen".
    [HELP | TO, 'abhängig;abhängigkeit;angewiesen'],
    [FROM, 'aus;von;vom'],
    // "Auf" too: the country after it is its object, not a subject ("ist Moskau auf Teheran angewiesen").
    [TO, 'an;nach;auf'],
    [SYRIA, 'syrien;hisbollah'],
    [SYRIA | ADJ, 'syrisch'],
    [
      SYRIA | SYRIA_WAR,
      'damaskus;syrienkrieg|syrien krieg|krieg in syrien|syrischen bürgerkrieg|' +
        'syrische bürgerkrieg|deeskalationszone',
    ],
    [SYRIA_STRONG | SYRIA, 'astana prozess|astana gespräch|astana format'],
    [VISIT, 'besuch;reis;flog;traf|treffen'],
    [UKRAINE, 'kiew;charkiw;saporischschja;cherson;lwiw;krim;donbass;selenskyj;jermak;budanow'],
    [UKRAINE | ADJ, 'ukrainisch'],
    [THEATRE, 'israelisch;huthi;jemen;roten meer|rotes meer;sudanesisch;äthiopien|äthiopisch'],
    [STATES, 'nordkorea;peking;weißrussland;kuba'],
    [LEISURE, 'fußball;meisterschaft|turnier;rezept|pfeffer;tourismus|tourist;erdbeben'],
    [REF, 'beiden länder|beide länder'],
    [REF | ABET, 'komplize|komplizenschaft|mittäter|mittäterschaft'],
  ],
};
