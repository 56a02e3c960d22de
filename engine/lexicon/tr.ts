/**
 * Turkish lexicon. Proper nouns take their case endings after an apostrophe ("İran'ın",
 * "Rusya'ya"), which the tokenizer already splits off; other words are stems and `suffixes`
 * strip one agglutinated ending (plural + case, possessive, tense) in both vowel-harmony
 * variants: "füzeleri" -> "füze", "gönderdi" -> "gönder", "yalanladı" -> "yalanla".
 * "İ" lower-cases to "i" plus a combining dot, so forms are written with the capital.
 */
import {
  DRONE,
  HELP,
  IRAN,
  LEISURE,
  MODEL,
  RUSSIA,
  ADJ,
  SOLEIMANI,
  STATES,
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

/** The Turkish lexicon. */
export const TR: Lexicon = {
  lang: 'tr',
  suffixes:
    'larını>;lerini>;larına>;lerine>;larla>;lerle>;ların>;lerin>;ları>;leri>;lara>;lere>;lar>;' +
    'ler>;at>;atı>;çi>;çisi>;u>;da>;de>;ta>;te>;ından>;inden>;ında>;inde>;ını>;ini>;ına>;ine>;ıyla>;iyle>;ın>;in>;ı>;i>;a>;e>;sını>;' +
    'sini>;sı>;si>;nın>;nin>;ni>;nde>;ya>;ye>;yla>;yle>;ği>k;ğini>k;ğı>;dığı>;diği>;tığı>;tiği>;' +
    'ladı>;ledi>;lıyor>;liyor>;lama>;leme>;ıyor>;iyor>;ecek>;acak>;ilen>;ildi>;mesi>;ması>;' +
    'mek>;dı>;di>;du>;dü>;tı>;ti>;en>',
  terms: [
    [IRAN, 'İran;Tahran;İranlı'],
    [IRAN | SOLEIMANI, 'Süleymani'],
    [RUSSIA, 'rusya;moskova'],
    [RUSSIA | ADJ, 'rus'],
    [MODEL | DRONE, 'şahed'],
    [DRONE, 'İHA;SİHA;insansız'],
    [WEAPON, 'silah;füze;mühimmat'],
    [TRANSFER, 'tedarik;teslim;sevkiyat;gönder;satış|sattı|satın;üretim|üret;eğitim|eğit'],
    [HELP, 'işbirliği;destek;yalan;reddet;yaptırım;ittifak;müttefik;anlaşma'],
    [SYRIA, 'suriye'],
    [SYRIA | SYRIA_WAR, 'esad;şam;halep;hizbullah'],
    [SYRIA_STRONG | SYRIA, 'astana süreci'],
    [UKRAINE, 'ukrayna;ukraynalı'],
    [THEATRE, 'İsrail;husi;kızıldeniz'],
    [STATES, 'kuzey kore'],
    [LEISURE, 'futbol;güreş;maç'],
    [VISIT, 'ziyaret'],
  ],
};
