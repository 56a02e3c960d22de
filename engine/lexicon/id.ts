/**
 * Indonesian lexicon. Affixes: `suffixes` strip "-nya" (definite/possessive), "-kan"/"-i"
 * (verb) and "-an" (noun) once, and `prefixes` strip the passive "di-" and the active "me(N)-"
 * and agent "pe(N)-" ("dijual", "menjual", "penjual" -> "jual"); where the nasal replaces the
 * root's first sound ("pasok" -> "memasok", "tuduh" -> "menuduh") the form is listed. Most names
 * ("Iran", "Assad", "Aleppo", "drone", "Israel", "Kharkiv") are English's. Left out: "menyerah"
 * (to surrender: only "menyerahkan", to hand over, counts) and "muat" (also "to contain").
 */
import {
  ABET,
  CIVIL,
  DRONE,
  FROM,
  GIVE,
  GOODS,
  HELP,
  IRAN,
  LEISURE,
  REF,
  RUSSIA,
  RUS_ARMS,
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
    // "negara" (country) is no Spanish "negar" (deny).
    [0, 'negara|negaranya'],
    // Iran's terms go into the always-on page gate. Not "Garda Revolusi" or "Pasukan Quds": their
    // first words (also Ireland's police and "troops") would open it on many pages; the IRGC is
    // mostly named with "Iran" anyway. English lists none of these officials.
    [IRAN, 'larijani;velayati;shamkhani'],
    [RUSSIA, 'rusia;moskow|moskwa'],
    [DRONE, 'nirawak;tanpa awak;amunisi jelajah|amunisi berkeliaran'],
    [WEAPON, 'senjata;persenjata;rudal;roket;amunisi;peluru;artileri;alutsista;peralatan militer'],
    [WEAPON | TRANSFER, 'instruktur'],
    // Shields: weapons that are not arms for Russia's war.
    [0, 'senjata nuklir;pengendalian senjata'],
    // "Negara" (a state, a country) is a word of its own, not Spanish "negara" (were to deny)
    // read through Spanish endings: "negara itu", "negaranya" deny nothing.
    [0, 'negara'],
    [RUS_ARMS, 'jet tempur|pesawat tempur'],
    [
      TRANSFER | GIVE,
      'pasok|memasok|pemasok;kirim|mengirim|pengirim;jual;serah|menyerahkan|penyerahan;' +
        'selundup|menyelundupkan|penyelundupan;suplai',
    ],
    [
      TRANSFER,
      'beli;terima|menerima|penerimaan;impor;peroleh;akuisisi;produksi;produsen;manufaktur;' +
        'pabrik;rakit;kargo|muatan;latih;penasihat',
    ],
    [
      HELP,
      'kerja sama|kerjasama;dukung;sekutu;aliansi;kemitraan|mitra;kesepakatan|sepakat;kontrak;' +
        'perjanjian;transaksi;buat;lisensi;teknologi;bayar;emas;tunai;' +
        'bantah;sangkal|menyangkal;tolak|menolak|penolakan;tak berdasar|tidak berdasar;sanksi;' +
        'tuduh|menuduh;bukti',
    ],
    // "Memberi(kan)" gives statements and support too: one sentence only.
    [HELP | GIVE, 'bantu;ekspor;beri'],
    [FROM, 'dari|oleh'],
    [TO, 'ke|kepada'],
    // Syria's bases and proxies are places of the story, not its war.
    [SYRIA, 'suriah;hizbullah'],
    [
      SYRIA | SYRIA_WAR,
      'damaskus;perang suriah|perang saudara suriah|perang sipil suriah|perang di suriah|' +
        'konflik suriah;rezim suriah|pemerintah suriah;zona de eskalasi',
    ],
    [
      SYRIA_STRONG | SYRIA,
      'proses astana|format astana|perundingan astana|pembicaraan astana|perdamaian astana',
    ],
    [VISIT, 'kunjung|mengunjungi|lawat;bertemu|pertemuan;terbang'],
    // Vague references that only earlier text resolves.
    [
      REF,
      'kedua negara|dua negara|ketiga negara|tiga negara|kedua sekutu|aliansi ini|' +
        'aliansi mereka|kemitraan ini|kemitraan mereka',
    ],
    [REF | ABET, 'kaki tangan;turut bersalah|ikut bersalah'],
    [UKRAINE, 'ukraina;krimea'],
    [THEATRE, 'yaman;laut merah;etiopia;pasukan dukungan cepat'],
    [STATES, 'korea utara;tiongkok|cina;kuba'],
    // Sport, culture and earthquakes: a Russia v Iran match or quake relief is no alliance.
    [
      LEISURE,
      'sepak bola|sepakbola;gulat;pertandingan;turnamen;olahraga;kejuaraan;olimpiade;medali;' +
        'piala dunia;resep;kuliner;wisata|pariwisata|turis;gempa',
    ],
    // General objects of the arms trade (see `GOODS`), and goods that are not arms.
    [HELP | GOODS, 'desain;rancang'],
    [GOODS, 'pesawat'],
    [CIVIL, 'perdagang;penumpang;gandum'],
  ],
};
