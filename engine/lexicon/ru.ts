/**
 * Russian lexicon (demonstration: shows that a language is data only). Russian inflects
 * heavily, so forms are stems and `suffixes` strip case and verb endings: "Ираном" -> "иран",
 * "поставляла" -> "поставля". Not in the default set: it would add ~1 KB to the content script
 * and makes every Cyrillic word a lookup; pass it in `DetectOptions.lexicons` where wanted.
 */
import type { Lexicon } from './types';

/** The Russian lexicon. */
export const RU: Lexicon = {
  lang: 'ru',
  suffixes:
    'ями>;ами>;ого>;ому>;ими>;ала>;ила>;ие>;ий>;их>;им>;ая>;ую>;ой>;ей>;ом>;ем>;ов>;ам>;ах>;ях>;' +
    'ли>;ла>;ть>;ет>;ёт>;ют>;ит>;ят>;ил>;ал>;а>;у>;е>;ы>;и>;ю>;я>;о>;ь>;л>',
  terms: {
    iran: 'иран;иранск;тегеран;ксир;хаменеи',
    'iran soleimani': 'сулеймани',
    russia: 'росси;российск;москв;кремл;путин;шойгу;лавров',
    'strong russia': 'алабуг',
    drone: 'дрон;беспилотник;бпла;камикадзе',
    'model drone': 'шахед;мохаджер',
    'strong drone': 'геран',
    weapon: 'оружи;ракет;боеприпас;снаряд',
    transfer:
      'поставк;постав;поставля;переда;передач;прода;продаж;купи;закупк;приобрет;' +
      'производств;завод;обучени;отрица;опроверг;санкци',
    syria: 'сири;сирийск;асад;дамаск;хмеймим;тартус;алеппо;латаки',
    'syriaStrong syria': 'астанинск',
    ukraine: 'украин;украинск;киев;всу;зеленск',
  },
};
