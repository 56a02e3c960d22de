/**
 * A mention's own matter first (set j's and the used-up sets' misses, as classes): sanctions
 * lead the deeds they answer ("sanctions on the firm whose drones hit Kyiv"); a year in the
 * sentence decides between matters of different years; a mention's matter of another time
 * than its first one answers it only as context. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { corpus, fuseIndexJson } from '../../data/corpus';
import { classifyMatters, conceptsOf, yearsNamed } from '../../engine/matters/classify';
import { createRetriever } from '../../engine/retrieval/retriever';
import { D, S, describeMatterCues } from './matter-cue-cases';

describeMatterCues(
  'sanctions lead the deeds they answer',
  [
    [
      D,
      'Washington sanctioned two Iranian companies that make engines for the Shahed drones Russia launches at Ukrainian cities and power plants.',
      'D-SANCTIONS',
    ],
    [
      D,
      'Die EU verhängte Sanktionen gegen drei iranische Firmen, deren Drohnen Russland gegen ukrainische Städte und Kraftwerke einsetzt.',
      'D-SANCTIONS',
    ],
    [
      D,
      "L'Union européenne a sanctionné quatre entreprises iraniennes qui fabriquent les drones utilisés par la Russie pour frapper les villes ukrainiennes.",
      'D-SANCTIONS',
    ],
    [
      D,
      'Минфин США ввёл санкции против иранских компаний, поставляющих двигатели для дронов, которыми Россия атакует украинские города.',
      'D-SANCTIONS',
    ],
    [
      D,
      'Uni Eropa menjatuhkan sanksi kepada dua perusahaan Iran yang membuat drone yang dipakai Rusia untuk menyerang kota-kota Ukraina.',
      'D-SANCTIONS',
    ],
    // The strikes stay first where no sanction is said.
    [
      D,
      'Russia launched dozens of Iranian-made Shahed drones at Kyiv overnight, hitting power plants and homes.',
      'D-STRIKES',
    ],
  ],
  [
    // Targets picked for a strike are not a blacklisting.
    [
      D,
      'The ministry said Geran-2 drones struck energy facilities and all designated targets had been hit.',
      'D-SANCTIONS',
    ],
  ],
);

describe('a year in the sentence decides between matters of different years', () => {
  const ids = (text: string, topics = S) => classifyMatters({ text, topics }).map((h) => h.id);

  it('reads the years a sentence names, in any digits', () => {
    expect(yearsNamed('Putin flew to Tehran in November 2015 and again in 2022.')).toEqual([
      2015, 2022,
    ]);
    expect(yearsNamed('پوتین در سال ۲۰۱۵ به تهران رفت')).toEqual([2015]);
    expect(yearsNamed('पुतिन २०२२ में तेहरान गए')).toEqual([2022]);
    expect(yearsNamed('20150 Shaheds, flight 2015A, 1870')).toEqual([]);
  });

  it('puts the July 2022 visit last for a visit to Tehran in 2015', () => {
    const hits = ids(
      'In November 2015 Putin flew to Tehran and met Khamenei to coordinate their support for Assad.',
    );
    expect(hits).toContain('S-JOINT-ASSAD');
    expect(hits.at(-1)).toBe('X-TEHRAN-2022');
  });

  it('keeps the visit first when the sentence names its own year, or a year of no matter', () => {
    expect(ids('In July 2022 Putin flew to Tehran to meet Raisi and Khamenei.')[0]).toBe(
      'X-TEHRAN-2022',
    );
    expect(
      ids('Putin travelled to Tehran to meet Raisi, his first trip abroad since early 2020.')[0],
    ).toBe('X-TEHRAN-2022');
  });

  it('reads a military operation in Ukraine as the war there, not the 2015 intervention', () => {
    expect(
      ids(
        'Russia has been pulling some of its troops out of Syria to reinforce its military operation in Ukraine.',
      ),
    ).toEqual(['S-DRAWDOWN-2022']);
  });

  it('puts the 2015 intervention after the drawdown in a sentence set in 2022', () => {
    const hits = ids(
      'In March 2022 Russia began pulling troops out of Syria to reinforce its military operation in Ukraine, and Iran moved to fill the vacuum.',
    );
    expect(hits[0]).toBe('S-DRAWDOWN-2022');
  });
});

describe('a matter of another time than the mention’s first answers only as context', () => {
  const retriever = createRetriever(corpus, fuseIndexJson);
  const text =
    'Moscow, whose air campaign rescued Assad, has been pulling its troops out of Syria for the war in Ukraine, and Iran is moving in to fill the vacuum.';

  it('recognises both the drawdown and the intervention in the sentence', () => {
    const hits = classifyMatters({ text, topics: ['syria'] }).map((h) => h.id);
    expect(hits[0]).toBe('S-DRAWDOWN-2022');
    expect(hits).toContain('S-INTERVENTION-2015');
  });

  it('shows first no passage on the 2015 intervention, and marks those as context', () => {
    const res = retriever.forMention({ text, topics: ['syria'], terms: [] }).passages;
    expect(res[0]!.passage.matters).not.toContain('S-INTERVENTION-2015');
    for (const r of res.filter((x) => x.passage.matters[0] === 'S-INTERVENTION-2015')) {
      expect(r.match).toBe('context');
    }
  });
});

describe('a matter the corpus has nothing on: the passages closest to it first', () => {
  const retriever = createRetriever(corpus, fuseIndexJson);

  it('answers Russia’s drawdown, Iran filling the gap, with Iran’s forces in Syria', () => {
    const res = retriever.forMention({
      text: 'After invading Ukraine, Russia pulled some of its troops out of Syria, and Iran moved to fill the vacuum.',
      topics: ['syria'],
      terms: [],
    }).passages;
    expect(res[0]!.passage.matters).toContain('S-IRAN-FORCES');
  });
});

describeMatterCues(
  'another country’s intelligence is not the US warning',
  [
    [
      D,
      'US intelligence indicates that Iran is preparing to provide Russia with up to several hundred drones.',
      'D-US-INTEL',
    ],
    [
      D,
      'Jake Sullivan said Iran was preparing to give Russia several hundred drones.',
      'D-US-INTEL',
    ],
  ],
  [
    [
      D,
      'Britain’s Ministry of Defence said in an intelligence update that Russia had used up several hundred Shahed drones and has since been restocked.',
      'D-US-INTEL',
    ],
    [
      D,
      'Według ukraińskiego wywiadu Rosjanie montują już kilka tysięcy dronów Shahed miesięcznie.',
      'D-US-INTEL',
    ],
  ],
);

describe('Russia’s military operation in Ukraine is not its 2015 intervention in Syria', () => {
  it('names Ukraine, not an intervention, in every language with the phrase', () => {
    for (const text of [
      'Moscow pressed on with its special military operation in Ukraine.',
      'Moskau setzte seine militärische Spezialoperation in der Ukraine fort.',
      'Moscou a poursuivi son opération militaire spéciale en Ukraine.',
      'Moscú continuó su operación militar especial en Ucrania.',
    ]) {
      const concepts = conceptsOf(text);
      expect(concepts.has('intervention'), text).toBe(false);
      expect(concepts.has('ukraine'), text).toBe(true);
    }
  });

  it('puts the drawdown first where troops leave Syria for the operation in Ukraine', () => {
    expect(
      classifyMatters({
        text: 'Russland zieht Truppen aus Syrien ab, um seine Militäroperation in der Ukraine zu verstärken, und Iran füllt die Lücke.',
        topics: S,
      })[0]?.id,
    ).toBe('S-DRAWDOWN-2022');
  });
});
