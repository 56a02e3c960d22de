import { describe, expect, it } from 'vitest';
import { DEFAULT_LEXICONS, detectTopics } from '../../engine/detect';
import { compileLexicons, lookupWord } from '../../engine/lexicon/compile';
import { classifyMatters } from '../../engine/matters/classify';
import { tokenize } from '../../engine/text/tokenize';

/** [language, text, expected topics]: Turkish, Indonesian and Dutch news sentences. */
const CASES: [string, string, string[]][] = [
  // Turkish
  ['tr', "İran, Rusya'ya yüzlerce Şahed-136 insansız hava aracı gönderdi.", ['drones']],
  ['tr', "Tahran, Moskova'ya İHA tedarik ettiği iddialarını yalanladı.", ['drones']],
  [
    'tr',
    "Rus ordusu, Ukrayna'nın enerji altyapısına İran yapımı kamikaze İHA'larla saldırıyor.",
    ['drones'],
  ],
  ['tr', "İran'ın Rusya'ya balistik füze sattığı ortaya çıktı.", ['drones']],
  ['tr', 'Rusya ve İran, Suriye iç savaşında Esad rejimini birlikte destekledi.', ['syria']],
  ['tr', "Kasım Süleymani 2015 yazında Moskova'yı ziyaret ederek Putin ile görüştü.", ['syria']],
  ['tr', 'Astana süreci kapsamında Türkiye, Rusya ve İran bir araya geldi.', ['syria']],
  ['tr', "Ukrayna İHA'ları Rusya'daki bir petrol rafinerisini vurdu.", []],
  ['tr', "Husiler, İran yapımı İHA'larla İsrail'e saldırdı.", []],
  ['tr', "İran, İsrail'e yüzlerce İHA ve füze fırlattı.", []],
  ['tr', 'Rusya ve İran doğalgaz anlaşması imzaladı.', []],
  ['tr', 'Rusya ile İran arasındaki güreş maçında İranlı sporcu altın madalya kazandı.', []],
  // Indonesian
  [
    'id',
    'Iran telah memasok ratusan drone Shahed kepada Rusia untuk perang di Ukraina.',
    ['drones'],
  ],
  ['id', 'Teheran membantah mengirim pesawat tanpa awak ke Moskow.', ['drones']],
  ['id', 'Rusia menerima rudal balistik dari Iran, kata pejabat AS.', ['drones']],
  [
    'id',
    'Uni Eropa menjatuhkan sanksi baru terhadap Iran atas pasokan drone ke Rusia.',
    ['drones'],
  ],
  [
    'id',
    'Rusia dan Iran bersama-sama mendukung rezim Bashar al-Assad dalam perang saudara Suriah.',
    ['syria'],
  ],
  ['id', 'Rusia, Iran dan Turki menjadi penjamin dalam proses Astana.', ['syria']],
  ['id', 'Drone Ukraina menyerang kilang minyak di wilayah Rusia.', []],
  ['id', 'Houthi di Yaman meluncurkan drone buatan Iran ke arah Israel.', []],
  ['id', 'Rusia dan Iran menandatangani kesepakatan pasokan gas.', []],
  ['id', 'Tim gulat Iran mengalahkan Rusia dalam pertandingan final kejuaraan dunia.', []],
  ['id', 'Rusia akan menjual jet tempur Su-35 kepada Iran.', []],
  // Dutch
  ['nl', 'Iran heeft honderden Shahed-drones aan Rusland geleverd.', ['drones']],
  ['nl', 'Teheran ontkent dat het wapens aan Moskou levert.', ['drones']],
  ['nl', 'Het Russische leger valt Oekraïense steden aan met Iraanse kamikazedrones.', ['drones']],
  ['nl', 'Rusland maakt de Iraanse drones nu zelf in een fabriek in Tatarstan.', ['drones']],
  // A participle read through the "ge-" prefix: the word filter must keep "gekocht".
  [
    'nl',
    'Rusland heeft de ballistische raketten uiteindelijk toch gekocht, bevestigen bronnen in Teheran.',
    ['drones'],
  ],
  [
    'nl',
    'Rusland en Iran steunden samen het regime van Assad in de Syrische burgeroorlog.',
    ['syria'],
  ],
  ['nl', 'Rusland, Iran en Turkije zijn garantiemachten in het Astana-proces.', ['syria']],
  ['nl', 'Oekraïense drones troffen een Russische olieraffinaderij.', []],
  ['nl', "De Houthi's in Jemen vuurden Iraanse drones af op Israël.", []],
  ['nl', 'Rusland en Iran sloten een akkoord over gasleveringen.', []],
  ['nl', 'Iran versloeg Rusland in de finale van het WK worstelen.', []],
  ['nl', 'Rusland gaat Su-35-gevechtsvliegtuigen aan Iran verkopen.', []],
];

