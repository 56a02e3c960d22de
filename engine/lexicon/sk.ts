/**
 * Slovak lexicon: stems, with case, adjective and verb endings as rules ("Iránu" -> "irán",
 * "iránskych" -> "iránsk", "dodávajú" -> "dodáva"). "Rusk" is both Rusko and ruský.
 */
import {
  ADJ,
  DRONE,
  FROM,
  GIVE,
  HELP,
  IRAN,
  LEISURE,
  MODEL,
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
import type { Lexicon } from './types';

/** The Slovak lexicon. */
export const SK: Lexicon = {
  lang: 'sk',
  suffixes:
    'a>;á>;e>;é>;i>;í>;o>;u>;ú>;y>;ý>;ou>;om>;ov>;ovi>;ami>;ách>;ach>;och>;mi>;ej>;eho>;' +
    'ého>;ému>;emu>;ých>;ým>;ými>;ych>;ym>;ymi>;ovia>;ovho>;l>;la>;li>;lo>;il>;ila>;ili>;ť>;jú>;j>;ja>;uje>;' +
    'ujú>;ovať>;enie>;enia>;ího>;ímu>;ie>;ia>;iu>;ií>;ok>',
  terms: [
    [IRAN, 'irán;teherán'],
    [IRAN | ADJ, 'iránsk'],
    [RUSSIA, 'rusk;moskv;kremeľ|kremľ;putin'],
    [STRONG | RUSSIA, 'alabug'],
    [IRAN | SOLEIMANI, 'solejmán'],
    [DRONE, 'dron;bezpilotn'],
    [MODEL | DRONE, 'shahed|šáhid'],
    [WEAPON, 'zbraň|zbran;raket;muníci'],
    [TRANSFER | GIVE, 'dodáva;dodávk|dodávok;preda;posla'],
    [TRANSFER, 'kúpi;nákup;výrob;vyrába;výcvik'],
    [HELP, 'spoluprác;podpor;pomoc;poprel;popiera;sankci'],
    [FROM, 'z|zo'],
    [SYRIA, 'sýri'],
    [SYRIA | ADJ, 'sýrsk'],
    [SYRIA | SYRIA_WAR, 'asad;damask'],
    [SYRIA_STRONG | SYRIA, 'astansk'],
    [UKRAINE, 'ukrajin;kyjev'],
    [UKRAINE | ADJ, 'ukrajinsk'],
    [THEATRE, 'izrael;húsí;jemen'],
    [LEISURE, 'futbal;zápas;turnaj'],
    [VISIT, 'návštev'],
  ],
};
