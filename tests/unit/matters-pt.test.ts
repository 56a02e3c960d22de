/**
 * Portuguese matter cues: everyday news wording must reach the matter a reader would name first,
 * and words of another sense must not pull a sentence into the wrong matter.
 */
import { describe, expect, it } from 'vitest';
import { classifyMatters } from '../../engine/matters/classify';

type Topic = 'drones' | 'syria';
const first = (text: string, topics: Topic[]) => classifyMatters({ text, topics })[0]?.id;
const all = (text: string, topics: Topic[]) => classifyMatters({ text, topics }).map((h) => h.id);

const FIRST: Array<[string, Topic[], string]> = [
  ['O Irã despachou os drones por via marítima através do Cáspio.', ['drones'], 'D-SUPPLY'],
  [
    'Os drones danificaram várias subestações e transformadores, e a cidade ficou às escuras.',
    ['drones'],
    'D-STRIKES',
  ],
  [
    'Teerã rejeitou veementemente as acusações, que qualificou de desinformação.',
    ['drones'],
    'D-DENIAL',
  ],
  [
    'Oficiais iranianos instruíram na Crimeia os militares russos a pilotar os Shahed.',
    ['drones'],
    'D-TRAINING',
  ],
  [
    'As forças ucranianas derrubam a maioria dos Shahed com mísseis terra-ar.',
    ['drones'],
    'D-UKR-DEFENCE',
  ],
  [
    'Kiev chamou para consultas o seu embaixador e rompeu relações com Teerã.',
    ['drones'],
    'D-UKR-DIPLO',
  ],
  ['A Rússia já fabrica em série uma versão russa do Shahed.', ['drones'], 'D-ALABUGA'],
  [
    'Para o Irã, a guerra é um negócio rentável e uma moeda de troca com Moscou.',
    ['drones'],
    'D-IRAN-STAKES',
  ],
  [
    'Moscou e Teerã vieram em socorro de Bashar al-Assad quando o regime vacilava.',
    ['syria'],
    'S-JOINT-ASSAD',
  ],
  [
    'Na Síria, Moscou e Teerã disputam contratos numa luta por influência.',
    ['syria'],
    'S-FRICTION',
  ],
  [
    'Milícias pró-iranianas e combatentes afegãos seguram a frente em Aleppo.',
    ['syria'],
    'S-IRAN-FORCES',
  ],
  [
    'A Rússia realocou tropas para a Ucrânia e as forças iranianas ocuparam as posições.',
    ['syria'],
    'S-DRAWDOWN-2022',
  ],
  ['O regime desmoronou diante do avanço dos rebeldes.', ['syria'], 'S-FALL-2024'],
  ['Moscou, obrigada a recorrer ao Irã, vive uma troca de papéis inédita.', ['drones'], 'X-SHIFT'],
  [
    'Moscou e Teerã formam uma frente comum contra o Ocidente e o imperialismo.',
    ['drones'],
    'X-ALIGNMENT',
  ],
];

describe('Portuguese matter cues', () => {
  it.each(FIRST)('%s → %s first', (text, topics, id) => {
    expect(first(text, topics)).toBe(id);
  });

  it('does not read "para" (for) as Turkish "para" (money)', () => {
    expect(all('O Irã enviou drones para a Rússia.', ['drones'])).not.toContain('D-PAYMENT');
  });

  it('does not read "fabricadas" (manufactured) as a denial', () => {
    expect(all('As peças são fabricadas na China e montadas no Irã.', ['drones'])).not.toContain(
      'D-DENIAL',
    );
  });

  it('does not read Estonian "ei" (not) as the Islamic State', () => {
    expect(all('Iraan ei tunnista, et terroristid ründasid.', ['syria'])).not.toContain(
      'S-COUNTER-ISIS',
    );
  });
});
