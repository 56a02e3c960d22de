/**
 * Matters said in general words (set h's English misses, as classes): a denial, sanctions, a
 * rivalry or the toll of the strikes must be the mention's first matter even when no word of
 * the matter's own name is used, and a generic drone word must not lead a sentence whose own
 * matter is said around it. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { classifyMatters, conceptsOf } from '../../engine/matters/classify';
import { D, S, describeMatterCues } from './matter-cue-cases';

describeMatterCues(
  'English, matters in general words',
  [
    // 1. Denials without "deny"
    [
      D,
      'A Foreign Ministry spokesman said Tehran’s defence ties with Moscow were not aimed at any third country and had nothing to do with the war.',
      'D-DENIAL',
    ],
    [
      D,
      'Lavrov said Western capitals could not present any facts about Iranian drones being delivered to Russia.',
      'D-DENIAL',
    ],
    [
      D,
      'Iran’s mission to the UN said there was no evidence that drones of Iranian origin had been used in Ukraine.',
      'D-DENIAL',
    ],
    // The phrase forms kept where the bare words went ("any facts", "entity").
    [
      D,
      'Lavrov said the West cannot present any facts about Iranian drones in Russia.',
      'D-DENIAL',
    ],
    [
      D,
      'Tehran said that if they have any documents showing Russia used Iranian drones, Kyiv should hand them over.',
      'D-DENIAL',
    ],
    [
      D,
      'The EU agreed measures on three individuals and one entity accused of supplying drones to Russia.',
      'D-SANCTIONS',
    ],
    // 2. Sanctions without "sanctions"
    [
      D,
      'Brussels added three Iranian firms and a front company in the Emirates to the list over drones supplied to Russia.',
      'D-SANCTIONS',
    ],
    [
      D,
      'The new EU measures hit the IRGC commander who oversaw the drone deliveries to Russia.',
      'D-SANCTIONS',
    ],
    [
      D,
      'London imposed a travel ban on four Iranian officials linked to the drone shipments to Russia.',
      'D-SANCTIONS',
    ],
    [
      D,
      'The bloc agreed measures on three individuals and one shell company accused of supplying attack drones to Russia for use against Ukrainian targets.',
      'D-SANCTIONS',
    ],
    // 3. Rivalry without "rivalry"
    [
      S,
      'Russian firms are vying with Iranian companies for contracts to rebuild Syria’s power stations.',
      'S-FRICTION',
    ],
    [
      S,
      'Moscow has tried to edge out Tehran from Syria’s phosphate mines and its reconstruction deals.',
      'S-FRICTION',
    ],
    [
      S,
      'The Kremlin works to keep Tehran from winning investment contracts in post-war Syria.',
      'S-FRICTION',
    ],
    [
      S,
      'Moscow opposes the Iranian presence near the Golan, while Damascus calls it an internal matter.',
      'S-FRICTION',
    ],
    // 4. The toll of the strikes
    [
      D,
      'The destruction caused by Iranian drones to Ukraine’s civilian infrastructure has left millions in the cold.',
      'D-STRIKES',
    ],
    [
      D,
      'Iranian-made drones have caused dozens of deaths and heavy damage in Odesa this month.',
      'D-STRIKES',
    ],
  ],
  [
    // A hedge or a claim is not a denial.
    [
      D,
      'US officials said it was highly likely that Iran would send more drones to Russia.',
      'D-DENIAL',
    ],
    [D, 'EU ministers discussed the alleged transfer of Iranian drones to Russia.', 'D-DENIAL'],
    [
      D,
      'Ukrainian investigators presented evidence that the downed drones were Iranian Shaheds.',
      'D-DENIAL',
    ],
    [
      D,
      'For the first time, the EU added third-country entities to its dual-use sanctions over drones for Russia.',
      'D-DENIAL',
    ],
    [
      D,
      'Rescuers said the world’s help is run by interests that have nothing to do with the victims of the drones.',
      'D-DENIAL',
    ],
    // The weapon's name is not a strike, nor is its origin a matter of its design.
    [D, 'Iran has supplied Russia with hundreds of attack drones since the summer.', 'D-STRIKES'],
    [D, 'Russia has bought Iranian-designed drones from Tehran.', 'D-DRONE-TECH'],
    // Neutrality claimed is a posture, not a denial of the deliveries.
    [D, 'In the first months of the war, Tehran presented itself as a neutral party.', 'D-DENIAL'],
    // Working side by side is not a rivalry; a cold winter is not a sanction.
    [S, 'Russian and Iranian officers coordinate closely on the ground in Aleppo.', 'S-FRICTION'],
    [D, 'Families freeze in the dark after drones knocked out heating in Kharkiv.', 'D-SANCTIONS'],
    // Words common outside the matter: evidence offered, a state body, a gain or loss in war,
    // harm to relations.
    [
      D,
      'Ukraine said it would share any evidence of Iranian drones in Russia with its allies.',
      'D-DENIAL',
    ],
    [
      D,
      'Kyiv asked its partners to pass on any documents about Iranian drone shipments to Russia.',
      'D-DENIAL',
    ],
    [
      D,
      'Zelensky promised to publish any facts about Iranian instructors helping Russia launch drones.',
      'D-DENIAL',
    ],
    [D, 'Rostec, the Russian state entity, will assemble Iranian drones.', 'D-SANCTIONS'],
    [
      D,
      'A Russian state-owned entity runs the plant that builds Iranian drones at Alabuga.',
      'D-SANCTIONS',
    ],
    [S, 'Russia and Iran propped up Assad at the expense of the Syrian opposition.', 'S-FRICTION'],
    [
      S,
      'Iran won influence in Syria at the expense of the rebels, under Russian air cover.',
      'S-FRICTION',
    ],
    [S, 'Iran and Russia helped Assad shut out rebel supply lines.', 'S-FRICTION'],
    [
      S,
      'The rebels lost out when Russian jets and Iranian militias cut the Aleppo road.',
      'S-FRICTION',
    ],
    [D, 'The drone deliveries are damaging relations between Kyiv and Tehran.', 'D-STRIKES'],
  ],
);

describe('general words that name no concept of the strikes', () => {
  it('harm to relations is no strike, nor hardship a civilian toll', () => {
    for (const text of [
      'The drone deliveries are damaging relations between Kyiv and Tehran.',
      'Tehran’s drone deliveries to Russia damaged its ties with Europe.',
      'The suffering of ordinary Iranians grew as Tehran sold drones to Russia.',
    ]) {
      const concepts = [...conceptsOf(text).keys()];
      expect(concepts, text).not.toContain('strike');
      expect(concepts, text).not.toContain('civilian');
    }
  });

  it('still reads heavy damage from the drones as their toll', () => {
    expect([...conceptsOf('Iranian drones caused heavy damage in Odesa.').keys()]).toContain(
      'strike',
    );
  });
});

describeMatterCues(
  'other languages, matters in general words',
  [
    [S, 'רוסיה מתנגדת לנוכחות האיראנית בדרום סוריה, ודמשק מתעקשת שזה עניין פנימי.', 'S-FRICTION'],
    [
      D,
      'Лавров заявил, что у Запада нет доказательств поставок иранских дронов в Россию.',
      'D-DENIAL',
    ],
    [
      D,
      'Евросоюз внёс в список подставную компанию, закупавшую двигатели для дронов.',
      'D-SANCTIONS',
    ],
    [
      D,
      'Selon Téhéran, il n’existe aucune preuve que des drones iraniens aient été livrés à Moscou.',
      'D-DENIAL',
    ],
    [
      D,
      'Berlin verhängte ein Einreiseverbot gegen drei Iraner, die an Drohnenlieferungen an Russland beteiligt waren.',
      'D-SANCTIONS',
    ],
    [
      S,
      'In Syrien buhlen russische und iranische Firmen um Aufträge für den Wiederaufbau.',
      'S-FRICTION',
    ],
    [
      D,
      'La destruction causée par les drones iraniens aux infrastructures civiles ukrainiennes est immense.',
      'D-STRIKES',
    ],
  ],
  [
    [
      D,
      'Kyjiw legte Beweise vor, dass die abgeschossenen Drohnen iranische Shaheds waren.',
      'D-DENIAL',
    ],
  ],
);

describe('matters said around a vague sentence', () => {
  const first = (text: string, context: string) =>
    classifyMatters({ text, context, topics: ['drones'] })[0]?.id;

  it('a firm’s drone design and sales, sanctioned around it, is about the sanctions', () => {
    expect(
      first(
        'It said the firm oversees Iran’s design, manufacture and sale of drones later passed on to Russia.',
        'The Treasury blacklisted a front company of Iran’s defence ministry. It said the firm oversees Iran’s design, manufacture and sale of drones later passed on to Russia.',
      ),
    ).toBe('D-SANCTIONS');
  });

  it('attack drones, with a wave of sanctions feared around them, are about the sanctions', () => {
    expect(
      first(
        'Iran has supplied Russia with attack drones.',
        'Iran has supplied Russia with attack drones. Tehran has heeded warnings that sending more would set off a wave of sanctions.',
      ),
    ).toBe('D-SANCTIONS');
  });

  it('breaking off relations over the drones’ toll names the strikes too', () => {
    const hits = classifyMatters({
      text: 'Kyiv broke off diplomatic relations with Tehran, citing the deaths and destruction Iranian drones caused to civil infrastructure.',
      topics: ['drones'],
    }).map((h) => h.id);
    expect(hits.slice(0, 2)).toEqual(expect.arrayContaining(['D-UKR-DIPLO', 'D-STRIKES']));
  });
});
