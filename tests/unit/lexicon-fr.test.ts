/**
 * French news wording for both topics: inflected forms, elisions, indirect references, and
 * hard negatives (Ukraine's own drones, Iran v Israel, Sudan, Astana without Syria, quake aid).
 */
import { describe } from 'vitest';
import { itDetects, itReadsStems, type Case } from './helpers/lexicon';

const ON_TOPIC: Case[] = [
  [
    'Les drones fournis par l’Iran continuent de frapper les infrastructures énergétiques ukrainiennes, affirme Kiev.',
    ['drones'],
  ],
  [
    'Des instructeurs des Gardiens de la révolution auraient formé des militaires russes au maniement des engins en Crimée.',
    ['drones'],
  ],
  [
    'Moscou aurait réglé en lingots d’or une partie des missiles balistiques achetés à Téhéran.',
    ['drones'],
  ],
  [
    'L’usine d’Alabouga, au Tatarstan, produirait désormais plus de 5 000 appareils par an.',
    ['drones'],
  ],
  ['Kiev accuse la République islamique de complicité dans l’agression russe.', ['drones']],
  [
    'Téhéran dément avoir expédié des obus d’artillerie vers la Russie depuis le début de la guerre.',
    ['drones'],
  ],
  [
    'Des instructeurs du Hezbollah ont entraîné en Syrie des opérateurs russes de drones iraniens, selon Kiev.',
    ['drones'],
  ],
  [
    'Sans l’appui aérien de Moscou et les milices encadrées par Téhéran, le pouvoir de Damas se serait effondré.',
    ['syria'],
  ],
  [
    'Les pays garants se sont retrouvés à Astana pour un vingtième cycle de pourparlers sur l’avenir d’Idleb.',
    ['syria'],
  ],
  [
    'À l’été 2015, Qassem Soleimani s’est rendu à Moscou pour préparer l’intervention avec le Kremlin.',
    ['syria'],
  ],
];

const OFF_TOPIC: Case[] = [
  [
    'Des drones ukrainiens ont frappé la raffinerie de Riazan au lendemain de la visite à Moscou du chef de la diplomatie iranienne.',
    [],
  ],
  [
    'Israël affirme avoir intercepté la quasi-totalité des missiles et drones tirés par l’Iran ; Moscou appelle à la retenue.',
    [],
  ],
  [
    'Au Soudan, l’armée déploie des drones iraniens Mohajer-6, tandis que Moscou courtise les deux camps.',
    [],
  ],
  [
    'Le ministre russe et son homologue iranien se sont rencontrés à Astana pour parler d’un corridor ferroviaire.',
    [],
  ],
  ['Après le séisme, la Russie et l’Iran ont envoyé des secouristes à Alep et à Lattaquié.', []],
];

describe('French news wording', () => {
  itDetects('fr', ON_TOPIC);
  itDetects('fr', OFF_TOPIC);

  itReadsStems('reads gender, number and verb endings through the rules', [
    ['iraniennes', 'iranien'],
    ['livrées', 'livr'],
    ['fournissent', 'fourni'],
    ['alliés', 'alli'],
  ]);
});
