/**
 * Classes of detection failure outside English (issue #11, ninth pass), each with sentences of
 * our own written before the lexicons were changed for the class: the Alabuga plant, Tatarstan
 * and the Geran drone in their case forms, the verbs of giving and training in Hindi, Slovak's
 * perfective "supplied" and Turkish "Şahid" beside its number or a drone word. Tables list the
 * inflected forms a stem and its endings must read. Hard negatives of the same shapes: Ukraine's
 * own drones, Iran's drones for another war, Russia buying North Korean shells, trade deals, a
 * witness ("şahid") and the geranium on a windowsill.
 */
import { describe, expect, it } from 'vitest';
import { detectTopics } from '../../engine/detect';
import { check } from './helpers/topics';

describe('the Alabuga plant and Tatarstan in their case forms', () => {
  // Ukrainian alternates г/з before -і: Алабуга, в Алабузі; Єлабуга, в Єлабузі.
  const uk: [form: string, sentence: string][] = [
    ['Алабуга', 'Алабуга стала головним майданчиком, де збирають ударні дрони за ліцензією.'],
    ['Алабузі', 'За даними розвідки, на заводі в Алабузі щомісяця збирають сотні дронів.'],
    ['Алабуги', 'Супутникові знімки показують, що завод Алабуги розширили вдвічі.'],
    ['Єлабузі', 'У Єлабузі вже самостійно виготовляють більшість ударних безпілотників.'],
    ['Єлабуги', 'До Єлабуги привозять студентів, які працюють на конвеєрі дронів.'],
  ];
  it.each(uk)('reads Ukrainian %s as the plant', (_form, text) => {
    expect(detectTopics(text)).toEqual(['drones']);
  });

  it('reads Tatarstan as Russia where Iran and drones are named', () => {
    check([
      [
        'На підприємстві в Татарстані збирають ударні безпілотники за іранською ліцензією.',
        ['drones'],
      ],
      ['Іран передав креслення, і в Татарстані тепер виробляють ударні дрони.', ['drones']],
      ['ईरान की मदद से तातारस्तान में ड्रोन का उत्पादन हो रहा है।', ['drones']],
      ['روزنامه نوشت ایران نقشه‌ها را داد و در تاتارستان پهپاد تولید می‌شود.', ['drones']],
      ['کارخانه آلابوگا هر ماه صدها پهپاد تولید می‌کند.', ['drones']],
      ['ينتج مصنع ألابوغا مئات الطائرات المسيرة كل شهر.', ['drones']],
    ]);
  });

  it('leaves trade in Tatarstan and Ukraine striking its own targets alone', () => {
    check([
      ['Іран і Росія підписали угоду про торгівлю пшеницею в Татарстані.', []],
      ['У Татарстані відкрили новий завод з виробництва вантажівок.', []],
      ['Українські дрони знову атакували нафтопереробний завод у Татарстані.', []],
    ]);
  });
});

describe('the Geran drone in Ukrainian cases', () => {
  const forms: [form: string, sentence: string][] = [
    ['Гераней (gen. pl.)', 'У Росії щомісяця збирають понад дві тисячі «Гераней», каже ГУР.'],
    ['Герані (acc. pl.)', 'Над Харковом ЗСУ збили кілька герані, повідомила Повітряна сила.'],
    ['Герані-2', 'Росія запустила по Одесі дванадцять «Герані-2», повідомили в ЗСУ.'],
    ['Геранями (instr. pl.)', 'Росія знову атакувала Київ геранями та ракетами.'],
  ];
  it.each(forms)('reads %s with Russia or Ukraine named', (_form, text) => {
    expect(detectTopics(text)).toEqual(['drones']);
  });

  it('leaves the flower alone', () => {
    check([
      ['Герань на підвіконні цвіте все літо, якщо її поливати двічі на тиждень.', []],
      ['Як доглядати герань узимку: поради садівників.', []],
    ]);
  });
});

