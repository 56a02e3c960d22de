/**
 * Polish matter cues: everyday news wording must reach the matter a reader would name first,
 * and words of another sense must not pull a sentence into the wrong matter.
 */
import { describe, expect, it } from 'vitest';
import { classifyMatters } from '../../engine/matters/classify';

type Topic = 'drones' | 'syria';
const first = (text: string, topics: Topic[]) => classifyMatters({ text, topics })[0]?.id;
const all = (text: string, topics: Topic[]) => classifyMatters({ text, topics }).map((h) => h.id);

const FIRST: Array<[string, Topic[], string]> = [
  ['Iran przesyła Rosji drony przez Morze Kaspijskie.', ['drones'], 'D-SUPPLY'],
  [
    'W nocy drony uszkodziły elektrociepłownię i transformatory, tysiące mieszkańców jest bez światła.',
    ['drones'],
    'D-STRIKES',
  ],
  ['Teheran kategorycznie odpiera zarzuty i mówi o dezinformacji.', ['drones'], 'D-DENIAL'],
  [
    'Irańscy oficerowie przeszkolili na Krymie rosyjskich żołnierzy w pilotowaniu dronów.',
    ['drones'],
    'D-TRAINING',
  ],
  [
    'Ukraińska armia zestrzeliwuje większość dronów z użyciem rakiet ziemia-powietrze.',
    ['drones'],
    'D-UKR-DEFENCE',
  ],
  [
    'Kijów wezwał irańskiego chargé d’affaires i zerwał stosunki z Teheranem.',
    ['drones'],
    'D-UKR-DIPLO',
  ],
  ['Rosja buduje seryjnie rosyjską wersję Shaheda w Ałabudze.', ['drones'], 'D-ALABUGA'],
  [
    'Dla Teheranu wojna to lukratywny biznes i karta przetargowa wobec Moskwy.',
    ['drones'],
    'D-IRAN-STAKES',
  ],
  [
    'Moskwa i Teheran pospieszyli z pomocą Asadowi, gdy jego reżim się chwiał.',
    ['syria'],
    'S-JOINT-ASSAD',
  ],
  ['W Syrii Moskwa i Teheran toczą walkę o wpływy przy odbudowie kraju.', ['syria'], 'S-FRICTION'],
  ['Proirańscy najemnicy i Hezbollah utrzymują front pod Aleppo.', ['syria'], 'S-IRAN-FORCES'],
  ['Rosja zmniejszyła obecność w Syrii, a Irańczycy wypełnili lukę.', ['syria'], 'S-DRAWDOWN-2022'],
  ['Reżim spotkała klęska, potem kapitulacja przed rebeliantami.', ['syria'], 'S-FALL-2024'],
  ['Moskwa, uzależniona od Iranu, musi sięgnąć po irańskie drony.', ['drones'], 'X-SHIFT'],
  [
    'Moskwa i Teheran tworzą front przeciwko Zachodowi i amerykańskiemu imperializmowi.',
    ['drones'],
    'X-ALIGNMENT',
  ],
];

describe('Polish matter cues', () => {
  it.each(FIRST)('%s → %s first', (text, topics, id) => {
    expect(first(text, topics)).toBe(id);
  });

  it('does not read "trafił" (hit) as a visit', () => {
    expect(all('Putin powiedział, że dron trafił w Teheranie w cel.', ['drones'])).not.toContain(
      'X-TEHRAN-2022',
    );
  });

  it('does not read an Iranian visit as a strike on the grid', () => {
    expect(
      all('Prezydent Iranu przyleciał do Moskwy, rozmowy dotyczyły gazu.', ['drones']),
    ).not.toContain('D-STRIKES');
  });

  it('does not read help for refugees as backing Assad', () => {
    expect(all('Organizacje pomagają uchodźcom z Syrii.', ['syria'])).not.toContain(
      'S-JOINT-ASSAD',
    );
  });
});
