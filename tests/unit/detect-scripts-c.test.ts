import { describe, expect, it } from 'vitest';
import { detectTopics } from '../../engine/detect';
import { BG } from '../../engine/lexicon/bg';
import { EN } from '../../engine/lexicon/en';
import { HE } from '../../engine/lexicon/he';
import { HI } from '../../engine/lexicon/hi';
import { RU } from '../../engine/lexicon/ru';
import { classifyMatters } from '../../engine/matters/classify';

/** [language, text, expected topics] */
const CASES: [string, string, string[]][] = [
  // Bulgarian: articles and verb endings on stems, Russian stems shared.
  ['bg', 'Иран е доставил на Русия стотици дронове „Шахед“ за атаки срещу Украйна.', ['drones']],
  ['bg', 'Техеран отрича, че продава оръжие на Москва.', ['drones']],
  [
    'bg',
    'Русия използва иранските дронове „Шахед-136“ срещу енергийната система на Украйна.',
    ['drones'],
  ],
  [
    'bg',
    'Руските войски използват ирански безпилотни летателни апарати срещу украинските градове.',
    ['drones'],
  ],
  ['bg', 'Дроновете „Геран-2“ се произвеждат в завода в Алабуга.', ['drones']],
  ['bg', 'ЕС наложи санкции на Иран заради доставките на дронове за Русия.', ['drones']],
  ['bg', 'Русия и Иран подкрепиха режима на Асад в Сирия.', ['syria']],
  ['bg', 'През 2015 г. Москва и Техеран координираха действията си в сирийската война.', ['syria']],
  ['bg', 'Астанинският процес събра Русия, Иран и Турция.', ['syria']],
  ['bg', 'Украински дронове удариха руска петролна рафинерия.', []],
  ['bg', 'Хуситите изстреляха ирански дронове към Израел.', []],
  ['bg', 'Русия и Иран подписаха споразумение за доставки на газ.', []],
  ['bg', 'Иран победи Русия в мача по борба на световното първенство.', []],
  ['bg', 'Русия продава изтребители Су-35 на Иран.', []],
  ['bg', 'Русия изстреля над сто дрона по Украйна през нощта.', []],
  // Hebrew: written-on prefixes, plural endings with final letters, quoted abbreviations.
  ['he', 'איראן סיפקה לרוסיה מאות כטב"מים מסוג שאהד.', ['drones']],
  ['he', 'טהרן מכחישה כי העבירה נשק למוסקבה.', ['drones']],
  ['he', 'הצבא הרוסי משגר רחפנים איראניים לעבר ערים באוקראינה.', ['drones']],
  ['he', 'המל״טים האיראניים שמשגרת רוסיה פוגעים בתשתיות האנרגיה של אוקראינה.', ['drones']],
  ['he', 'מפעל הרחפנים באלבוגה שבטטרסטן מייצר אלפי רחפנים.', ['drones']],
  ['he', 'רוסיה ואיראן תמכו במשטר אסד במלחמת האזרחים בסוריה.', ['syria']],
  ['he', 'קאסם סולימאני ביקר במוסקבה ב-2015 כדי לשכנע את פוטין להתערב בסוריה.', ['syria']],
  ['he', 'רחפנים אוקראיניים תקפו בית זיקוק ברוסיה.', []],
  ['he', 'החות\'ים שיגרו כטב"מים איראניים לעבר ישראל.', []],
  ['he', 'רוסיה ואיראן חתמו על הסכם לאספקת גז.', []],
  ['he', 'נבחרת איראן ניצחה את רוסיה בגמר אליפות העולם בהיאבקות.', []],
  ['he', 'ארצות הברית הטילה סנקציות חדשות על רוסיה ועל איראן.', []],
  ['he', 'משלחת איראנית הגיעה למוסקבה לשיחות על סחר.', []],
  // Hindi: postpositions apart, plural and verb endings, the danda on the last word.
  ['hi', 'ईरान ने रूस को सैकड़ों शाहेद ड्रोन भेजे हैं।', ['drones']],
  ['hi', 'रूस यूक्रेन पर हमलों के लिए ईरानी ड्रोनों का इस्तेमाल कर रहा है।', ['drones']],
  ['hi', 'तेहरान ने मॉस्को को हथियार बेचने के आरोपों से इनकार किया है।', ['drones']],
  ['hi', 'रूस ईरान से बैलिस्टिक मिसाइलें खरीद रहा है।', ['drones']],
  ['hi', 'रूस और ईरान ने सीरिया में असद सरकार को बचाया।', ['syria']],
  ['hi', 'सीरियाई गृहयुद्ध में मॉस्को और तेहरान ने मिलकर असद का साथ दिया।', ['syria']],
  ['hi', 'यूक्रेनी ड्रोनों ने रूस की एक तेल रिफाइनरी पर हमला किया।', []],
  ['hi', 'हूती विद्रोहियों ने इजराइल पर ईरानी ड्रोन दागे।', []],
  ['hi', 'रूस और ईरान के बीच गैस आपूर्ति का समझौता हुआ।', []],
  ['hi', 'कुश्ती चैंपियनशिप के फाइनल में ईरान ने रूस को हराया।', []],
  ['hi', 'ईरान ने सैन्य परेड में नया शाहेद ड्रोन दिखाया।', []],
];

