/**
 * Italian matter cues: everyday news wording must reach the matter a reader would name first,
 * and words of another sense must not pull a sentence into the wrong matter.
 */
import { describe, expect, it } from 'vitest';
import { classifyMatters } from '../../engine/matters/classify';

type Topic = 'drones' | 'syria';
const first = (text: string, topics: Topic[]) => classifyMatters({ text, topics })[0]?.id;
const all = (text: string, topics: Topic[]) => classifyMatters({ text, topics }).map((h) => h.id);

const FIRST: Array<[string, Topic[], string]> = [
  [
    "L'Iran ha fatto arrivare i droni in Russia per via mare attraverso il Caspio.",
    ['drones'],
    'D-SUPPLY',
  ],
  [
    'Nella notte i droni hanno danneggiato centrali e trasformatori, e la città è rimasta al buio.',
    ['drones'],
    'D-STRIKES',
  ],
  [
    'Teheran ha respinto seccamente le accuse, parlando di disinformazione.',
    ['drones'],
    'D-DENIAL',
  ],
  [
    'Ufficiali iraniani hanno istruito in Crimea i soldati russi al pilotaggio degli Shahed.',
    ['drones'],
    'D-TRAINING',
  ],
  [
    'Le forze ucraine abbattono gran parte degli Shahed con missili terra-aria.',
    ['drones'],
    'D-UKR-DEFENCE',
  ],
  [
    "Kiev ha richiamato l'incaricato d'affari e ha rotto le relazioni con Teheran.",
    ['drones'],
    'D-UKR-DIPLO',
  ],
  ['La Russia costruisce in serie una versione russa dello Shahed.', ['drones'], 'D-ALABUGA'],
  [
    'Per Teheran la guerra è un affare redditizio e una merce di scambio con Mosca.',
    ['drones'],
    'D-IRAN-STAKES',
  ],
  [
    'Mosca e Teheran sono corsi in soccorso di Bashar al-Assad quando il regime vacillava.',
    ['syria'],
    'S-JOINT-ASSAD',
  ],
  [
    "In Siria Mosca e Teheran si contendono gli appalti in una lotta per l'influenza.",
    ['syria'],
    'S-FRICTION',
  ],
  [
    'Milizie filoiraniane e combattenti afghani tengono il fronte ad Aleppo.',
    ['syria'],
    'S-IRAN-FORCES',
  ],
  [
    'Mosca ha ridotto la presenza e i pasdaran hanno occupato le posizioni lasciate libere.',
    ['syria'],
    'S-DRAWDOWN-2022',
  ],
  [
    'Il regime è andato incontro a una disfatta, poi al tracollo davanti ai ribelli.',
    ['syria'],
    'S-FALL-2024',
  ],
  [
    "Mosca, costretta a ricorrere all'Iran, vive un'inversione dei ruoli mai accaduta.",
    ['drones'],
    'X-SHIFT',
  ],
  [
    "Mosca e Teheran guidano un fronte contro l'Occidente collettivo e le sue autocrazie nemiche.",
    ['drones'],
    'X-ALIGNMENT',
  ],
];

describe('Italian matter cues', () => {
  it.each(FIRST)('%s → %s first', (text, topics, id) => {
    expect(first(text, topics)).toBe(id);
  });

  it('does not read "niente" (nothing) as a denial', () => {
    expect(all('Niente è cambiato: i droni iraniani colpiscono ancora.', ['drones'])).not.toContain(
      'D-DENIAL',
    );
  });

  it('does not read "mira" (aim) as the Russian card system and a visit as economic ties', () => {
    expect(all('Putin mira a un incontro con il leader iraniano.', ['drones'])).not.toContain(
      'X-TIES',
    );
  });

  it('does not read a power plant destroyed by drones as a drone shot down', () => {
    expect(
      all('Le autorità ucraine dicono che i droni hanno distrutto una centrale.', ['drones']),
    ).not.toContain('D-UKR-DEFENCE');
  });
});
