/**
 * Polish lexicon: stems, with case, adjective and verb endings as rules ("Iranowi" -> "iran",
 * "irańskiego" -> "irańsk", "dostarczyła" -> "dostarcz").
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

/** The Polish lexicon. */
export const PL: Lexicon = {
  lang: 'pl',
  suffixes:
    'a>;ą>;ę>;i>;y>;u>;e>;ie>;em>;owi>;ów>;om>;ami>;ach>;ego>;iego>;ej>;iej>;ich>;ych>;im>;' +
    'ym>;imi>;ymi>;ł>;ła>;li>;ły>;ył>;yła>;yli>;ał>;ała>;ali>;ił>;iła>;ili>;ać>;ć>;je>;ją>;' +
    'ają>;uje>;ują>;enie>;enia>;eniu>;anie>;ania>;ż>;o>;ały>;iły>;yły>',
  terms: [
    [IRAN, 'iran;teheran'],
    [IRAN | ADJ, 'irańsk'],
    [RUSSIA, 'rosj;moskw;kreml;putin'],
    [RUSSIA | ADJ, 'rosyjsk'],
    [STRONG | RUSSIA, 'ałabug|ałabudz'],
    [IRAN | SOLEIMANI, 'sulejman'],
    [DRONE, 'dron'],
    [MODEL | DRONE, 'shahed'],
    [WEAPON, 'broń|broni;rakiet;pocisk;amunicj'],
    [TRANSFER | GIVE, 'dostarcz;sprzeda;wysła'],
    [TRANSFER, 'dostaw;zakup;kupi;produkcj;szkol'],
    [HELP, 'współprac;wsparci;wspier;pomoc;zaprzecz;sankcj'],
    [FROM, 'z'],
    [SYRIA, 'syri'],
    [SYRIA | ADJ, 'syryjsk'],
    [SYRIA | SYRIA_WAR, 'asad|assad;damaszk|damaszek'],
    [SYRIA_STRONG | SYRIA, 'astańsk'],
    [UKRAINE, 'ukrain;kijów|kijow'],
    [UKRAINE | ADJ, 'ukraińsk'],
    [THEATRE, 'izrael;huti;jemen'],
    [LEISURE, 'mecz;turniej'],
    [VISIT, 'wizyt'],
  ],
};
