/**
 * Italian news wording for both topics: inflected forms, elisions, indirect references, and
 * hard negatives (Ukraine's own drones, Iran v Israel, Sudan, Astana without Syria, quake aid).
 */
import { describe } from 'vitest';
import { itDetects, itReadsStems, type Case } from './helpers/lexicon';

const ON_TOPIC: Case[] = [
  [
    'Istruttori dei pasdaran avrebbero addestrato in Crimea soldati russi all’impiego dei velivoli senza pilota.',
    ['drones'],
  ],
  ['Mosca avrebbe pagato in oro e contanti i missili balistici acquistati dall’Iran.', ['drones']],
  [
    'La Russia produce ormai in casa i droni di progettazione iraniana, con componenti spediti da Teheran.',
    ['drones'],
  ],
  ['Kiev accusa la Repubblica islamica di complicità nell’aggressione russa.', ['drones']],
  [
    'Teheran ha sempre smentito di aver trasferito proiettili d’artiglieria all’esercito russo.',
    ['drones'],
  ],
  [
    'Istruttori di Hezbollah hanno addestrato in Siria operatori russi di droni iraniani, sostiene Kiev.',
    ['drones'],
  ],
  [
    'Senza l’aviazione russa e le milizie sostenute da Teheran, il governo di Damasco non avrebbe riconquistato Palmira.',
    ['syria'],
  ],
  ['Un nuovo ciclo di colloqui sulla Siria si è chiuso ad Astana senza un’intesa.', ['syria']],
  [
    'Nell’estate del 2015 Soleimani si recò a Mosca per pianificare l’intervento con il Cremlino.',
    ['syria'],
  ],
  [
    'I due alleati di Assad, Mosca e Teheran, si contendono ora la ricostruzione della Siria.',
    ['syria'],
  ],
];

const OFF_TOPIC: Case[] = [
  [
    'Droni ucraini hanno colpito una raffineria a Saratov il giorno dopo la visita a Mosca del ministro degli Esteri iraniano.',
    [],
  ],
  [
    'Israele ha intercettato quasi tutti i droni e i missili lanciati dall’Iran; Mosca ha invitato alla moderazione.',
    [],
  ],
  [
    'In Sudan l’esercito impiega droni iraniani Mohajer-6 contro le RSF, mentre Mosca tratta per una base sul Mar Rosso.',
    [],
  ],
  [
    'I ministri degli Esteri di Russia e Iran si sono incontrati ad Astana per discutere di un corridoio ferroviario.',
    [],
  ],
  ['Dopo il terremoto, Russia e Iran hanno inviato soccorritori e aiuti umanitari ad Aleppo.', []],
];

describe('Italian news wording', () => {
  itDetects('it', ON_TOPIC);
  itDetects('it', OFF_TOPIC);

  itReadsStems('reads gender, number and verb endings through the rules', [
    ['trasferiti', 'trasfer'],
    ['proiettili', 'proiettil'],
    ['alleati', 'alleat'],
    ['complicata', undefined], // "complicated", not complicity
  ]);
});