describe('detection in Bulgarian, Hebrew and Hindi (default lexicons)', () => {
  for (const [lang, text, topics] of CASES) {
    it(`${lang}: ${text}`, () => {
      expect(detectTopics(text)).toEqual(topics);
    });
  }

  it('needs the language lexicon (English alone finds nothing; Bulgarian shares Russian stems)', () => {
    const en = { lexicons: [EN] };
    for (const text of [
      'Русия и Иран подкрепиха режима на Асад в Сирия.',
      'רוסיה ואיראן תמכו במשטר אסד במלחמת האזרחים בסוריה.',
      'रूस और ईरान ने सीरिया में असद सरकार को बचाया।',
    ]) {
      expect(detectTopics(text, en)).toEqual([]);
    }
    expect(
      detectTopics('Русия и Иран подкрепиха режима на Асад в Сирия.', { lexicons: [EN, RU, BG] }),
    ).toEqual(['syria']);
    expect(detectTopics('איראן סיפקה לרוסיה מאות כטב"מים.', { lexicons: [EN, HE] })).toEqual([
      'drones',
    ]);
    expect(detectTopics('ईरान ने रूस को सैकड़ों ड्रोन भेजे हैं।', { lexicons: [EN, HI] })).toEqual([
      'drones',
    ]);
  });
});

describe('matter cues in Bulgarian, Hebrew and Hindi', () => {
  const ids = (text: string, topic: 'drones' | 'syria'): string[] =>
    classifyMatters({ text, topics: [topic] }).map((m) => m.id);

  it('names the denial, the strikes and the Alabuga plant', () => {
    expect(
      ids('Иран отрича да е доставял дронове на Русия, това са безпочвени лъжи.', 'drones'),
    ).toContain('D-DENIAL');
    expect(ids('איראן מכחישה כי סיפקה רחפנים לרוסיה וטוענת כי מדובר בשקרים.', 'drones')).toContain(
      'D-DENIAL',
    );
    expect(
      ids('ईरान ने रूस को ड्रोन भेजने से इनकार किया और आरोपों को बेबुनियाद बताया।', 'drones'),
    ).toContain('D-DENIAL');
    expect(
      ids(
        'Руските удари с дронове „Шахед“ поразиха енергийната инфраструктура на Киев през нощта.',
        'drones',
      ),
    ).toContain('D-STRIKES');
    expect(
      ids('רוסיה תקפה בלילה את תשתיות האנרגיה באוקראינה ברחפני שאהד איראניים.', 'drones'),
    ).toContain('D-STRIKES');
    expect(ids('रूस ने रात भर ईरानी शाहेद ड्रोन से यूक्रेन के ऊर्जा ढांचे पर हमला किया।', 'drones')).toContain(
      'D-STRIKES',
    );
    expect(ids('במפעל באלבוגה שבטטרסטן מייצרים אלפי רחפנים ברישיון איראני.', 'drones')).toContain(
      'D-ALABUGA',
    );
  });

  it("names Soleimani's Moscow visit", () => {
    for (const text of [
      'Сюлеймани посети Москва през юли 2015 г., за да убеди Путин да се намеси в Сирия.',
      'קאסם סולימאני ביקר במוסקבה ביולי 2015 כדי לשכנע את פוטין להתערב בסוריה.',
      'सुलेमानी ने जुलाई 2015 में मॉस्को की यात्रा की और पुतिन को सीरिया में हस्तक्षेप के लिए मनाया।',
    ]) {
      expect(ids(text, 'syria')[0]).toBe('S-SOLEIMANI-MOSCOW');
    }
  });
});
