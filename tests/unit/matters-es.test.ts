/**
 * Spanish matter cues: everyday news wording must reach the matter a reader would name first,
 * and words of another sense must not pull a sentence into the wrong matter.
 */
import { describe, expect, it } from 'vitest';
import { classifyMatters } from '../../engine/matters/classify';

type Topic = 'drones' | 'syria';
const first = (text: string, topics: Topic[]) => classifyMatters({ text, topics })[0]?.id;
const all = (text: string, topics: Topic[]) => classifyMatters({ text, topics }).map((h) => h.id);

const FIRST: Array<[string, Topic[], string]> = [
  ['Irán hizo llegar a Rusia los drones a través de un carguero.', ['drones'], 'D-SUPPLY'],
  [
    'Los drones dañaron varias subestaciones y transformadores, y la ciudad quedó a oscuras.',
    ['drones'],
    'D-STRIKES',
  ],
  [
    'Teherán rechazó tajantemente las acusaciones y habló de desinformación.',
    ['drones'],
    'D-DENIAL',
  ],
  [
    'Oficiales iraníes capacitaron en Crimea a militares rusos para pilotar los Shahed.',
    ['drones'],
    'D-TRAINING',
  ],
  [
    'Las fuerzas ucranianas derriban la mayoría de los Shahed con misiles tierra-aire.',
    ['drones'],
    'D-UKR-DEFENCE',
  ],
  [
    'Kiev llamó a consultas a su embajador y rompió relaciones con Teherán.',
    ['drones'],
    'D-UKR-DIPLO',
  ],
  ['Rusia fabrica ya en serie una versión rusa del Shahed en Yelabuga.', ['drones'], 'D-ALABUGA'],
  [
    'Para Irán, la guerra es un negocio lucrativo y una moneda de cambio con Moscú.',
    ['drones'],
    'D-IRAN-STAKES',
  ],
  [
    'Moscú y Teherán acudieron en auxilio de Bashar al Asad cuando su régimen se tambaleaba.',
    ['syria'],
    'S-JOINT-ASSAD',
  ],
  [
    'En Siria, Moscú y Teherán se disputan los contratos en una pugna por la influencia.',
    ['syria'],
    'S-FRICTION',
  ],
  [
    'Milicias proiraníes y combatientes afganos sostienen el frente en Alepo.',
    ['syria'],
    'S-IRAN-FORCES',
  ],
  [
    'Rusia reubicó tropas hacia Ucrania y las fuerzas iraníes ocuparon las posiciones.',
    ['syria'],
    'S-DRAWDOWN-2022',
  ],
  ['El régimen se desmoronó ante el avance de las facciones rebeldes.', ['syria'], 'S-FALL-2024'],
  ['Moscú, obligada a recurrir a Irán, vive un cambio de roles inédito.', ['drones'], 'X-SHIFT'],
  [
    'Moscú y Teherán forman un frente común contra Occidente y el imperialismo.',
    ['drones'],
    'X-ALIGNMENT',
  ],
];

describe('Spanish matter cues', () => {
  it.each(FIRST)('%s → %s first', (text, topics, id) => {
    expect(first(text, topics)).toBe(id);
  });

  it('does not read "efectivos" (troops) as cash paid for drones', () => {
    expect(
      all('Unos 5.000 efectivos rusos y drones fueron trasladados al frente.', ['drones']),
    ).not.toContain('D-PAYMENT');
  });

  it('does not read a central bank as a power plant under attack', () => {
    expect(
      all('El banco central atacó la inflación con nuevas medidas.', ['drones']),
    ).not.toContain('D-STRIKES');
  });

  it('does not read accusations as a denial', () => {
    expect(
      all('Arrecian las acusaciones sobre el empleo de drones iraníes.', ['drones']),
    ).not.toContain('D-DENIAL');
  });

  it('does not read "para" (for) as Turkish "para" (money)', () => {
    expect(all('Irán envió drones para Rusia.', ['drones'])).not.toContain('D-PAYMENT');
  });
});
