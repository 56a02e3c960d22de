/**
 * Dutch news wording for both topics: inflected forms and participles, indirect references,
 * and hard negatives (Ukraine's own drones, Iran v Israel, Sudan, Astana without Syria, quake
 * aid).
 */
import { describe } from 'vitest';
import { itDetects, itReadsStems, type Case } from './helpers/lexicon';

const ON_TOPIC: Case[] = [
  [
    'De door Iran gestuurde onbemande toestellen worden door Rusland vooral tegen het Oekraïense stroomnet ingezet.',
    ['drones'],
  ],
  [
    'Instructeurs van de Revolutionaire Garde zouden Russische militairen op de Krim hebben getraind.',
    ['drones'],
  ],
  [
    'Moskou zou de ballistische raketten die het van Teheran kocht deels in goud hebben betaald.',
    ['drones'],
  ],
  ['Rusland produceert de drones van Iraans ontwerp inmiddels zelf in Tatarstan.', ['drones']],
  ['Kyiv noemt Iran medeplichtig aan de Russische agressie.', ['drones']],
  [
    'Teheran heeft altijd ontkend dat het artilleriegranaten naar Rusland heeft verscheept.',
    ['drones'],
  ],
  [
    'Instructeurs van Hezbollah hebben in Syrië Russische bemanningen getraind op Iraanse drones, zegt Kyiv.',
    ['drones'],
  ],
  [
    'Zonder Russische luchtsteun en de door Iran gesteunde milities was Damascus Aleppo nooit heroverd.',
    ['syria'],
  ],
  ['In Astana begon een nieuwe ronde van het overleg over Syrië.', ['syria']],
  [
    'In juli 2015 reisde Soleimani naar Moskou om met Poetin de interventie voor te bereiden.',
    ['syria'],
  ],
];

const OFF_TOPIC: Case[] = [
  [
    'Oekraïense drones troffen een olieterminal in Novorossiejsk, een dag na het bezoek van de Iraanse minister aan Moskou.',
    [],
  ],
  [
    'Israël onderschepte tientallen drones en raketten die Iran had afgevuurd; Rusland riep op tot terughoudendheid.',
    [],
  ],
  [
    'In Soedan zet het leger Iraanse Mohajer-6-drones in tegen de RSF, terwijl Moskou onderhandelt over een marinebasis aan de Rode Zee.',
    [],
  ],
  [
    'De ministers van Buitenlandse Zaken van Rusland en Iran spraken in Astana over een nieuwe spoorverbinding.',
    [],
  ],
  ['Na de aardbeving stuurden Rusland en Iran reddingsteams en hulpgoederen naar Aleppo.', []],
];

describe('Dutch news wording', () => {
  itDetects('nl', ON_TOPIC);
  itDetects('nl', OFF_TOPIC);

  itReadsStems('reads participles, plurals and verb endings through the rules', [
    ['verscheepte', 'verscheep'],
    ['gekocht', 'koop'],
    ['bondgenoten', 'bondgenoot'],
  ]);
});
