/**
 * Second round of set p's classes: the fall of Assad told without rebel or fall words; a year
 * beside a summit or an intervention dates it even far from any dated matter's year; "neither
 * party has commented" is no denial; a bare "zarif" (Turkish "elegant", Arabic/Persian "witty")
 * is not Iran's foreign minister. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { classifyMatters, conceptsOf } from '../../engine/matters/classify';
import { D, S, describeMatterCues } from './matter-cue-cases';

describeMatterCues(
  'the fall of Assad without rebel or fall words',
  [
    [
      S,
      'Russia has kept its two bases on the coast even after Assad fled to Moscow.',
      'S-FALL-2024',
    ],
    [S, 'Iran lost its land corridor since the regime collapsed in December.', 'S-FALL-2024'],
    [S, 'Moscow is negotiating with the new authorities in Damascus over Hmeimim.', 'S-FALL-2024'],
    [S, 'The HTS-led government asked Russian officers to leave Tartus.', 'S-FALL-2024'],
    [S, 'Russian diplomats met al-Sharaa to discuss the bases.', 'S-FALL-2024'],
    [
      S,
      'Moskau verhandelt mit den neuen Machthabern in Damaskus über die Stützpunkte.',
      'S-FALL-2024',
    ],
    [
      S,
      'Moscou négocie avec les nouvelles autorités de Damas le sort de ses bases.',
      'S-FALL-2024',
    ],
    [
      S,
      'Moscú negocia con las nuevas autoridades de Damasco el futuro de sus bases.',
      'S-FALL-2024',
    ],
    [S, 'Москва ведёт переговоры с новыми властями Дамаска о судьбе баз.', 'S-FALL-2024'],
    [S, 'Moskova, Şam’daki yeni yönetim ile üsler konusunda görüşüyor.', 'S-FALL-2024'],
    [S, 'تتفاوض موسكو مع السلطات الجديدة في دمشق بشأن القواعد.', 'S-FALL-2024'],
  ],
  [
    [S, 'Russian jets bombed rebels near Idlib in 2016.', 'S-FALL-2024'],
    [S, 'The rouble collapsed as Russia kept its bases in Syria.', 'S-FALL-2024'],
    [S, 'The new authorities in Kyiv asked for air defence.', 'S-FALL-2024'],
  ],
);

describeMatterCues(
  'a year beside a summit dates it, far from any dated matter',
  [
    [S, 'Putin flew to the 2018 Tehran summit to discuss the Astana talks.', 'S-ASTANA'],
    [
      S,
      'Putin reiste 2018 zum Gipfel nach Teheran, um über die Astana-Gespräche zu sprechen.',
      'S-ASTANA',
    ],
    [
      S,
      "Poutine s'est rendu au sommet de Téhéran en 2018 pour parler des pourparlers d'Astana.",
      'S-ASTANA',
    ],
  ],
  [],
);

const first = (text: string, topics: typeof D) => classifyMatters({ text, topics })[0]?.id;

describe('a year beside a summit or an intervention dates it (no other matter)', () => {
  it('a year near no event word still tells nothing ("since 2019")', () => {
    expect(first('Putin visited Tehran in July; ties have grown since 2019.', S)).toBe(
      'X-TEHRAN-2022',
    );
  });
  it('the 2022 summit stays the July 2022 visit', () => {
    expect(first('At the 2022 Tehran summit Putin met Khamenei.', S)).toBe('X-TEHRAN-2022');
  });
});

describeMatterCues(
  'no comment is no denial',
  [[D, 'Iran denied sending drones; neither party has commented since.', 'D-DENIAL']],
  [
    [D, 'Neither party has commented on the reports about the drones.', 'D-DENIAL'],
    [D, 'Neither party has confirmed the drone deliveries.', 'D-DENIAL'],
  ],
);

describe('zarif needs a first name or a title in Turkish, Arabic and Persian', () => {
  const names = (t: string) => conceptsOf(t).has('fm_zarif');
  it.each([
    'Dışişleri Bakanı Cevad Zarif Moskova’yı ziyaret etti.',
    'İran Dışişleri Bakanı Zarif açıklama yaptı.',
    'وزير الخارجية محمد جواد ظريف زار موسكو.',
    'وزير الخارجية ظريف زار موسكو.',
    'محمد جواد ظریف به مسکو سفر کرد.',
    'وزیر امور خارجه ظریف به مسکو رفت.',
    'Foreign Minister Zarif visited Moscow.',
  ])('names him: %s', (t) => expect(names(t)).toBe(true));
  it.each([
    'Zarif bir tasarımla üretilen insansız hava araçları Rusya’ya gönderildi.',
    'قال رجل ظريف إن المسيرات وصلت إلى روسيا.',
    'یک مرد ظریف گفت پهپادها به روسیه رسیدند.',
  ])('does not: %s', (t) => expect(names(t)).toBe(false));
});

describe("a passage's own year rules out a dated matter's label", () => {
  const text = 'In 2016 the rebels nearly toppled the regime before Russian jets struck them.';
  it('a passage of 2016 is not labelled with the fall of 2024', () => {
    expect(classifyMatters({ text, ownTimeOnly: true }).map((h) => h.id)).not.toContain(
      'S-FALL-2024',
    );
  });
  it('a mention keeps it, after the matters of its own time', () => {
    const ids = classifyMatters({ text }).map((h) => h.id);
    expect(ids).toContain('S-FALL-2024');
    expect(ids[ids.length - 1]).toBe('S-FALL-2024');
  });
});

describe('a year after “since” tells no time', () => {
  it.each([
    'Putin, who has backed Assad since 2015, flew to Tehran to meet Khamenei.',
    'Putin, der Assad seit 2015 stützt, flog nach Teheran zu Chamenei.',
    'Poutine, qui soutient Assad depuis 2015, s’est rendu à Téhéran pour voir Khamenei.',
  ])('the visit stays of its own time: %s', (text) => {
    expect(classifyMatters({ text, ownTimeOnly: true }).map((h) => h.id)).toContain(
      'X-TEHRAN-2022',
    );
  });
});