describe('verbs of giving, sending and training', () => {
  // Hindi देना: the root दे is too short for a stem, and दिया/दिए/दी are suppletive.
  const hindiGive: [form: string, sentence: string][] = [
    ['देने', 'ईरान जल्द ही रूस को कई सौ ड्रोन देने की तैयारी में है।'],
    ['दिए', 'अमेरिका का कहना है कि ईरान ने रूस को सैकड़ों ड्रोन दिए हैं।'],
    ['दिया', 'ईरान ने रूस को शाहेद ड्रोन का डिज़ाइन दिया, अमेरिका ने कहा।'],
    ['देगा', 'अमेरिकी अधिकारियों के अनुसार ईरान रूस को और ड्रोन देगा।'],
    ['देता', 'ईरान रूस को ड्रोन देता रहा है, ब्रिटेन ने कहा।'],
    ['देंगे', 'ईरानी अधिकारी रूस को नए ड्रोन देंगे, रिपोर्ट में कहा गया।'],
    [
      'प्रशिक्षण',
      'ईरान के पास रूस के लिए सैकड़ों ड्रोन तैयार हैं। तेहरान रूसी सैनिकों को इन्हें चलाने का प्रशिक्षण भी शुरू करेगा।',
    ],
  ];
  it.each(hindiGive)('reads Hindi %s as a transfer', (_form, text) => {
    expect(detectTopics(text)).toEqual(['drones']);
  });

  it('reads Ukrainian sending and selling verbs', () => {
    check([
      ['Тегеран надіслав Москві нову партію дронів, стверджують у Вашингтоні.', ['drones']],
      ['Іран відправив Росії ще сотню дронів, заявили в Пентагоні.', ['drones']],
      ['Тегеран продав Москві ще партію ударних дронів, пишуть у США.', ['drones']],
      ['У Тегерані визнали, що надіслали Москві кілька дронів ще до війни.', ['drones']],
    ]);
  });

  it('reads Slovak perfective "supplied"', () => {
    check([
      [
        'Teherán podľa amerických predstaviteľov dodal Moskve stovky balistických rakiet.',
        ['drones'],
      ],
      ['Irán podľa Washingtonu dodal Rusku ďalšie rakety krátkeho doletu.', ['drones']],
    ]);
  });

  it('leaves Hindi light verbs, other recipients and other suppliers alone', () => {
    check([
      ['ईरान ने रूस को चेतावनी दी कि वह इज़राइल के ड्रोन हमलों का जवाब देगा।', []],
      ['ईरान ने सूडान को ड्रोन दिए, संयुक्त राष्ट्र की रिपोर्ट में कहा गया।', []],
      ['रूस ने उत्तर कोरिया से तोपखाने के गोले खरीदे, अमेरिका ने कहा।', []],
      ['ईरान और रूस ने गेहूं के व्यापार पर समझौता किया और बयान दिया।', []],
      ['Irán dodal Sudánu drony, uvádza správa OSN.', []],
      ['Severná Kórea dodala Rusku milióny delostreleckých granátov.', []],
      ['Україна надіслала на фронт нову партію власних дронів.', []],
    ]);
  });

  // Review: more nouns that make देना a light verb (a speech, attention, a suggestion).
  it('leaves a speech, attention or a suggestion given alone', () => {
    check([
      ['ईरान के राष्ट्रपति ने मॉस्को में मिसाइल परीक्षण पर भाषण दिया।', []],
      ['रूस ने ईरान के परमाणु कार्यक्रम पर ध्यान दिया, मिसाइल का जिक्र नहीं किया।', []],
      ['ईरान ने इजराइल पर मिसाइलें दागीं, रूस ने संयम बरतने का सुझाव दिया।', []],
    ]);
  });
});

describe('Shahed as Turkish spells it', () => {
  const forms: [form: string, sentence: string][] = [
    [
      'Şahid',
      "Ukrayna Hava Kuvvetleri, Rusya'nın gece boyunca 54 Şahid tipi kamikaze İHA ile saldırdığını açıkladı.",
    ],
    ['Şahid-136', "Rus ordusu Odessa'ya yine Şahid-136'larla saldırdı."],
    ['Şahid İHA', "Ukrayna, Rusya'nın Şahid İHA'larını elektronik harple düşürdüğünü söyledi."],
  ];
  it.each(forms)('reads %s with Russia or Ukraine named', (_form, text) => {
    expect(detectTopics(text)).toEqual(['drones']);
  });

  it("leaves Ukraine's own drones and Iran's drones for another war alone", () => {
    check([
      ["Ukrayna kendi ürettiği İHA'larla Rusya'daki bir rafineriyi vurdu.", []],
      ["İran, Şahid İHA'larını Sudan ordusuna gönderdi.", []],
      ["Rusya'daki davada şahid olarak dinlenen Ukraynalı gazeteci serbest bırakıldı.", []],
    ]);
  });
});

// From the misses of set k, read after its held-out figures: its type named, the Russians as a
// people, and "pro-Iranian" groups.
describe('the Shahed by its type, the Russians, and pro-Iranian groups', () => {
  it('reads them where the topic is told', () => {
    check([
      [
        'قالت القوات الجوية الأوكرانية إنها أسقطت 30 مسيّرة من طراز "شاهد" أطلقتها روسيا ليلاً.',
        ['drones'],
      ],
      ['يتنافس الروس والإيرانيون على النفوذ في الأراضي السورية منذ سنوات.', ['syria']],
      [
        'Після виведення частини російських військ із Сирії їхні позиції зайняли проіранські загони.',
        ['syria'],
      ],
      [
        'После отвода части российских войск из Сирии их позиции заняли проиранские формирования.',
        ['syria'],
      ],
    ]);
  });

  it('but not a witness, the Russians elsewhere, or pro-Iranian groups in another war', () => {
    check([
      ['قال شاهد عيان إن الروس وصلوا إلى المدينة لحضور المهرجان.', []],
      ['أعلن الجيش الإسرائيلي اعتراض مسيّرة من طراز "شاهد" أطلقها الحوثيون من اليمن.', []],
      ['Проіранські угруповання в Іраку атакували американську базу.', []],
      ['Проиранские хуситы снова атаковали суда в Красном море.', []],
    ]);
  });
});
