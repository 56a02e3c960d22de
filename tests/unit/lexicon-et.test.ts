import { describe } from 'vitest';
import { itDetects, itResolvesFromDocument, itReadsStems, type Case } from './helpers/lexicon';

/** Estonian news sentences: on-topic first, then hard negatives. */
const CASES: Case[] = [
  ['Ukraina luure andmetel tarnis Teheran Moskvale uue partii ründedroone.', ['drones']],
  ['Vene väed ründasid öösel Harkivit Gerani-tüüpi droonidega.', ['drones']],
  ['Iraani instruktorid koolitasid okupeeritud Krimmis Vene sõdureid.', ['drones']],
  ['Jelabuga tehases toodetakse nüüd suurem osa Vene armee droonidest.', ['drones']],
  [
    'Euroopa Liit kehtestas Teheranile uued sanktsioonid ballistiliste rakettide tarnimise eest Kremlile.',
    ['drones'],
  ],
  ['Venelased ostsid iraanlastelt ka suurtükimürske.', ['drones']],
  ['Kiiev nimetab Iraani Venemaa sõjakuritegude kaasosaliseks.', ['drones']],
  [
    'Hezbollahi instruktorid koolitasid Süürias Vene operaatoreid Iraani droone kasutama.',
    ['drones'],
  ],
  [
    'Moskva ja Teheran päästsid 2015. aastal Bashar al-Assadi režiimi kokkuvarisemisest.',
    ['syria'],
  ],
  ['Järjekordne Süüria kõnelustevoor Astanas lõppes läbimurdeta.', ['syria']],
  ['2015. aasta juulis lendas Soleimani Moskvasse ja kohtus Putiniga.', ['syria']],
  ['Vene lennuvägi ja Iraani toetatud maaväed piirasid koos Aleppot.', ['syria']],
  // Hard negatives.
  ['Ukraina droonid ründasid öösel Rjazani naftatöötlemistehast.', []],
  [
    'Venemaa kutsus Iisraeli ja Iraani vaoshoitusele pärast Iraani droonide ja rakettide öist rünnakut.',
    [],
  ],
  ['Sudaani armee kasutab Iraani Mohajer-6 droone, mässulisi toetavad aga Vene palgasõdurid.', []],
  [
    'Iraani president saabus Astanasse Šanghai Koostööorganisatsiooni tippkohtumisele ja kohtus Putiniga.',
    [],
  ],
  ['Pärast maavärinat saatsid Venemaa ja Iraan Aleppo elanikele humanitaarabi.', []],
  ['Venemaa müüb Iraanile Su-35 hävitajaid.', []],
];

describe('Estonian lexicon', () => {
  itDetects('et', CASES);

  itResolvesFromDocument(
    'resolves "both countries" from the document',
    [
      'Iraan ja Venemaa süvendavad sõjalist koostööd.',
      'Mõlemad riigid eitavad aga relvatarneid ja relvade müüki.',
    ],
    ['drones'],
  );

  itReadsStems('reads stems through case endings and compounds', [
    ['ründedroone', 'droon'],
    ['suurtükimürske', 'mürsk'],
    ['kaasosaliseks', 'kaasosalus'],
    ['astanas', 'astana'],
  ]);
});
