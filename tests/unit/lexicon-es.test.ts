/**
 * Spanish news wording for both topics: inflected forms, indirect references, and hard
 * negatives (Ukraine's own drones, Iran v Israel, Sudan, Astana without Syria, quake aid).
 */
import { describe } from 'vitest';
import { itDetects, itReadsStems, type Case } from './helpers/lexicon';

const ON_TOPIC: Case[] = [
  [
    'Los aparatos no tripulados que Irán suministró a Rusia llevan meses golpeando la red eléctrica ucraniana.',
    ['drones'],
  ],
  [
    'Instructores de la Guardia Revolucionaria entrenaron a militares rusos en Crimea para manejar los nuevos aparatos.',
    ['drones'],
  ],
  [
    'Rusia habría pagado con oro y dinero en efectivo los misiles balísticos adquiridos a Teherán.',
    ['drones'],
  ],
  [
    'Moscú ya fabrica en su propio territorio los drones de diseño iraní, según un informe de la ONU.',
    ['drones'],
  ],
  ['Kiev acusa a Teherán de ser cómplice de la agresión rusa contra Ucrania.', ['drones']],
  [
    'Instructores de Hezbolá adiestraron en Siria a operadores rusos de drones iraníes, según Kiev.',
    ['drones'],
  ],
  [
    'La aviación rusa y las milicias respaldadas por Irán permitieron al régimen de Damasco recuperar Alepo en 2016.',
    ['syria'],
  ],
  ['Una nueva ronda de conversaciones sobre Siria concluyó en Astaná sin avances.', ['syria']],
  [
    'En julio de 2015, Qasem Soleimani viajó a Moscú para convencer a Putin de intervenir en Siria.',
    ['syria'],
  ],
  [
    'El Kremlin y Teherán, garantes del proceso de Astaná junto a Ankara, se reparten hoy la influencia en Siria.',
    ['syria'],
  ],
];

const OFF_TOPIC: Case[] = [
  [
    'Drones ucranianos atacaron una refinería en Volgogrado horas después de que el canciller iraní visitara Moscú.',
    [],
  ],
  [
    'Israel derribó la mayoría de los misiles y drones lanzados por Irán, mientras Rusia pedía contención.',
    [],
  ],
  [
    'El ejército sudanés emplea drones iraníes Mohajer-6 contra las RSF, mientras Moscú negocia una base naval en el mar Rojo.',
    [],
  ],
  [
    'Los cancilleres de Rusia e Irán coincidieron en Astaná en un foro sobre comercio y transporte.',
    [],
  ],
  ['Tras el terremoto, Rusia e Irán enviaron equipos de rescate y ayuda humanitaria a Alepo.', []],
];

describe('Spanish news wording', () => {
  itDetects('es', ON_TOPIC);
  itDetects('es', OFF_TOPIC);

  itReadsStems('reads gender, number and verb endings through the rules', [
    ['suministrados', 'suministr'],
    ['vendieron', 'vend'],
    ['municiones', 'munición'],
    ['iraníes', 'iraní'],
  ]);
});
