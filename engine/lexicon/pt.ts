/** Portuguese lexicon: forms as written; English plural rules cover "-s". */
import {
  ADJ,
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

/** The Portuguese lexicon. */
export const PT: Lexicon = {
  lang: 'pt',
  suffixes: 's>;es>',
  terms: [
    [IRAN, 'irã|irão;teerã'],
    [IRAN | ADJ, 'iraniano|iraniana'],
    [RUSSIA, 'rússia'],
    [RUSSIA | ADJ, 'russo|russa'],
    [WEAPON, 'míssil|mísseis'],
    [TRANSFER, 'fornecimento|fornecer|forneceu|fornece|fornecido|vendeu'],
    [HELP, 'cooperação|apoio|sanções'],
    [SYRIA, 'síria'],
    [SYRIA | ADJ, 'sírio'],
    [SYRIA_STRONG | SYRIA, 'processo de astana'],
    [UKRAINE, 'ucrânia'],
    [THEATRE, 'israelense'],
    [LEISURE, 'futebol'],
  ],
};
