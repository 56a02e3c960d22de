/** German lexicon: forms as written, adjective and plural endings as rules; compounds listed. */
import {
  ADJ,
  DRONE,
  HELP,
  IRAN,
  LEISURE,
  RUSSIA,
  SYRIA,
  SYRIA_STRONG,
  THEATRE,
  TRANSFER,
  UKRAINE,
  WEAPON,
} from '../rules/roles';
import type { Lexicon } from './types';

/** The German lexicon. */
export const DE: Lexicon = {
  lang: 'de',
  suffixes: 'en>;er>;e>;n>;s>',
  terms: [
    [IRAN | ADJ, 'iranisch'],
    [RUSSIA, 'russland|moskau|kreml'],
    [RUSSIA | ADJ, 'russisch'],
    [DRONE, 'drohne|kamikazedrohne'],
    [WEAPON, 'waffe|rakete'],
    [TRANSFER, 'lieferung|liefern|liefert|lieferte|geliefert|verkauft|hergestellt'],
    [HELP, 'kooperation|unterstützt|hilfe|dementiert|sanktion'],
    [SYRIA, 'syrien'],
    [SYRIA | ADJ, 'syrisch'],
    [SYRIA_STRONG | SYRIA, 'astana prozess'],
    [UKRAINE | ADJ, 'ukrainisch'],
    [UKRAINE, 'kiew'],
    [THEATRE, 'huthi|jemen'],
    [LEISURE, 'fußball'],
  ],
};
