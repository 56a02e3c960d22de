/**
 * Italian lexicon: stems with gender/number and verb endings as rules ("forniti" -> "fornit",
 * "iraniani" -> "iraniano"); elided articles ("dall'Iran") are separate tokens.
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
  SYRIA,
  SYRIA_STRONG,
  SYRIA_WAR,
  THEATRE,
  TO,
  TRANSFER,
  UKRAINE,
  VISIT,
  WEAPON,
} from '../rules/roles';
import type { Lexicon } from './types';

/** The Italian lexicon. */
export const IT: Lexicon = {
  lang: 'it',
  suffixes:
    'i>o;a>o;e>o;o>;a>;i>;e>;he>;ato>;ata>;ati>;ate>;are>;ano>;ono>;ita>;ite>;uto>;uti>;' +
    'ere>;ura>;ure>;amento>;ò>;ito>;iti>;ire>;isce>;iscono>;ente>;enti>',
  terms: [
    [IRAN | ADJ, 'iraniano'],
    [RUSSIA, 'mosca;cremlino'],
    [RUSSIA | ADJ, 'russ'],
    [DRONE, 'dron'],
    [WEAPON, 'armi|arma;missil;munizion'],
    [TRANSFER | GIVE, 'fornit;fornisc;consegn;vend;invi'],
    [TRANSFER, 'acquist;produzion;fabbric;addestr'],
    [HELP, 'cooperazion;sostegn;aiut;smentit|smentisc;neg;sanzion;accus'],
    [FROM, 'dall|da'],
    [TO, 'all|alla|al'],
    [SYRIA, 'siria'],
    [SYRIA | ADJ, 'sirian'],
    [SYRIA | SYRIA_WAR, 'damasco'],
    [SYRIA_STRONG | SYRIA, 'processo di astana|formato di astana'],
    [UKRAINE, 'ucraina'],
    [UKRAINE | ADJ, 'ucrain'],
    [THEATRE, 'israel;israelian;huthi'],
    [LEISURE, 'calcio;torne'],
    [VISIT, 'visit;volò;incontr'],
  ],
};
