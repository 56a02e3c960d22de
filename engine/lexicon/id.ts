/**
 * Indonesian lexicon. Affixes: `suffixes` strip "-nya" (definite/possessive), "-kan"/"-i"
 * (verb) and "-an" (noun) once, and `prefixes` strip the passive "di-" and the active "me(N)-" and agent
 * "pe(N)-" ("dijual", "menjual", "penjual" -> "jual"); where the nasal replaces the root's first
 * sound ("pasok" -> "memasok", "kirim" -> "mengirim") the form is listed. Most names ("Iran", "Assad", "Aleppo", "drone", "Israel") are English's.
 */
import {
  DRONE,
  FROM,
  GIVE,
  HELP,
  LEISURE,
  RUSSIA,
  STATES,
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

/** The Indonesian lexicon. */
export const ID: Lexicon = {
  lang: 'id',
  suffixes: 'nya>;kannya>;kan>;an>;i>',
  prefixes: 'di;me;mem;men;meng;pe;pem;pen;peng',
  terms: [
    [RUSSIA, 'rusia;moskow'],
    [DRONE, 'nirawak;tanpa awak'],
    [WEAPON, 'senjata;rudal;amunisi'],
    [TRANSFER | GIVE, 'pasok|memasok|pemasok;kirim|mengirim|pengirim;jual'],
    [TRANSFER, 'beli;produksi;pabrik;latih'],
    [HELP, 'kerja sama|kerjasama;dukung;bantah;sanksi;sekutu;bantu'],
    [FROM, 'dari'],
    [TO, 'ke'],
    [SYRIA, 'suriah'],
    [SYRIA | SYRIA_WAR, 'damaskus;hizbullah'],
    [SYRIA_STRONG | SYRIA, 'proses astana'],
    [UKRAINE, 'ukraina'],
    [THEATRE, 'yaman;laut merah'],
    [STATES, 'korea utara'],
    [LEISURE, 'sepak bola|sepakbola;gulat;pertandingan;turnamen'],
    [VISIT, 'kunjung|mengunjungi;bertemu'],
  ],
};
