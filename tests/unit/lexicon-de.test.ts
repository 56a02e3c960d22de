/**
 * German news wording for both topics: inflected and compound forms, indirect references, and
 * hard negatives (Ukraine's own drones, Iran v Israel, Sudan, Astana without Syria, quake aid).
 */
import { describe } from 'vitest';
import { itDetects, itReadsStems, type Case } from './helpers/lexicon';

const ON_TOPIC: Case[] = [
  [
    'Nach Angaben Kiews hat Teheran dem Kreml seit dem Sommer Tausende Kamikazedrohnen vom Typ Schahed geliefert.',
    ['drones'],
  ],
  [
    'Die Revolutionsgarden sollen russische Soldaten auf der Krim im Umgang mit den unbemannten Fluggeräten ausgebildet haben.',
    ['drones'],
  ],
  ['Moskau bezahlt die iranischen Drohnenlieferungen offenbar mit Gold und Bargeld.', ['drones']],
  ['Russland stellt die Drohnen inzwischen selbst in einem Werk bei Jelabuga her.', ['drones']],
  [
    'Teheran soll Moskau auch ballistische Kurzstreckenraketen überlassen haben, berichten westliche Geheimdienste.',
    ['drones'],
  ],
  [
    'Die EU verhängt neue Sanktionen gegen iranische Firmen, die Russland mit Drohnen und Bauteilen beliefern.',
    ['drones'],
  ],
  [
    'Das Außenministerium in Teheran bestreitet, Waffen für den Krieg gegen die Ukraine an Russland geliefert zu haben.',
    ['drones'],
  ],
  [
    'Russland hat die ballistischen Raketen am Ende doch gekauft, bestätigen Quellen in Teheran.',
    ['drones'],
  ],
  ['Für Kiew ist der Iran längst ein Komplize Moskaus in diesem Krieg.', ['drones']],
  [
    'Ausbilder der Hisbollah sollen russische Soldaten in Syrien an iranischen Drohnen geschult haben, heißt es in Kiew.',
    ['drones'],
  ],
  [
    'Ohne die Luftangriffe Russlands und die vom Iran entsandten Milizen wäre die Regierung in Damaskus wohl 2015 gestürzt.',
    ['syria'],
  ],
  [
    'Im Juli 2015 reiste Soleimani nach Moskau und traf Putin, kurz bevor Russland in den Syrienkrieg eingriff.',
    ['syria'],
  ],
  ['Die nächste Runde der Syrien-Gespräche in Astana soll im Dezember stattfinden.', ['syria']],
];

const OFF_TOPIC: Case[] = [
  [
    'Ukrainische Drohnen trafen den Hafen von Astrachan, über den Russland Getreide in den Iran verschifft.',
    [],
  ],
  [
    'Israel fing Dutzende iranische Drohnen und ballistische Raketen ab; Russland rief beide Seiten zur Zurückhaltung auf.',
    [],
  ],
  [
    'Im Sudan setzt die Armee iranische Drohnen vom Typ Mohajer-6 gegen die RSF ein, während Russland um einen Stützpunkt am Roten Meer wirbt.',
    [],
  ],
  [
    'Beim Astana International Forum sprachen der russische und der iranische Außenminister über Handel und Verkehrskorridore.',
    [],
  ],
  [
    'Nach dem Erdbeben schickten Russland und Iran Hilfsgüter und Rettungsteams nach Aleppo und Latakia.',
    [],
  ],
];

describe('German news wording', () => {
  itDetects('de', ON_TOPIC);
  itDetects('de', OFF_TOPIC);

  itReadsStems('reads case, verb and participle endings through the rules', [
    ['iranisches', 'iranisch'],
    ['lieferten', 'liefer'],
    ['geliefert', 'liefer'],
    ['unterstützung', 'unterstütz'],
  ]);
});
