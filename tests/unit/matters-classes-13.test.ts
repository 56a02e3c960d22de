/**
 * A mention's own matter first (set r's and the used-up sets' misses, as classes): HTS, formed
 * in 2017, dates a rebel offensive after the 2015 intervention; a summit of the three on Syria
 * is the Astana format wherever it meets; buyers abroad drawn by the drones' war record are
 * what Iran gains; a pullout that "opened the way" for the other's forces is the drawdown;
 * Syria's own air force is not Russia's campaign; Israel named beside another story is not
 * its strikes in Syria, nor its stance on Ukraine; "back Assad" is backing him. Sentences
 * written for this test.
 */
import { describe, expect, it } from 'vitest';
import { corpus, fuseIndexJson } from '../../data/corpus';
import { classifyMatters } from '../../engine/matters/classify';
import { createRetriever } from '../../engine/retrieval/retriever';
import { D, S, describeMatterCues } from './matter-cue-cases';

describeMatterCues(
  'HTS dates a rebel offensive after 2015',
  [
    [
      S,
      'HTS launched a lightning push on Hama, and Russian airstrikes could not save the regime.',
      'S-FALL-2024',
    ],
    [
      S,
      'As Hayat Tahrir al-Sham fighters advanced, Russian warplanes bombed the roads to shore up the army.',
      'S-FALL-2024',
    ],
  ],
  [
    // Without HTS, Russia's jets propping up Assad are still the intervention.
    [S, 'Russian warplanes bombed rebel-held towns to prop up Assad’s army.', 'S-FALL-2024'],
    [S, 'Russia’s air campaign in 2015 shored up Assad against the rebels.', 'S-FALL-2024'],
  ],
);

describeMatterCues(
  'Russia’s warplanes striking the rebels are its intervention',
  [
    [
      S,
      'For a year Russian jets have pounded the insurgents fighting Assad’s regime, not just ISIS.',
      'S-INTERVENTION-2015',
    ],
    [
      S,
      'Russian bombers struck rebel positions around Idlib to help the army advance.',
      'S-INTERVENTION-2015',
    ],
    // Dated 2024, the same strikes are the offensive that toppled Assad.
    [
      S,
      'Russian airstrikes failed to stop the rebel offensive on Aleppo in late 2024.',
      'S-FALL-2024',
    ],
  ],
  [
    // The rebels alone are not it.
    [
      S,
      'The rebels accused Russia and Iran of propping up a murderous regime.',
      'S-INTERVENTION-2015',
    ],
  ],
);

describe('HTS named: the 2015 intervention is of another time', () => {
  it('ranks the intervention after the matters of the offensive', () => {
    const ids = classifyMatters({
      text: 'Fighters of Hayat Tahrir al-Sham swept into Aleppo as Russian jets and Iran-backed militias failed to shore up the army.',
      topics: ['syria'],
    }).map((h) => h.id);
    expect(ids[0]).not.toBe('S-INTERVENTION-2015');
    expect(ids).toContain('S-FALL-2024');
  });
  it('but the same words without HTS keep it first', () => {
    const ids = classifyMatters({
      text: 'Russian jets pounded the rebels in Aleppo to shore up the army.',
      topics: ['syria'],
    }).map((h) => h.id);
    expect(ids[0]).toBe('S-INTERVENTION-2015');
  });
});

describeMatterCues(
  'a summit of the three on Syria is the Astana format',
  [
    [S, 'At the Tehran summit on Syria, Rouhani hosted Putin and Erdogan.', 'S-ASTANA'],
    [S, 'The three presidents discussed the Syrian settlement in Ankara on Wednesday.', 'S-ASTANA'],
    [
      S,
      'The talks in Kazakhstan ended with the guarantor states pledging to keep the ceasefire.',
      'S-ASTANA',
    ],
  ],
  [
    // Putin's own 2022 trip to Tehran stays that visit.
    [S, 'Putin visited Tehran in July 2022, meeting Raisi and Erdogan.', 'S-ASTANA'],
    [S, 'Putin and Rouhani met in Moscow to discuss trade and gas.', 'S-ASTANA'],
  ],
);

describeMatterCues(
  'buyers drawn by the drones’ war record are what Iran gains',
  [
    [
      D,
      'Tehran says dozens of countries are lining up to buy its drones now that they are combat-proven in Ukraine.',
      'D-IRAN-STAKES',
    ],
    [
      D,
      'Export demand for Iran’s Shaheds has soared since the drones proved themselves over Ukrainian cities, boosting Tehran’s prestige.',
      'D-IRAN-STAKES',
    ],
    [
      D,
      'International interest in Iranian drones has grown since they were proven in the war, officials said; Moscow has relied on them for a year.',
      'D-IRAN-STAKES',
    ],
  ],
  [
    [D, 'Russia wants to buy more Iranian drones for the winter.', 'D-IRAN-STAKES'],
    [D, 'Iran’s arms sales to Russia include hundreds of Shahed drones.', 'D-IRAN-STAKES'],
  ],
);

