import { describe, expect, it } from 'vitest';
import { stanceOf, type Framing } from '../../engine/stance';

/** Stance and speaker of one sentence, for compact expectations. */
const s = (text: string): [Framing['stance'], string | null] => {
  const f = stanceOf(text);
  return [f.stance, f.speaker];
};

type Case = readonly [
  lang: string,
  text: string,
  stance: Framing['stance'],
  speaker: string | null,
];

/** Sources told through a report, an analysis, experts' beliefs or a headline colon. */
const SOURCES: readonly Case[] = [
  // A research report or analysis names its author after "by".
  [
    'en',
    'A report by Conflict Armament Research found Iranian-made components in drones recovered in Ukraine.',
    'attributed',
    'Conflict Armament Research',
  ],
  [
    'en',
    'Satellite imagery analysed by the Institute for Science and International Security shows the Alabuga plant has doubled in size.',
    'attributed',
    'the Institute for Science and International Security',
  ],
  [
    'en',
    'A study by the Royal United Services Institute found that Iranian drones were used against Ukrainian power plants.',
    'attributed',
    'the Royal United Services Institute',
  ],
  [
    'en',
    'An investigation by Conflict Armament Research showed that the drones carried Iranian parts.',
    'attributed',
    'Conflict Armament Research',
  ],
  // Analysts' and experts' beliefs: the institution that qualifies them.
  [
    'en',
    'Analysts at the Institute for the Study of War assess that Iran has sent hundreds of drones to Russia.',
    'attributed',
    'the Institute for the Study of War',
  ],
  [
    'en',
    'Experts at the Carnegie Endowment believe Tehran and Moscow coordinated their campaign in Syria.',
    'attributed',
    'the Carnegie Endowment',
  ],
  [
    'ru',
    'Эксперты Московского центра Карнеги полагают, что Москва и Тегеран в Сирии всё чаще расходятся во взглядах.',
    'attributed',
    'Московского центра Карнеги',
  ],
  [
    'ru',
    'Аналитики Института изучения войны считают, что Иран передал России сотни дронов.',
    'attributed',
    'Института изучения войны',
  ],
  [
    'uk',
    'Аналітики Інституту вивчення війни вважають, що Росія та Іран координували бойові дії в Сирії ще з 2015 року.',
    'attributed',
    'Інституту вивчення війни',
  ],
  [
    'ar',
    'ويرى محللون في مركز كارنيغي للشرق الأوسط أن التنافس الروسي الإيراني على النفوذ في سوريا تصاعد بعد استعادة حلب.',
    'attributed',
    'مركز كارنيغي للشرق الأوسط',
  ],
  [
    'fr',
    "Les analystes de l'IISS estiment que l'Iran a livré des centaines de drones à la Russie.",
    'attributed',
    "l'IISS",
  ],
  [
    'de',
    'Experten des Instituts ISW glauben, dass Iran Russland Hunderte Drohnen geliefert hat.',
    'attributed',
    'Instituts ISW',
  ],
  [
    'de',
    'Analysten der RAND Corporation gehen davon aus, dass Teheran weitere Raketen nach Moskau schickt.',
    'attributed',
    'RAND Corporation',
  ],
  // A headline's speaker before the colon; the stance by what follows.
  [
    'ru',
    'Небензя: беспилотники «Герань-2» — российская разработка, и Иран к ним не имеет никакого отношения',
    'denied',
    'Небензя',
  ],
  [
    'fa',
    'وزارت خارجه ایران: ادعاهای غرب درباره ارسال پهپاد به روسیه دروغ‌پردازی رسانه‌ای است',
    'denied',
    'وزارت خارجه ایران',
  ],
  [
    'ru',
    'Как сообщает «Коммерсантъ», Касем Сулеймани в июле 2015 года тайно прилетал в Москву.',
    'attributed',
    'Коммерсантъ',
  ],
  // A denial verb as a participle after a quote, and claims called baseless.
  [
    'ru',
    '«Российская армия использует только отечественную технику», — заявил Песков, отвергнув сообщения о применении иранских дронов.',
    'denied',
    'Песков',
  ],
  [
    'ru',
    'Посол Ирана в Москве Казем Джалали назвал беспочвенными обвинения в том, что Тегеран передаёт оружие для конфликта на Украине.',
    'denied',
    'Казем Джалали',
  ],
  [
    'uk',
    'Речник МЗС Ірану Насер Канаані назвав безпідставними звинувачення в тому, що Тегеран передає зброю Росії.',
    'denied',
    'Насер Канаані',
  ],
  // Hedges.
  [
    'uk',
    'Росія, за неофіційними даними, розраховується з Тегераном за дрони готівкою в євро та золотом.',
    'hedged',
    null,
  ],
  [
    'ru',
    'Россия, по неофициальным данным, расплачивается с Тегераном за дроны наличными.',
    'hedged',
    null,
  ],
  [
    'ar',
    'ومن المحتمل أن يكون مصنع ألابوغا في تتارستان قد ضاعف إنتاجه من مسيّرات جيران-2.',
    'hedged',
    null,
  ],
  ['en', 'It is likely that Iran has sent more drones to Russia this year.', 'hedged', null],
  // Already right; the new cues must keep them so.
  [
    'en',
    'According to a report by the Institute for Science and International Security, Russia has begun producing its own Shahed-136.',
    'attributed',
    'the Institute for Science and International Security',
  ],
  [
    'en',
    'Iran may have used Russian airspace to ferry weapons to Syria, analysts say.',
    'attributed',
    'analysts',
  ],
];