describe('Turkish, Indonesian and Dutch detection (default lexicons)', () => {
  for (const [lang, text, topics] of CASES) {
    it(`${lang}: ${text}`, () => {
      expect(detectTopics(text)).toEqual(topics);
    });
  }

  it('reads inflected and affixed forms through each language’s rules', () => {
    const m = compileLexicons(DEFAULT_LEXICONS);
    const term = (w: string): string | undefined => lookupWord(m, tokenize(w).norm[0] ?? '')?.term;
    // Turkish: dotted capital, case and tense endings, k -> ğ.
    expect(term('İran')).toBe('İran');
    expect(term('füzeleri')).toBe('füze');
    expect(term('gönderildi')).toBe('gönder');
    expect(term('desteği')).toBe('destek');
    expect(term('yaptırımları')).toBe('yaptırım');
    // Indonesian: passive and active prefixes, -an / -kan / -nya.
    expect(term('dipasok')).toBe('pasok');
    expect(term('menjual')).toBe('jual');
    expect(term('pengiriman')).toBe('kirim');
    expect(term('senjatanya')).toBe('senjata');
    // Dutch: adjective, plural and participle.
    expect(term('Iraanse')).toBe('iraans');
    expect(term('raketten')).toBe('raket');
    expect(term('gesteund')).toBe('steun');
    expect(term('sancties')).toBe('sanctie');
    // English words stay English.
    expect(term('meeting')).toBe('visit');
    expect(term('mention')).toBeUndefined();
  });

  it('names the matter in each language', () => {
    const ids = (text: string, topic: 'drones' | 'syria'): string[] =>
      classifyMatters({ text, topics: [topic] }).map((h) => h.id);
    expect(ids('Tahran, Moskova’ya İHA tedarik ettiği iddialarını yalanladı.', 'drones')).toContain(
      'D-DENIAL',
    );
    expect(
      ids("Rusya, İran tasarımı İHA'ları Tataristan'daki Alabuga fabrikasında üretiyor.", 'drones'),
    ).toContain('D-ALABUGA');
    expect(ids('Iran telah memasok ratusan drone Shahed kepada Rusia.', 'drones')).toContain(
      'D-SUPPLY',
    );
    expect(
      ids('Drone Shahed menghantam jaringan listrik di Kharkiv pada malam hari.', 'drones'),
    ).toContain('D-STRIKES');
    expect(
      ids('Rusia, Iran dan Turki menjadi negara penjamin dalam proses Astana.', 'syria'),
    ).toEqual(expect.arrayContaining(['S-ASTANA']));
    expect(ids('Iran heeft honderden Shahed-drones aan Rusland geleverd.', 'drones')).toContain(
      'D-SUPPLY',
    );
    expect(
      ids(
        'Rusland en Iran steunden samen het regime van Assad en hielden hem aan de macht.',
        'syria',
      ),
    ).toContain('S-JOINT-ASSAD');
  });
});
