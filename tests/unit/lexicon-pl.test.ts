import { describe } from 'vitest';
import { itDetects, itResolvesFromDocument, itReadsStems, type Case } from './helpers/lexicon';

/** Polish news sentences: on-topic first, then hard negatives. */
const CASES: Case[] = [
  [
    'Według ukraińskiego wywiadu Teheran przekazał Moskwie kolejną partię bezzałogowców.',
    ['drones'],
  ],
  ['Rosyjskie wojsko ostrzelało w nocy Charków dronami Gerań-2.', ['drones']],
  ['Irańscy instruktorzy szkolili rosyjskich operatorów na okupowanym Krymie.', ['drones']],
  ['Zakłady w Jełabudze produkują dziś większość dronów dla rosyjskiej armii.', ['drones']],
  [
    'Unia nałożyła nowe sankcje na Teheran za dostawy pocisków balistycznych dla Kremla.',
    ['drones'],
  ],
  ['Rosjanie kupowali od Irańczyków także amunicję artyleryjską.', ['drones']],
  ['Kijów nazywa Iran wspólnikiem Rosji w zbrodniach wojennych.', ['drones']],
  ['Władze w Teheranie są współwinne rosyjskiej agresji na Ukrainę.', ['drones']],
  [
    'Instruktorzy Hezbollahu szkolili w Syrii rosyjskich żołnierzy w obsłudze irańskich dronów.',
    ['drones'],
  ],
  ['W 2015 roku Moskwa i Teheran uratowały reżim Baszara al-Asada przed upadkiem.', ['syria']],
  ['Kolejna runda rozmów o Syrii w Astanie zakończyła się bez przełomu.', ['syria']],
  ['Latem 2015 roku Sulejmani poleciał do Moskwy i spotkał się z Putinem.', ['syria']],
  ['Rosyjskie lotnictwo i irańscy doradcy wojskowi odbili Aleppo z rąk rebeliantów.', ['syria']],
  // Hard negatives.
  ['Ukraińskie drony zaatakowały w nocy rafinerię w obwodzie riazańskim.', []],
  ['Rosja wezwała Izrael i Iran do powściągliwości po nocnym ataku irańskich dronów i rakiet.', []],
  [
    'Sudańska armia używa irańskich dronów Mohadżer-6, a rebeliantów wspierają rosyjscy najemnicy.',
    [],
  ],
  [
    'Prezydent Iranu przyleciał do Astany na szczyt Szanghajskiej Organizacji Współpracy i spotkał się z Putinem.',
    [],
  ],
  ['Po trzęsieniu ziemi w Syrii Rosja i Iran wysłały do Aleppo samoloty z pomocą humanitarną.', []],
  ['Rosja przekaże Iranowi myśliwce Su-35.', []],
  ['Irańscy zapaśnicy pokonali Rosjan w finale mistrzostw świata.', []],
];

describe('Polish lexicon', () => {
  itDetects('pl', CASES);

  itResolvesFromDocument(
    'resolves "both countries" from the document',
    [
      'Iran i Rosja zacieśniają współpracę wojskową.',
      'Oba kraje zaprzeczają jednak, że doszło do dostaw broni.',
    ],
    ['drones'],
  );

  itReadsStems('reads stems through case, gender and verb endings', [
    ['irańscy', 'irańsk'],
    ['bezzałogowców', 'bezzałogow'],
    ['wspólnikiem', 'wspólnik'],
    ['astany', 'astana'],
    // "złoty" (the currency) is not gold.
    ['złotych', undefined],
  ]);
});
