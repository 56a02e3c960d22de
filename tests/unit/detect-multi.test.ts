import { describe, expect, it } from 'vitest';
import { DEFAULT_LEXICONS, detectMentions, detectTopics } from '../../engine/detect';
import { AR } from '../../engine/lexicon/ar';
import { EN } from '../../engine/lexicon/en';
import { FA } from '../../engine/lexicon/fa';
import { RU } from '../../engine/lexicon/ru';
import { compileLexicons, lookupWord } from '../../engine/lexicon/compile';
import { tokenize } from '../../engine/text/tokenize';

/** [language, text, expected topics] */
const CASES: [string, string, string[]][] = [
  ['ru', 'Кремль признал, что получает от Тегерана беспилотники.', ['drones']],
  ['ru', 'Российская армия применила «Герань-2» по Харькову.', ['drones']],
  ['ru', 'Москва и Тегеран вместе поддержали Асада в сирийской войне.', ['syria']],
  ['ru', 'Украинские беспилотники атаковали НПЗ в Рязани.', []],
  ['ru', 'Россия и Иран обсудили поставки газа и зерна.', []],
  ['ru', 'Сборная Ирана обыграла Россию в финале турнира по волейболу.', []],
  ['uk', 'Росія отримує від Ірану ударні безпілотники «Шахед».', ['drones']],
  ['uk', 'Іран заперечує постачання зброї Росії.', ['drones']],
  ['uk', 'Росія та Іран рятували режим Асада в Сирії.', ['syria']],
  ['uk', 'Українські дрони вразили російський аеродром.', []],
  ['fr', 'La Russie lance chaque nuit des drones iraniens sur Kharkiv.', ['drones']],
  ['fr', "Moscou et Téhéran ont sauvé le régime d'Assad en Syrie.", ['syria']],
  ['fr', 'Israël a abattu des drones iraniens au-dessus du Golan.', []],
  ['fr', 'Des drones ukrainiens ont frappé une raffinerie russe.', []],
  ['de', 'Teheran hat Moskau Hunderte Kamikazedrohnen geliefert.', ['drones']],
  ['de', 'Russland und Iran stützten Assad im syrischen Bürgerkrieg.', ['syria']],
  ['de', 'Ukrainische Drohnen trafen ein russisches Tanklager.', []],
  ['de', 'Russland und Iran vereinbarten Gaslieferungen.', []],
  ['es', 'Irán suministra drones a Rusia para su guerra en Ucrania.', ['drones']],
  ['es', 'Rusia e Irán respaldaron a Asad en la guerra de Siria.', ['syria']],
  ['es', 'Los hutíes lanzaron drones iraníes contra Israel.', []],
  ['fa', 'ایران پهپادهای شاهد به روسیه ارسال کرده است.', ['drones']],
  ['fa', 'روسیه و ایران از بشار اسد در سوریه حمایت کردند.', ['syria']],
  ['fa', 'حوثی‌ها با پهپادهای ایرانی به اسرائیل حمله کردند.', []],
  ['fa', 'روسیه شاهد افزایش قیمت گاز در ایران بود.', []],
  ['ar', 'زودت إيران روسيا بطائرات مسيّرة لضرب أوكرانيا.', ['drones']],
  ['ar', 'وقفت روسيا وإيران إلى جانب الأسد في سوريا.', ['syria']],
  ['ar', 'أطلق الحوثيون طائرات مسيرة إيرانية نحو إسرائيل.', []],
  ['ar', 'سار الأسد في الغابة.', []],
  ['pt', 'O Irã forneceu drones à Rússia para atacar a Ucrânia.', ['drones']],
  ['pt', 'Rússia e Irã apoiaram Assad na guerra da Síria.', ['syria']],
  ['pt', 'A Ucrânia atacou uma refinaria russa com drones próprios.', []],
];

describe('multilingual detection (default lexicons)', () => {
  for (const [lang, text, topics] of CASES) {
    it(`${lang}: ${text}`, () => {
      expect(detectTopics(text)).toEqual(topics);
    });
  }

  it('reports spans on the original text, vowel marks and half-spaces included', () => {
    const text = 'خبر اول. زودت إيران روسيا بطائرات مسيّرة. خبر آخر.';
    const [m] = detectMentions([{ text }]);
    expect(m?.text).toBe('زودت إيران روسيا بطائرات مسيّرة.');
    expect(text.slice(m!.start, m!.end)).toBe(m!.text);
    const fa = 'سلام. ایران پهپاد‌های شاهد به روسیه ارسال کرد. پایان.';
    const [n] = detectMentions([{ text: fa }]);
    expect(n?.text).toBe('ایران پهپاد‌های شاهد به روسیه ارسال کرد.');
    const ru = 'Погода. Иран поставлял России беспилотники. Спорт.';
    const [r] = detectMentions([{ text: ru }]);
    expect(r).toMatchObject({ start: 8, end: 43, topics: ['drones'] });
  });

  it('folds Persian and Arabic-Indic digits', () => {
    expect(tokenize('شاهد-۱۳۶ و ١٣١').norm).toEqual(['شاهد', '136', 'و', '131']);
    expect(detectTopics('روسیه از پهپاد شاهد-۱۳۶ استفاده می‌کند.')).toEqual(['drones']);
  });

  it('strips Arabic clitic prefixes and keeps bare words that are not terms', () => {
    const m = compileLexicons([AR]);
    expect(lookupWord(m, 'والإيرانية')?.term).toBe('إيراني');
    expect(lookupWord(m, 'لروسيا')?.term).toBe('روسيا');
    expect(lookupWord(m, 'أسد')).toBeUndefined(); // a lion, not Assad
    expect(lookupWord(m, 'الأسد')?.term).toBe('الأسد');
  });

  it('scopes inflection rules to the lexicons that declare them', () => {
    const m = compileLexicons(DEFAULT_LEXICONS);
    expect(lookupWord(m, 'aide')).toBeUndefined(); // German "-e" must not make "aid"
    expect(lookupWord(m, 'drohnen')?.term).toBe('drohne');
    expect(lookupWord(m, 'drones')?.term).toBe('drone');
    expect(lookupWord(m, 'iraniens')?.term).toBe('iranien');
  });

  it('ships lexicons in their script, decoded from the ASCII transliteration', () => {
    expect(RU.terms[0]?.[1]).toMatch(/^иран;тегеран/);
    expect(FA.terms[0]?.[1]).toMatch(/^ایران;تهران/);
    expect(AR.terms[0]?.[1]).toMatch(/^إيران\|ايران;طهران/);
    expect(DEFAULT_LEXICONS[0]).toBe(EN);
  });

  it('leaves English results as the English lexicon alone gives them', () => {
    const text =
      'Iran has supplied Russia with Shahed drones. A Kremlin aide said Moscow would pay for them.';
    expect(detectMentions([{ text }])).toEqual(detectMentions([{ text }], { lexicons: [EN] }));
  });
});
