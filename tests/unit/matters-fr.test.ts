/**
 * French matter cues: everyday news wording must reach the matter a reader would name first,
 * and words of another sense must not pull a sentence into the wrong matter.
 */
import { describe, expect, it } from 'vitest';
import { classifyMatters } from '../../engine/matters/classify';

type Topic = 'drones' | 'syria';
const first = (text: string, topics: Topic[]) => classifyMatters({ text, topics })[0]?.id;
const all = (text: string, topics: Topic[]) => classifyMatters({ text, topics }).map((h) => h.id);

const FIRST: Array<[string, Topic[], string]> = [
  ['L’Iran a acheminé des drones vers la Russie.', ['drones'], 'D-SUPPLY'],
  [
    'Dans la nuit, des drones kamikazes ont endommagé plusieurs centrales et transformateurs.',
    ['drones'],
    'D-STRIKES',
  ],
  [
    'Téhéran a catégoriquement récusé ces allégations, qu’il juge mensongères.',
    ['drones'],
    'D-DENIAL',
  ],
  [
    'Selon Kiev, des Iraniens enseignent en Crimée le pilotage des engins aux soldats russes.',
    ['drones'],
    'D-TRAINING',
  ],
  [
    'La défense ukrainienne abat la plupart des Shahed grâce à ses missiles sol-air.',
    ['drones'],
    'D-UKR-DEFENCE',
  ],
  [
    'Kiev convoque le chargé d’affaires et rompt ses relations avec Téhéran.',
    ['drones'],
    'D-UKR-DIPLO',
  ],
  [
    'Pour Téhéran, l’Ukraine est un champ de bataille grandeur nature et une monnaie d’échange.',
    ['drones'],
    'D-IRAN-STAKES',
  ],
  ['Moscou et Téhéran sont volés au secours de Bachar al-Assad.', ['syria'], 'S-JOINT-ASSAD'],
  [
    'En Syrie, les deux parrains du régime se disputent les contrats et se livrent une guerre d’influence.',
    ['syria'],
    'S-FRICTION',
  ],
  [
    'Les milices pro-iraniennes et des combattants afghans tiennent le front.',
    ['syria'],
    'S-IRAN-FORCES',
  ],
  [
    'Après son repli vers l’Ukraine, les Iraniens ont comblé le vide laissé par Moscou.',
    ['syria'],
    'S-DRAWDOWN-2022',
  ],
  ['Le régime déchu a connu une débâcle face aux factions rebelles.', ['syria'], 'S-FALL-2024'],
  [
    'Moscou et Téhéran dénoncent l’occident collectif et s’allient contre l’impérialisme.',
    ['drones'],
    'X-ALIGNMENT',
  ],
  ['La Russie dépend désormais de l’Iran pour ses drones.', ['drones'], 'X-SHIFT'],
];

describe('French matter cues', () => {
  it.each(FIRST)('%s → %s first', (text, topics, id) => {
    expect(first(text, topics)).toBe(id);
  });

  it('does not read "armes" (weapons) as a supply', () => {
    expect(
      all('Des armes et des drones ont été vus près de la frontière.', ['drones']),
    ).not.toContain('D-SUPPLY');
  });

  it('does not read a training of a government as training soldiers', () => {
    expect(all('Le gouvernement formé à Kiev promet des réformes.', ['drones'])).not.toContain(
      'D-TRAINING',
    );
  });

  it('does not read energy cooperation as strikes on the grid', () => {
    expect(
      all('La coopération énergétique vise à relancer les échanges.', ['drones']),
    ).not.toContain('D-STRIKES');
  });
});
