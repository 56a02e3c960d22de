/** French lexicon: forms as written; English plural rules cover "-s". */
import {
  ADJ,
  HELP,
  IRAN,
  LEISURE,
  RUSSIA,
  SYRIA,
  SYRIA_STRONG,
  SYRIA_WAR,
  THEATRE,
  TRANSFER,
  UKRAINE,
  WEAPON,
} from '../rules/roles';
import type { Lexicon } from './types';

/** The French lexicon. */
export const FR: Lexicon = {
  lang: 'fr',
  suffixes: 's>;es>',
  terms: [
    [IRAN, 'téhéran'],
    [IRAN | ADJ, 'iranien|iranienne'],
    [RUSSIA, 'russie;moscou;poutine'],
    [RUSSIA | ADJ, 'russe'],
    [WEAPON, 'arme'],
    [TRANSFER, 'livraison|livrer|livré|livrée;vente;fabriqué|fabriquer'],
    [HELP, 'coopération|allié|démenti|dément|accuse'],
    [SYRIA, 'syrie'],
    [SYRIA | ADJ, 'syrien|syrienne'],
    [SYRIA | SYRIA_WAR, 'alep'],
    [SYRIA_STRONG | SYRIA, "processus d'astana"],
    [UKRAINE | ADJ, 'ukrainien|ukrainienne'],
    [THEATRE, 'israël'],
    [LEISURE, 'championnat;tournoi'],
  ],
};
