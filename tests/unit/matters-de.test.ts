/**
 * German matter cues: everyday news wording must reach the matter a reader would name first,
 * and words of another sense must not pull a sentence into the wrong matter.
 */
import { describe, expect, it } from 'vitest';
import { classifyMatters } from '../../engine/matters/classify';

type Topic = 'drones' | 'syria';
const first = (text: string, topics: Topic[]) => classifyMatters({ text, topics })[0]?.id;
const all = (text: string, topics: Topic[]) => classifyMatters({ text, topics }).map((h) => h.id);

const FIRST: Array<[string, Topic[], string]> = [
  [
    'Der Iran belieferte Russland über das Kaspische Meer mit Kampfdrohnen.',
    ['drones'],
    'D-SUPPLY',
  ],
  [
    'In der Nacht beschädigten Shahed-Drohnen mehrere Umspannwerke und die Fernwärme fiel aus.',
    ['drones'],
    'D-STRIKES',
  ],
  ['Teheran streitet die Vorwürfe ab und spricht von Desinformation.', ['drones'], 'D-DENIAL'],
  [
    'Iranische Offiziere bildeten auf der Krim russische Soldaten an den Drohnen aus.',
    ['drones'],
    'D-TRAINING',
  ],
  [
    'Die ukrainische Armee schoss in der Nacht 30 Drohnen ab, auch mit Flugabwehrkanonen.',
    ['drones'],
    'D-UKR-DEFENCE',
  ],
  [
    'Kiew bestellte den iranischen Geschäftsträger ein und rief seinen Gesandten zurück.',
    ['drones'],
    'D-UKR-DIPLO',
  ],
  [
    'Russland stellt die Geran-Drohnen inzwischen in einem eigenen Rüstungswerk in Serie her.',
    ['drones'],
    'D-ALABUGA',
  ],
  [
    'Für Teheran ist der Krieg ein Praxistest und ein lukratives Milliardengeschäft.',
    ['drones'],
    'D-IRAN-STAKES',
  ],
  [
    'Moskau und Teheran eilten Assad 2013 zu Hilfe, als sein Regime wankte.',
    ['syria'],
    'S-JOINT-ASSAD',
  ],
  [
    'In Syrien liefern sich Moskau und Teheran einen Einflusskampf um den Wiederaufbau.',
    ['syria'],
    'S-FRICTION',
  ],
  [
    'Proiranische Söldner und die Hisbollah halten die Front bei Aleppo.',
    ['syria'],
    'S-IRAN-FORCES',
  ],
  [
    'Als Russland Truppen in die Ukraine verlegte, sprangen iranische Kräfte in die Bresche.',
    ['syria'],
    'S-DRAWDOWN-2022',
  ],
  [
    'Nach dem Fall von Damaskus kam es zum Regimewechsel; die Rebellengruppen übernahmen die Macht.',
    ['syria'],
    'S-FALL-2024',
  ],
  [
    'Moskau muss inzwischen auf iranische Drohnen zurückgreifen, wie nie zuvor.',
    ['drones'],
    'X-SHIFT',
  ],
  [
    'Moskau und Teheran schmieden eine Front gegen den Westen und gegen den US-Imperialismus.',
    ['drones'],
    'X-ALIGNMENT',
  ],
];

describe('German matter cues', () => {
  it.each(FIRST)('%s → %s first', (text, topics, id) => {
    expect(first(text, topics)).toBe(id);
  });

  it('does not read "is" (English verb) as the Islamic State', () => {
    expect(
      all('Die Lage is unklar, sagt ein Sprecher der Armee zu den Terroristen.', ['syria']),
    ).not.toContain('S-COUNTER-ISIS');
  });

  it('does not read pleasant "gefallen" as a fall of the regime', () => {
    expect(all('Die Rede hat den Rebellen in Idlib gefallen.', ['syria'])).not.toContain(
      'S-FALL-2024',
    );
  });

  it('does not read humanitarian help as a drone supply', () => {
    expect(
      all('Die Hilfe für die Ukraine umfasst Decken und Generatoren.', ['drones']),
    ).not.toContain('D-SUPPLY');
  });
});
