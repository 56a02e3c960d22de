/** Spanish lexicon: forms as written; English plural rules cover "-s" and "-es". */
import {
  ADJ,
  DRONE,
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
  VISIT,
  WEAPON,
} from '../rules/roles';
import type { Lexicon } from './types';

/** The Spanish lexicon. */
export const ES: Lexicon = {
  lang: 'es',
  suffixes: 's>;es>',
  terms: [
    [IRAN, 'irán;teherán'],
    [IRAN | ADJ, 'iraní'],
    [RUSSIA, 'rusia;moscú'],
    [RUSSIA | ADJ, 'ruso|rusa'],
    [DRONE, 'drone|dron'],
    [WEAPON, 'arma;misil'],
    [TRANSFER, 'suministro|suministró|suministra|entregó|vendió|fabricar|fabricado'],
    [HELP, 'cooperación|aliado|apoyo|ayuda|negó|niega|sanciones'],
    [SYRIA, 'siria'],
    [SYRIA | ADJ, 'sirio'],
    [SYRIA | SYRIA_WAR, 'asad'],
    [SYRIA_STRONG | SYRIA, 'proceso de astaná|proceso de astana'],
    [UKRAINE, 'ucrania'],
    [UKRAINE | ADJ, 'ucraniano|ucraniana'],
    [THEATRE, 'israelí;hutíes'],
    [LEISURE, 'fútbol;torneo'],
    [VISIT, 'visita'],
  ],
};
