/**
 * Estonian lexicon: nominative stems, with genitive vowels and case endings as rules
 * ("Iraanilt" -> "iraan", "Venemaale" -> "venemaa", "droonidega" -> "droon"). The genitive
 * "Iraani droonid" qualifies the drones by position, as English "Iranian drones" does.
 */
import {
  ADJ,
  DRONE,
  GIVE,
  HELP,
  IRAN,
  LEISURE,
  MODEL,
  RUSSIA,
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

/** The Estonian lexicon. */
export const ET: Lexicon = {
  lang: 'et',
  suffixes:
    'i>;is>;ist>;isse>;ile>;ilt>;il>;iga>;iks>;id>;ide>;idega>;it>;e>;es>;est>;esse>;ele>;' +
    'elt>;ega>;a>;ad>;ade>;adega>;s>;st>;sse>;le>;lt>;l>;ga>;ks>;t>;d>;de>;te>;b>;vad>;nud>;tud>;u>;ud>;ude>;us>;ust>;usse>;ule>;ult>;uga>;sid>;se>;sed>',
  terms: [
    [IRAN, 'iraan;teheran'],
    [RUSSIA, 'venemaa;moskva;kreml;putin'],
    [RUSSIA | ADJ, 'vene'],
    [STRONG | RUSSIA, 'alabuga'],
    [DRONE, 'droon'],
    [MODEL | DRONE, 'shahed'],
    [WEAPON, 'relv;rakett|raket'],
    [TRANSFER | GIVE, 'tarni|tarne;müü'],
    [TRANSFER, 'ostis|ostnud;tootmine|tootmis;väljaõpe|väljaõppe'],
    [HELP, 'koostöö;toetus|toeta;abi;eita;sanktsioon|sanktsiooni'],
    [SYRIA, 'süüria'],
    [SYRIA | SYRIA_WAR, 'assad;damaskus'],
    [SYRIA_STRONG | SYRIA, 'astana protsess'],
    [UKRAINE, 'ukraina;kiiev'],
    [THEATRE, 'iisrael;huthi|houthi;jeemen'],
    [LEISURE, 'jalgpall;maadlus;turniir'],
    [VISIT, 'visiit|visiidi'],
  ],
};
