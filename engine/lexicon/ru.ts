/**
 * Russian lexicon (demonstration: shows that a language is data only). Russian inflects
 * heavily, so forms are stems and `suffixes` strip case and verb endings: "Ираном" -> "иран",
 * "поставляла" -> "поставля". Not in the default set: it would add ~1 KB to the content script
 * and makes every Cyrillic word a lookup; pass it in `DetectOptions.lexicons` where wanted.
 */
import {
  DRONE,
  IRAN,
  MODEL,
  RUSSIA,
  SOLEIMANI,
  STRONG,
  SYRIA,
  SYRIA_STRONG,
  SYRIA_WAR,
  TRANSFER,
  UKRAINE,
  WEAPON,
} from '../rules/roles';
import type { Lexicon } from './types';

/** The Russian lexicon. */
export const RU: Lexicon = {
  lang: 'ru',
  suffixes:
    'ями>;ами>;ого>;ому>;ими>;ала>;ила>;ие>;ий>;их>;им>;ая>;ую>;ой>;ей>;ом>;ем>;ов>;ам>;ах>;ях>;' +
    'ли>;ла>;ть>;ет>;ёт>;ют>;ит>;ят>;ил>;ал>;а>;у>;е>;ы>;и>;ю>;я>;о>;ь>;л>',
  terms: [
    [IRAN, 'иран;иранск;тегеран;ксир;хаменеи'],
    [IRAN | SOLEIMANI, 'сулеймани'],
    [RUSSIA, 'росси;российск;москв;кремл;путин;шойгу;лавров'],
    [STRONG | RUSSIA, 'алабуг'],
    [DRONE, 'дрон;беспилотник;бпла;камикадзе'],
    [MODEL | DRONE, 'шахед;мохаджер'],
    [STRONG | DRONE, 'геран'],
    [WEAPON, 'оружи;ракет;боеприпас;снаряд'],
    [
      TRANSFER,
      'поставк;постав;поставля;переда;передач;прода;продаж;купи;закупк;приобрет;' +
        'производств;завод;обучени;отрица;опроверг;санкци',
    ],
    [SYRIA, 'сири;сирийск'],
    [SYRIA | SYRIA_WAR, 'асад;дамаск;хмеймим;тартус;алеппо;латаки'],
    [SYRIA_STRONG | SYRIA, 'астанинск'],
    [UKRAINE, 'украин;украинск;киев;всу;зеленск'],
  ],
};
