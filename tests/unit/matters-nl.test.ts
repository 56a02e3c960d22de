/**
 * Dutch matter cues: everyday news wording must reach the matter a reader would name first,
 * and words of another sense must not pull a sentence into the wrong matter.
 */
import { describe, expect, it } from 'vitest';
import { classifyMatters } from '../../engine/matters/classify';

type Topic = 'drones' | 'syria';
const first = (text: string, topics: Topic[]) => classifyMatters({ text, topics })[0]?.id;
const all = (text: string, topics: Topic[]) => classifyMatters({ text, topics }).map((h) => h.id);

const FIRST: Array<[string, Topic[], string]> = [
  [
    'Iran verstrekte de drones per schip over de Kaspische Zee aan Rusland.',
    ['drones'],
    'D-SUPPLY',
  ],
  [
    'Vannacht beschadigden drones centrales en transformatoren; de stad zit in het donker.',
    ['drones'],
    'D-STRIKES',
  ],
  ['Teheran noemt de beschuldigingen onzin en spreekt van desinformatie.', ['drones'], 'D-DENIAL'],
  [
    'Iraanse officieren leidden op de Krim Russische soldaten op in het besturen van de drones.',
    ['drones'],
    'D-TRAINING',
  ],
  [
    'Het Oekraïense leger schoot vannacht dertig drones neer met luchtafweergeschut.',
    ['drones'],
    'D-UKR-DEFENCE',
  ],
  ['Kiev ontbood de Iraanse zaakgelastigde en riep zijn gezant terug.', ['drones'], 'D-UKR-DIPLO'],
  [
    'Rusland bouwt de Shahed nu zelf na in een eigen wapenfabriek, in serie.',
    ['drones'],
    'D-ALABUGA',
  ],
  [
    'Voor Teheran is de oorlog een lucratieve zaak en een troefkaart tegenover Moskou.',
    ['drones'],
    'D-IRAN-STAKES',
  ],
  [
    'Moskou en Teheran schoten Assad te hulp toen zijn bewind wankelde.',
    ['syria'],
    'S-JOINT-ASSAD',
  ],
  [
    'In Syrië voeren Moskou en Teheran een strijd om invloed bij de wederopbouw.',
    ['syria'],
    'S-FRICTION',
  ],
  [
    'Pro-Iraanse huurlingen en Afghaanse strijders houden het front bij Aleppo.',
    ['syria'],
    'S-IRAN-FORCES',
  ],
  [
    'Rusland verplaatste troepen naar Oekraïne en Iraanse troepen sprongen in het gat.',
    ['syria'],
    'S-DRAWDOWN-2022',
  ],
  [
    'Na de val van Damascus werd Assad ten val gebracht door de opmars van de rebellen.',
    ['syria'],
    'S-FALL-2024',
  ],
  ['Moskou moet terugvallen op Iraanse drones: de rollen zijn omgedraaid.', ['drones'], 'X-SHIFT'],
  [
    'Moskou en Teheran vormen een front tegen het Westen en het Amerikaanse imperialisme.',
    ['drones'],
    'X-ALIGNMENT',
  ],
];

describe('Dutch matter cues', () => {
  it.each(FIRST)('%s → %s first', (text, topics, id) => {
    expect(first(text, topics)).toBe(id);
  });

  it('does not read German "viel" (much) as the fall of a regime', () => {
    expect(all('Im Jahr 2024 gab es viel Kritik an Assad.', ['syria'])).not.toContain(
      'S-FALL-2024',
    );
  });

  it('does not read English "as" as the Dutch "as" (axis) of an alliance', () => {
    expect(all('Moscow is seen as anti-Western.', ['drones'])).not.toContain('X-ALIGNMENT');
  });

  it('does not read English "orders" as Dutch "orders" (sales) at stake', () => {
    expect(all('Putin gave orders despite the risk.', ['drones'])).not.toContain('D-IRAN-STAKES');
  });
});
