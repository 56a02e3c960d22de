/** Turkish matter cues on news sentences (everyday wording, and words that must not count). */
import { D, S, describeMatterCues, type FirstCase, type NotCase } from './matter-cue-cases';

const FIRST: readonly FirstCase[] = [
  [S, 'İran ve Rusya, çöküşün eşiğindeki Esad rejiminin yardımına koştu.', 'S-JOINT-ASSAD'],
  [S, "Rusya, 4 bin İranlı savaşçıyı ve milisleri Suriye'den tahliye etti.", 'S-IRAN-FORCES'],
  [S, "Rusya ile İran Suriye'de nüfuz için birbirine rakip hale geldi.", 'S-FRICTION'],
  [
    D,
    "Tahran, Rusya'ya İHA gönderdiği yönündeki haberleri asılsız olarak nitelendirdi.",
    'D-DENIAL',
  ],
  [D, "Rusya, Şahed İHA'larıyla Ukrayna'nın enerji altyapısını vurdu.", 'D-STRIKES'],
  [D, "Ukrayna hava savunması gece boyunca 30 İHA'yı düşürdü.", 'D-UKR-DEFENCE'],
  [D, "İranlı eğitmenler Kırım'da Rus askerlerine İHA kullanmayı öğretiyor.", 'D-TRAINING'],
  [
    S,
    "Rusya Suriye'deki askerlerini Ukrayna'ya kaydırdı, İran boşluğu doldurdu.",
    'S-DRAWDOWN-2022',
  ],
  [S, "İsrail, Suriye'deki İran hedeflerini vurdu, Rusya ise göz yumdu.", 'S-ISRAEL-STRIKES'],
  [D, "Rusya İHA'ların bedelini nakit euro ve altınla ödedi.", 'D-PAYMENT'],
  [D, "Rusya, Tataristan'daki Alabuga tesisinde İran tasarımı İHA'ları üretiyor.", 'D-ALABUGA'],
  [D, "Düşürülen İHA'ların enkazında İran yapımı parçalar bulundu.", 'D-IDENTIFIED'],
];
const NOT: readonly NotCase[] = [
  [S, "Türk Kızılayı Suriye'deki depremzedelere yardım etti.", 'S-JOINT-ASSAD'],
  [S, "Rus savaş uçakları İdlib'i bombaladı.", 'S-IRAN-FORCES'],
  [S, "Savaş Suriye'de on yılı aşkın süredir sürüyor.", 'S-IRAN-FORCES'],
];
describeMatterCues('Turkish', FIRST, NOT);