describeMatterCues(
  'a pullout that opened the way for the other’s forces is the drawdown',
  [
    [
      S,
      'A drawdown of Russian troops in the south has opened the way for pro-Iranian militias to move in.',
      'S-DRAWDOWN-2022',
    ],
    [
      S,
      'Russia’s pullout from bases in the east paved the way for Iran-backed groups.',
      'S-DRAWDOWN-2022',
    ],
  ],
  [
    // Syria's own air force is not Russia's campaign.
    [
      S,
      'Syrian Air Force Intelligence, the branch most loyal to Tehran, is heavily deployed in Daraa.',
      'S-INTERVENTION-2015',
    ],
    [S, 'The deal paved the way for new talks between Moscow and Tehran.', 'S-DRAWDOWN-2022'],
  ],
);

describeMatterCues(
  'Israel named beside another story is not its strikes, nor its stance on Ukraine',
  [
    [
      S,
      'Putin courted Netanyahu even as Iran and Russia back Assad in the civil war.',
      'S-JOINT-ASSAD',
    ],
    [
      S,
      'Russia and Iran continue to back the Syrian government, though Israel worries Moscow.',
      'S-JOINT-ASSAD',
    ],
    // Israel against Iran's presence in Syria, or Russia keeping Iran off its border, still is.
    [
      S,
      'Netanyahu told Putin that Israel would not let Iran entrench militarily in Syria.',
      'S-ISRAEL-STRIKES',
    ],
    [
      S,
      'Moscow promised to keep Iranian forces away from the border with Israel.',
      'S-ISRAEL-STRIKES',
    ],
    [
      S,
      'The Kremlin promised Israel that pro-Iranian units would stay 80 kilometres from the armistice lines.',
      'S-ISRAEL-STRIKES',
    ],
    [
      D,
      'Israel refuses to send air defence systems to Ukraine despite the Iranian drones.',
      'D-ISRAEL-UKRAINE',
    ],
  ],
  [
    [
      S,
      'Putin courted Netanyahu even as Iran and Russia back Assad in the civil war.',
      'S-ISRAEL-STRIKES',
    ],
    [
      S,
      'Assad fell as Iran was tied up with Israel and Russia with Ukraine, analysts said.',
      'S-ISRAEL-STRIKES',
    ],
    [
      D,
      'Iran’s drones also threaten Israel, which Tehran has vowed to destroy.',
      'D-ISRAEL-UKRAINE',
    ],
    // "Back" alone is not backing.
    [S, 'Critics say the West should back the Syrian rebels instead.', 'S-JOINT-ASSAD'],
  ],
);

describeMatterCues(
  'debris that falls, smashes or burns is an attack’s damage, not its proof',
  [
    [
      D,
      'A window on the ninth floor of a block in Kyiv was smashed by wreckage from a Shahed around midnight, the mayor said.',
      'D-STRIKES',
    ],
    [D, 'Falling debris from a downed drone damaged two houses in Odesa overnight.', 'D-STRIKES'],
    [
      D,
      'Debris fell on a kindergarten in Kharkiv after air defences shot down Shaheds.',
      'D-UKR-DEFENCE',
    ],
  ],
  [
    [
      D,
      'A window on the ninth floor of a block in Kyiv was smashed by wreckage from a Shahed around midnight, the mayor said.',
      'D-IDENTIFIED',
    ],
    [
      D,
      'Falling debris from a downed drone damaged two houses in Odesa overnight.',
      'D-IDENTIFIED',
    ],
    // Wreckage examined, or bearing markings, still proves where the drone came from.
    [
      D,
      'Investigators examined the wreckage of a downed drone and found Iranian markings.',
      'D-STRIKES',
    ],
    [D, 'Wreckage from a Shahed bore Iranian markings and Russian lettering.', 'D-STRIKES'],
  ],
);

describe('the first passage shown for these classes', () => {
  const retriever = createRetriever(corpus, fuseIndexJson);
  const cases: Array<[string, 'drones' | 'syria', string]> = [
    [
      'At the summit on Syria in Tehran with Erdogan, Putin said his officers keep in touch with Iran’s, and Rouhani agreed.',
      'syria',
      'S-ASTANA',
    ],
    [
      'Dozens of countries are lining up to buy Iran’s drones now that they are combat-proven in Ukraine.',
      'drones',
      'D-IRAN-STAKES',
    ],
    [
      'Putin kept close ties with Netanyahu, but Iran and Russia back Assad in the civil war.',
      'syria',
      'S-JOINT-ASSAD',
    ],
  ];
  it.each(cases)('%s → a passage on %s first', (text, topic, id) => {
    const res = retriever.forMention({ text, context: text, topics: [topic], terms: [] });
    expect(res.matters[0]?.id).toBe(id);
    expect(res.passages[0]!.passage.matters).toContain(id);
  });
});
