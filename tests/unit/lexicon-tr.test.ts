import { describe } from 'vitest';
import { tokenize } from '../../engine/text/tokenize';
import { itDetects, itResolvesFromDocument, itReadsStems, type Case } from './helpers/lexicon';

/** Turkish news sentences: on-topic first, then hard negatives. */
const CASES: Case[] = [
  ['Batılı yetkililere göre Tahran, Kremlin’e yüzlerce kamikaze dron teslim etti.', ['drones']],
  [
    'Rus ordusu gece boyunca Zaporijya’yı İran tasarımı insansız hava araçlarıyla vurdu.',
    ['drones'],
  ],
  [
    'İranlı eğitmenlerin işgal altındaki Kırım’da Rus askerlerini eğittiği ortaya çıktı.',
    ['drones'],
  ],
  ['Moskova, Tahran’dan aldığı topçu mermileri için altınla ödeme yaptı.', ['drones']],
  [
    'AB, Moskova’ya balistik füze sağlayan Tahran yönetimine yeni yaptırımlar uyguladı.',
    ['drones'],
  ],
  ['Kiev yönetimi, İran’ı Rusya’nın savaş suçlarının suç ortağı olarak nitelendirdi.', ['drones']],
  [
    'Hizbullah eğitmenleri Suriye’de Rus operatörlere İran yapımı İHA kullanmayı öğretti.',
    ['drones'],
  ],
  ['Moskova ve Tahran, 2015’te Beşar Esad rejimini çöküşten kurtardı.', ['syria']],
  ['Suriye konulu yeni tur görüşmeler Astana’da sonuçsuz kaldı.', ['syria']],
  ['Kasım Süleymani 2015 yazında Moskova’ya giderek Kremlin’de görüşmeler yaptı.', ['syria']],
  ['Rus savaş uçakları ve İran destekli milisler Halep’i birlikte kuşattı.', ['syria']],
  [
    'Rusya ile İran, Lazkiye’deki ortak operasyon merkezinden İdlib saldırısını yönetti.',
    ['syria'],
  ],
  // Hard negatives.
  ['Ukrayna İHA’ları gece Rusya’nın Ryazan bölgesindeki bir rafineriyi vurdu.', []],
  ['Rusya, gece yaşanan İHA ve füze saldırılarının ardından İsrail ve İran’ı itidale çağırdı.', []],
  [
    'Sudan ordusu İran yapımı Mohajer-6 İHA’ları kullanırken isyancılara Rus paralı askerler destek veriyor.',
    [],
  ],
  [
    'İran Cumhurbaşkanı, Şanghay İşbirliği Örgütü zirvesi için Astana’ya giderek Putin ile görüştü.',
    [],
  ],
  ['Depremin ardından Rusya ve İran, Halep’e yardım malzemesi taşıyan uçaklar gönderdi.', []],
  ['Rusya, İran’a Su-35 savaş uçakları teslim etti.', []],
  ['Beyaz Rusya ve İran, Suriye’yi ziyaret eden heyetlerle ticaret anlaşması imzaladı.', []],
];

describe('Turkish lexicon', () => {
  itDetects('tr', CASES);

  itResolvesFromDocument(
    'resolves "the two countries" from the document',
    [
      'İran ve Rusya askeri işbirliğini derinleştiriyor.',
      'İki ülke de silah sevkiyatı yapıldığı iddialarını reddediyor.',
    ],
    ['drones'],
  );

  itReadsStems(
    'reads stems through agglutinated endings',
    [
      ['mermileri', 'mermi'],
      ['görüştü', 'görüş'],
      ['reddediyor', 'reddet'],
      // "Şahit", "şahid" (witness) are no drone.
      ['şahit', undefined],
      ['şahid', undefined],
    ],
    (w) => tokenize(w).norm[0] ?? '',
  );
});