/** Sentences of the same shape whose framing must not change. */
const UNCHANGED: readonly Case[] = [
  // A report only mentioned, in the page's own voice.
  ['en', "The report's release came as Iran delivered more drones to Russia.", 'asserted', null],
  ['en', 'Iran shipped drones to Russia, the satellite images show.', 'asserted', null],
  // A denial of someone's report stays the denier's.
  [
    'en',
    'Tehran rejected a report by the Wall Street Journal that it had shipped missiles to Russia.',
    'denied',
    'Tehran',
  ],
  // Iran's lie, told by Zelensky: his attribution, not a denial.
  [
    'en',
    'Zelensky said Iran is lying when it says it does not supply weapons to Russia.',
    'attributed',
    'Zelensky',
  ],
  [
    'uk',
    'Зеленський заявив, що Іран бреше, коли каже, що не постачає Росії зброю.',
    'attributed',
    'Зеленський',
  ],
  // A participle that reports, not denies.
  [
    'ru',
    '«Сотрудничество развивается», — заявил Песков, добавив, что Москва и Тегеран координируют действия.',
    'attributed',
    'Песков',
  ],
  // Plain assertions of the matter.
  ['ru', 'Иран поставил России сотни беспилотников в 2022 году.', 'asserted', null],
  ['uk', 'Іран постачав Росії дрони з серпня 2022 року.', 'asserted', null],
  ['ar', 'أرسلت إيران مئات الطائرات المسيرة إلى روسيا.', 'asserted', null],
  ['de', 'Iran hat Russland Hunderte Drohnen geliefert.', 'asserted', null],
  ['fr', "L'Iran a livré des centaines de drones à la Russie.", 'asserted', null],
  // A headline whose speaker affirms: attributed, not denied.
  ['ru', 'Зеленский: Иран поставляет России дроны', 'attributed', 'Зеленский'],
];

describe('stance of research, analysts and headlines', () => {
  for (const [lang, text, stance, speaker] of SOURCES) {
    it(`${lang}: ${text.slice(0, 60)}`, () => {
      expect(s(text)).toEqual([stance, speaker]);
    });
  }
});

describe('sentences of the same shape keep their framing', () => {
  for (const [lang, text, stance, speaker] of UNCHANGED) {
    it(`${lang}: ${text.slice(0, 60)}`, () => {
      expect(s(text)).toEqual([stance, speaker]);
    });
  }
});
