import { describe, expect, it } from 'vitest';
import { DEFAULT_LEXICONS, detectTopics } from '../../engine/detect';
import { compileLexicons, lookupWord } from '../../engine/lexicon/compile';
import { EXTRA_LEXICONS_3 } from '../../engine/lexicon/extra';
import { itDetects, lastBlockTopics, type Case } from './lexicon-stage-check';

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
  itDetects(CASES, EXTRA_LEXICONS_3);

  it('resolves "both countries" from the document', () => {
    const denial = 'Mõlemad riigid eitavad aga relvatarneid ja relvade müüki.';
    expect(detectTopics(denial)).toEqual([]);
    expect(lastBlockTopics(['Iraan ja Venemaa süvendavad sõjalist koostööd.', denial])).toEqual([
      'drones',
    ]);
  });

  it('reads stems through case endings and compounds', () => {
    const m = compileLexicons(DEFAULT_LEXICONS);
    expect(lookupWord(m, 'ründedroone')?.term).toBe('droon');
    expect(lookupWord(m, 'suurtükimürske')?.term).toBe('mürsk');
    expect(lookupWord(m, 'kaasosaliseks')?.term).toBe('kaasosalus');
    expect(lookupWord(m, 'astanas')?.term).toBe('astana');
  });
});
