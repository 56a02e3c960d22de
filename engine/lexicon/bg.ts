/**
 * Bulgarian lexicon, in the Cyrillic transliteration of `script.ts` (ъ X, щ W, я A, ж Z, ч C).
 * Bulgarian has no cases but a postfixed article and verb endings, so forms are stems and
 * `suffixes` strip one ending: "дроновете" -> "дрон", "иранските" -> "иранск", "доставките" ->
 * "достав". Stems spelt as in Russian (москв, путин, шахед, сири, асад, киев...) come from the
 * Russian lexicon with its endings; stems listed again here get the Bulgarian article endings.
 * "предава" (also "broadcasts") and "на" (also "of") stay out.
 */
import {
  ADJ,
  DRONE,
  FROM,
  GIVE,
  HELP,
  IRAN,
  LEISURE,
  RUSSIA,
  SOLEIMANI,
  STRONG,
  SYRIA,
  SYRIA_STRONG,
  SYRIA_WAR,
  THEATRE,
  TRANSFER,
  UKRAINE,
  VISIT,
  WEAPON,
} from '../rules/roles';
import { CYRILLIC, transliterated } from './script';
import type { Lexicon } from './types';

/** The Bulgarian lexicon. */
export const BG: Lexicon = transliterated(CYRILLIC, {
  lang: 'bg',
  suffixes:
    'ovete>;kata>;kite>;Ata>;ata>;oto>;ite>;iAt>;iA>;Xt>;At>;at>;ove>;ta>;to>;te>;ka>;ki>;' +
    'nicite>;nici>;nik>;nite>;ni>;Ane>;ane>;eni>;ena>;en>;ili>;ila>;il>;ali>;ala>;al>;Al>;iha>;oha>;a>;o>;i>;e>;A>',
  terms: [
    [IRAN, 'teheran'],
    [IRAN | SOLEIMANI, 'sUlejmani'],
    [IRAN | ADJ, 'iransk'],
    [RUSSIA, 'rusiA;kremXl'],
    [RUSSIA | ADJ, 'rusk'],
    [STRONG | DRONE, 'geran 2'],
    [DRONE, 'dron;bezpilot'],
    [WEAPON, 'orXZi;raket'],
    [TRANSFER | GIVE, 'dostav;prodav;prodaZb;prodad;izpraW;izprat'],
    [TRANSFER, 'kupuv;zakup;proizveZd;obuCav'],
    [HELP, 'sXtrudniCestv;podkrep;otriC;sankci'],
    [FROM, 'ot'],
    [SYRIA | ADJ, 'sirijsk'],
    [SYRIA | SYRIA_WAR, 'alepo'],
    [SYRIA_STRONG | SYRIA, 'astaninsk'],
    [UKRAINE, 'ukrajn'],
    [UKRAINE | ADJ, 'ukrainsk'],
    [THEATRE, 'izrael;husit;Cerveno more'],
    [LEISURE, 'pXrvenstv'],
    [VISIT, 'poseWeni;poset;sreW'],
  ],
});
