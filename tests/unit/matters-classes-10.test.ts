/**
 * A mention's own matter first (set l's and the used-up sets' misses, as classes): the time a
 * text tells is its years and the terms of the Iranian presidents it names, so Putin meeting
 * Rouhani is not the July 2022 visit to Tehran, and Raisi is not the 2015 intervention.
 * Troops, deployments and a military presence in Syria are not by themselves the 2015
 * intervention (bases, patrols, the drawdown); troops sent to Syria and 2015 still are.
 * Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { corpus, fuseIndexJson } from '../../data/corpus';
import { classifyMatters, conceptsOf } from '../../engine/matters/classify';
import { createRetriever } from '../../engine/retrieval/retriever';
import { S, describeMatterCues } from './matter-cue-cases';

const ids = (text: string) => classifyMatters({ text, topics: S }).map((h) => h.id);

describeMatterCues(
  'a summit with Rouhani is not the July 2022 visit to Tehran',
  [
    [
      S,
      'Putin met Rouhani and Erdogan to agree on a de-escalation zone in Idlib, the last rebel stronghold.',
      'S-ASTANA',
    ],
    [
      S,
      'Путин встретился с Роухани и Эрдоганом, чтобы договориться о зоне деэскалации в Идлибе.',
      'S-ASTANA',
    ],
    [
      S,
      "Poutine a rencontré Rohani et Erdogan pour s'entendre sur une zone de désescalade à Idlib.",
      'S-ASTANA',
    ],
    [
      S,
      'Putin traf Ruhani und Erdogan, um sich auf eine Deeskalationszone in Idlib zu einigen.',
      'S-ASTANA',
    ],
    [S, 'التقى بوتين الرئيس روحاني وأردوغان للاتفاق على منطقة خفض التصعيد في إدلب.', 'S-ASTANA'],
    [
      S,
      "Putin, Ruhani ve Erdoğan ile İdlib'deki çatışmasızlık bölgesi üzerinde anlaşmak için bir araya geldi.",
      'S-ASTANA',
    ],
  ],
  [],
);

describe('the time a text tells: its years and its leaders’ terms', () => {
  it('names each president’s term in every language, and keeps him an Iranian leader', () => {
    for (const [text, term] of [
      ['Putin met Rouhani.', 'pres_rouhani'],
      ['Путин встретился с Раиси.', 'pres_raisi'],
      ['پوتین با مسعود پزشکیان دیدار کرد.', 'pres_pezeshkian'],
      ['Poutine a reçu Ahmadinejad.', 'pres_ahmadinejad'],
      ['पुतिन ने रईसी से मुलाकात की।', 'pres_raisi'],
    ] as const) {
      const concepts = conceptsOf(text);
      expect(concepts.has(term), text).toBe(true);
      expect(concepts.has('iran_leader'), text).toBe(true);
    }
  });

  it('puts the July 2022 visit last for a visit to Tehran under Rouhani', () => {
    for (const text of [
      'In Tehran, Putin and Rouhani pledged to keep backing Assad together against the rebels.',
      'В Тегеране Путин и Роухани пообещали и дальше вместе поддерживать Асада.',
    ]) {
      const hits = ids(text);
      expect(hits[0], text).toBe('S-JOINT-ASSAD');
    }
    const hits = ids(
      'Putin flew to Tehran to meet Rouhani and Khamenei and coordinate their support for Assad.',
    );
    expect(hits).toContain('S-JOINT-ASSAD');
    expect(hits.at(-1)).toBe('X-TEHRAN-2022');
  });

  it('puts the 2015 intervention last beside Raisi, the visit of his time first', () => {
    for (const text of [
      'Raisi hosted Putin in Tehran and praised the Russian military intervention and air campaign that had rescued Assad.',
      'Во время визита Путина в Тегеран Раиси похвалил российские авиаудары, которые спасли Асада.',
      'Lors de la visite de Poutine à Téhéran, Raïssi a salué la campagne aérienne russe qui a sauvé Assad.',
    ]) {
      const hits = ids(text);
      expect(hits[0], text).toBe('X-TEHRAN-2022');
      expect(hits.at(-1), text).toBe('S-INTERVENTION-2015');
    }
  });

  it('keeps a matter whose year the text names, beside a leader of another time', () => {
    // A year and a term both tell the time: neither overrules the other.
    const hits = ids(
      'Former president Rouhani said Putin’s July 2022 visit to Tehran undid what the 2015 intervention had built.',
    );
    expect(hits[0]).toBe('X-TEHRAN-2022');
    expect(hits).toContain('S-INTERVENTION-2015');
  });

  it('keeps a matter of the leader’s own term first', () => {
    expect(ids('Putin flew to Tehran for a summit with Raisi and Erdogan.')[0]).toBe(
      'X-TEHRAN-2022',
    );
    expect(
      ids('Rouhani offered Russian bombers the Hamadan air base for their strikes in Syria.')[0],
    ).toBe('S-HAMADAN');
  });
});

describe('the passage shown first for a summit with Rouhani', () => {
  const retriever = createRetriever(corpus, fuseIndexJson);

  it('is on the Astana talks, not the July 2022 visit', () => {
    for (const text of [
      'Putin met Erdogan and Rouhani to agree on a de-escalation zone in Idlib, the last rebel stronghold.',
      'التقى بوتين الرئيس روحاني وأردوغان للاتفاق على منطقة خفض التصعيد في إدلب.',
    ]) {
      const res = retriever.forMention({ text, topics: ['syria'], terms: [] }).passages;
      expect(res[0]!.passage.matters[0], text).toBe('S-ASTANA');
    }
  });
});

describeMatterCues(
  'troops and deployments in Syria are not by themselves the 2015 intervention',
  [
    [
      S,
      'Russian troops deployed in Syria were gradually pulled out to fight in Ukraine.',
      'S-DRAWDOWN-2022',
    ],
    [
      S,
      'Die in Syrien stationierten russischen Truppen wurden abgezogen, um in der Ukraine zu kämpfen.',
      'S-DRAWDOWN-2022',
    ],
    [
      S,
      'Les troupes russes déployées en Syrie ont été retirées pour combattre en Ukraine.',
      'S-DRAWDOWN-2022',
    ],
    [
      S,
      'Las tropas rusas desplegadas en Siria fueron retiradas para combatir en Ucrania.',
      'S-DRAWDOWN-2022',
    ],
    [
      S,
      'Российские войска, развернутые в Сирии, были выведены для войны на Украине.',
      'S-DRAWDOWN-2022',
    ],
    [
      S,
      'The Russian pullout left positions near Palmyra that Iranian-backed militias took over.',
      'S-DRAWDOWN-2022',
    ],
    [S, 'سحبت روسيا قواتها المنتشرة في سوريا للقتال في أوكرانيا.', 'S-DRAWDOWN-2022'],
    [
      S,
      'Russia entered the war in Syria in September 2015 and its air campaign saved Assad.',
      'S-INTERVENTION-2015',
    ],
    [S, 'In 2015 Moscow deployed troops to Syria.', 'S-INTERVENTION-2015'],
    [S, 'Putin decided to deploy troops to Syria that summer.', 'S-INTERVENTION-2015'],
    [S, 'Putin beschloss, Truppen nach Syrien zu schicken.', 'S-INTERVENTION-2015'],
    [S, 'Putin decidió enviar tropas a Siria.', 'S-INTERVENTION-2015'],
    [
      S,
      '2015 schickte Moskau Truppen nach Syrien und griff in den Krieg ein.',
      'S-INTERVENTION-2015',
    ],
    [S, 'En 2015, la Russie a déployé des troupes en Syrie.', 'S-INTERVENTION-2015'],
    [S, 'В 2015 году Россия вмешалась в войну в Сирии.', 'S-INTERVENTION-2015'],
    [S, 'في عام 2015 تدخلت روسيا عسكريا في سوريا لإنقاذ الأسد.', 'S-INTERVENTION-2015'],
  ],
  [
    [S, 'Russian troops patrol the Turkish border in northern Syria.', 'S-INTERVENTION-2015'],
    [S, 'Russia keeps thousands of troops deployed at its bases in Syria.', 'S-INTERVENTION-2015'],
    [S, 'Russische Truppen sind in Syrien stationiert.', 'S-INTERVENTION-2015'],
    [S, 'Des troupes russes patrouillent dans le nord de la Syrie.', 'S-INTERVENTION-2015'],
    [S, 'Tropas rusas patrullan el norte de Siria.', 'S-INTERVENTION-2015'],
    [S, 'Российские войска патрулируют север Сирии.', 'S-INTERVENTION-2015'],
    [S, 'Российские военные продолжают развертывание в Сирии.', 'S-INTERVENTION-2015'],
    [S, 'قوات روسية تسير دوريات في شمال سوريا.', 'S-INTERVENTION-2015'],
    [S, 'Rus askerleri Suriye’nin kuzeyinde konuşlandırıldı.', 'S-INTERVENTION-2015'],
    [S, 'Le truppe russe schierate in Siria pattugliano il nord.', 'S-INTERVENTION-2015'],
    [S, 'Rosyjskie wojska stacjonują w Syrii.', 'S-INTERVENTION-2015'],
    [S, 'Російські війська патрулюють північ Сирії.', 'S-INTERVENTION-2015'],
    [S, 'نیروهای روسی در شمال سوریه گشت‌زنی می‌کنند.', 'S-INTERVENTION-2015'],
    [S, 'Russische troepen zijn in Syrië gestationeerd.', 'S-INTERVENTION-2015'],
    [S, 'Tropas russas patrulham o norte da Síria.', 'S-INTERVENTION-2015'],
    [
      S,
      'Iran and Russia back a political solution in Syria without foreign intervention.',
      'S-INTERVENTION-2015',
    ],
    [
      S,
      'Иран и Россия выступают за политическое решение в Сирии без иностранного вмешательства.',
      'S-INTERVENTION-2015',
    ],
    [S, 'تدعم إيران وروسيا حلا سياسيا في سوريا دون تدخل أجنبي.', 'S-INTERVENTION-2015'],
    [
      S,
      'Irán y Rusia apoyan una solución política en Siria sin intervención extranjera.',
      'S-INTERVENTION-2015',
    ],
  ],
);
