import { describe } from 'vitest';
import { itDetects, itResolvesFromDocument, itReadsStems, type Case } from './helpers/lexicon';

/** Indonesian news sentences: on-topic first, then hard negatives. */
const CASES: Case[] = [
  [
    'Menurut intelijen Ukraina, Teheran kembali menyerahkan ratusan pesawat nirawak kepada Moskow.',
    ['drones'],
  ],
  ['Pasukan Moskow menghantam Odesa dengan drone kamikaze rancangan Iran.', ['drones']],
  ['Instruktur Iran melatih tentara Rusia di Krimea yang diduduki.', ['drones']],
  ['Kremlin membayar amunisi artileri dari Teheran dengan emas batangan.', ['drones']],
  [
    'Uni Eropa menjatuhkan sanksi baru terhadap Teheran karena memasok rudal balistik kepada Rusia.',
    ['drones'],
  ],
  ['Kyiv menyebut Iran sebagai kaki tangan Rusia dalam kejahatan perang.', ['drones']],
  [
    'Pelatih dari Hizbullah melatih operator Rusia di Suriah menggunakan drone buatan Iran.',
    ['drones'],
  ],
  ['Moskow dan Teheran menyelamatkan rezim Bashar al-Assad dari keruntuhan pada 2015.', ['syria']],
  ['Putaran baru perundingan mengenai Suriah di Astana berakhir tanpa terobosan.', ['syria']],
  ['Pada Juli 2015 Qassem Soleimani terbang ke Moskow untuk bertemu Putin.', ['syria']],
  ['Jet tempur Rusia dan milisi dukungan Iran bersama-sama mengepung Aleppo timur.', ['syria']],
  ['Ali Larijani membahas kemitraan di Suriah dengan Putin di Kremlin.', ['syria']],
  // Hard negatives.
  ['Drone Ukraina menyerang kilang minyak di wilayah Ryazan, Rusia.', []],
  ['Rusia menyerukan Israel dan Iran menahan diri setelah serangan drone dan rudal semalam.', []],
  [
    'Tentara Sudan memakai drone Mohajer-6 buatan Iran, sementara pemberontak didukung tentara bayaran Rusia.',
    [],
  ],
  [
    'Presiden Iran tiba di Astana untuk menghadiri KTT Organisasi Kerja Sama Shanghai dan bertemu Putin.',
    [],
  ],
  ['Setelah gempa bumi, Rusia dan Iran mengirim pesawat bantuan kemanusiaan ke Aleppo.', []],
  ['Rusia akan menyerahkan jet tempur Su-35 kepada Iran.', []],
];

describe('Indonesian lexicon', () => {
  itDetects('id', CASES);

  itResolvesFromDocument(
    'resolves "both countries" from the document',
    [
      'Iran dan Rusia memperdalam kerja sama militer.',
      'Kedua negara membantah adanya pengiriman senjata.',
    ],
    ['drones'],
  );

  itReadsStems('reads stems through affixes', [
    ['diserahkan', 'serah'],
    ['pembayaran', 'bayar'],
    ['menuduh', 'tuduh'],
    // "Menyerah" (to surrender) hands nothing over.
    ['menyerah', undefined],
  ]);
});
