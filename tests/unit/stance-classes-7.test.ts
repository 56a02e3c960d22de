import { describe, expect, it } from 'vitest';
import { stanceOf, type Framing } from '../../engine/stance';

/** Stance and speaker of one sentence, for compact expectations. */
const s = (text: string): [Framing['stance'], string | null] => {
  const f = stanceOf(text);
  return [f.stance, f.speaker];
};

type Row = readonly [lang: string, text: string, stance: Framing['stance'], speaker: string | null];

/**
 * 1. A denial that is the content of reported speech, not a denial verb: the speaker has no
 * information, the evidence proves nothing, the cooperation never amounted to an alliance, a
 * quote first and its verb after, the innermost speaker of "quoted X as saying", and the
 * substitution denial (the weapons are made at home).
 */
const SPEECH_DENIALS: readonly Row[] = [
  [
    'en',
    "Russia's deputy foreign minister Sergei Ryabkov told Interfax he had no information about any Iranian missile deliveries.",
    'denied',
    'Sergei Ryabkov',
  ],
  [
    'en',
    "Mikhail Ulyanov, Russia's envoy in Vienna, said the photographs of the debris proved nothing.",
    'denied',
    'Mikhail Ulyanov',
  ],
  [
    'en',
    'A senior Russian diplomat insisted that ties with Tehran had never amounted to a military alliance.',
    'denied',
    'A senior Russian diplomat',
  ],
  [
    'en',
    'Tasnim quoted a Revolutionary Guards commander as saying that no Iranian drones had been sent to Russia.',
    'denied',
    'Revolutionary Guards commander',
  ],
  [
    'en',
    'A Russian defence ministry spokesman said the Geran-2 drones are produced entirely in Russia.',
    'denied',
    'A Russian defence ministry spokesman',
  ],
  [
    'ru',
    'Представитель Минобороны России Игорь Конашенков заявил, что все беспилотники «Герань» российского производства.',
    'denied',
    'Игорь Конашенков',
  ],
  [
    'ru',
    '«Обломки, которые показывает Киев, ничего не доказывают», — сказал Небензя журналистам.',
    'denied',
    'Небензя',
  ],
  [
    'uk',
    '«Тегеран не надає Росії жодних безпілотників», — наголосив посол Ірану в Україні.',
    'denied',
    'посол Ірану в Україні',
  ],
  [
    'ar',
    '«لم نزود روسيا بأي طائرات مسيرة»، قال وزير الخارجية الإيراني في مؤتمر صحفي.',
    'denied',
    'وزير الخارجية الإيراني',
  ],
  [
    'fr',
    'Le ministère russe de la Défense a affirmé que tous les drones utilisés en Ukraine étaient de fabrication russe.',
    'denied',
    'Le ministère russe de la Défense',
  ],
  [
    'fr',
    'Le porte-parole du Kremlin a déclaré que tous les drones abattus au-dessus de Kyiv étaient produits en Russie.',
    'denied',
    'Le porte-parole du Kremlin',
  ],
];

/** Reported speech that negates something other than the matter keeps its attribution. */
const SPEECH_KEPT: readonly Row[] = [
  [
    'en',
    'Zelensky said Iran is lying when it says it does not supply weapons.',
    'attributed',
    'Zelensky',
  ],
  [
    'en',
    "Ukraine's air force said Russia had not stopped using Iranian drones against power plants.",
    'attributed',
    "Ukraine's air force",
  ],
  [
    'ru',
    'Генштаб ВСУ сообщил, что Россия не прекратила использовать иранские дроны.',
    'attributed',
    'Генштаб ВСУ',
  ],
  [
    'uk',
    'Повітряні сили заявили, що Росія не припинила використовувати іранські дрони.',
    'attributed',
    'Повітряні сили',
  ],
  [
    'fr',
    "L'armée ukrainienne a affirmé que la Russie n'a pas cessé d'utiliser des drones iraniens.",
    'attributed',
    "L'armée ukrainienne",
  ],
  [
    'en',
    'US officials said the drones used against Kyiv were made in Iran and shipped across the Caspian Sea.',
    'attributed',
    'US officials',
  ],
];

/**
 * Home-made weapons credited to another place's help, or not set against Iran (issue 15), are
 * no substitution denial: the speaker's claim.
 */
const SUBSTITUTION_KEPT: readonly Row[] = [
  [
    'en',
    'Nebenzia told the Security Council that the drones shot down over Kyiv were made in Russia.',
    'attributed',
    'Nebenzia',
  ],
  [
    'de',
    'Ein Sprecher des russischen Verteidigungsministeriums sagte, die Drohnen würden in Russland hergestellt.',
    'attributed',
    'Ein Sprecher des russischen Verteidigungsministeriums',
  ],
  [
    'en',
    'Ukrainian intelligence said the Shahed drones are now made in Russia with Iranian help.',
    'attributed',
    'Ukrainian intelligence',
  ],
  [
    'ru',
    'Буданов заявил, что «Герани» производятся в России из иранских комплектующих.',
    'attributed',
    'Буданов',
  ],
  [
    'fr',
    'Des experts ukrainiens ont affirmé que les drones étaient fabriqués en Russie avec des moteurs iraniens.',
    'attributed',
    'Des experts ukrainiens',
  ],
];

/**
 * 2. A headline: a present-tense denial and a second verb after a comma or "and" sharing its
 * subject.
 */
const HEADLINES: readonly Row[] = [
  [
    'en',
    'Kremlin rejects reports of Iranian missile deal, says Russian industry makes its own',
    'denied',
    'Kremlin',
  ],
  [
    'en',
    'Tehran denies arming Russia, accuses Washington of prolonging the war',
    'denied',
    'Tehran',
  ],
  [
    'ru',
    'МИД Ирана опровергает поставки ракет России, обвиняет Вашингтон во лжи',
    'denied',
    'МИД Ирана',
  ],
  ['uk', 'Тегеран заперечує передачу дронів Росії, звинувачує Захід у брехні', 'denied', 'Тегеран'],
  ['ar', 'إيران تنفي تزويد روسيا بصواريخ وتتهم واشنطن بإطالة الحرب', 'denied', 'إيران'],
  [
    'fr',
    'Moscou dément toute livraison de drones iraniens, accuse Kiev de propagande',
    'denied',
    'Moscou',
  ],
  [
    'de',
    'Teheran bestreitet Waffenlieferungen an Russland, wirft Kiew Propaganda vor',
    'denied',
    'Teheran',
  ],
];

/** A claim and someone else's denial in one headline stay unsure. */
const HEADLINES_KEPT: readonly Row[] = [
  ['en', 'US says Iran sent drones to Russia, Tehran denies', undefined, null],
  [
    'ar',
    'نفت طهران إرسال صواريخ إلى روسيا، وقال مسؤول أمريكي إن الشحنات وصلت الشهر الماضي.',
    undefined,
    null,
  ],
  [
    'ar',
    'روسيا تنفي استخدام المسيرات الإيرانية، وقال مسؤول أوكراني إن الحطام يثبت العكس.',
    undefined,
    null,
  ],
];

/** 3. Attribution verbs and sources the rules did not know, and "said to be" with no one named. */
const SOURCES: readonly Row[] = [
  [
    'en',
    'Amnesty International, which analysed debris from two strikes, found Iranian-made guidance units in the drones.',
    'attributed',
    'Amnesty International',
  ],
  [
    'en',
    'Exiled Syrian activists accused Damascus and Moscow of letting Iranian militias run the Aleppo offensive.',
    'attributed',
    'Exiled Syrian activists',
  ],
  [
    'en',
    "EU leaders condemned what they described as Iran's shipment of ballistic missiles to Russia.",
    'attributed',
    'EU leaders',
  ],
  [
    'en',
    'Iranian drones are believed by Ukrainian military intelligence to have been assembled in Belarus.',
    'attributed',
    'Ukrainian military intelligence',
  ],
  [
    'en',
    'Iran is thought by Western officials to have trained Russian drone operators in Crimea.',
    'attributed',
    'Western officials',
  ],
  [
    'ru',
    'Украинские эксперты обнаружили в обломках «Шахеда» двигатель иранского производства.',
    'attributed',
    'Украинские эксперты',
  ],
  [
    'uk',
    'Уряди Франції та Німеччини засудили постачання іранських ракет Росії.',
    'attributed',
    'Уряди Франції та Німеччини',
  ],
  [
    'fr',
    "Pour les experts de l'IISS, Téhéran a fourni des missiles balistiques à Moscou.",
    'attributed',
    "l'IISS",
  ],
  [
    'fa',
    'سفیر ایران در مسکو اذعان کرد که پهپادهای ایرانی پیش از جنگ به روسیه تحویل داده شده بود.',
    'attributed',
    'سفیر ایران در مسکو',
  ],
  [
    'ar',
    'أدانت وزارة الخارجية الفرنسية تسليم إيران صواريخ باليستية لروسيا.',
    'attributed',
    'وزارة الخارجية الفرنسية',
  ],
];

/** "said to be" / "said to have" with no "by": no one is named, a hedge. */
const SAID_TO_BE: readonly Row[] = [
  [
    'en',
    'Iran said to have shipped artillery shells to Russia across the Caspian Sea',
    'hedged',
    null,
  ],
  ['en', 'Russian pilots said to be training on Iranian drones in Crimea', 'hedged', null],
  ['en', 'Moscow is said to be paying Tehran in gold for the missiles.', 'hedged', null],
];

/** 4. Hedge adverbs. */
const HEDGES: ReadonlyArray<readonly [lang: string, text: string, hedge: string]> = [
  ['en', 'The drones were seemingly assembled from Iranian kits at Alabuga.', 'seemingly'],
  ['en', 'Tehran has ostensibly stayed out of the war while arming Moscow.', 'ostensibly'],
  ['ru', 'По всей видимости, Иран передал России баллистические ракеты.', 'По всей видимости'],
  ['uk', 'Судячи з усього, Іран передав Росії балістичні ракети.', 'Судячи з усього'],
  [
    'fr',
    "Selon toute vraisemblance, l'Iran a livré des missiles à la Russie.",
    'Selon toute vraisemblance',
  ],
  ['de', 'Anscheinend hat Iran Russland ballistische Raketen geliefert.', 'Anscheinend'],
  ['ar', 'سلمت إيران فيما يبدو صواريخ باليستية إلى روسيا.', 'فيما يبدو'],
];

/** 5. Speaker spans. */
const SPANS: readonly Row[] = [
  [
    'uk',
    'Як повідомляє Reuters з посиланням на джерела в уряді, Іран передав Росії дрони.',
    'attributed',
    'джерела в уряді',
  ],
  [
    'ru',
    'Как пишет The Wall Street Journal со ссылкой на источники в разведке, Иран передал России ракеты.',
    'attributed',
    'источники в разведке',
  ],
  [
    'ru',
    'Иран не продавал России ракет, заявила официальный представитель МИД России Мария Захарова.',
    'denied',
    'Мария Захарова',
  ],
  [
    'uk',
    'Іран передав Росії сотні дронів, заявив офіційний представник МЗС України Георгій Тихий.',
    'attributed',
    'Георгій Тихий',
  ],
  [
    'ar',
    'يرى خبراء روس أن الطائرات الإيرانية غيرت مسار الحرب في أوكرانيا.',
    'attributed',
    'خبراء روس',
  ],
  ['fa', 'مقامات روسی وجود هرگونه همکاری نظامی با ایران را تکذیب کردند.', 'denied', 'مقامات روسی'],
  [
    'ar',
    'نفى دبلوماسيون إيرانيون وجود أي مستشارين عسكريين في أوكرانيا.',
    'denied',
    'دبلوماسيون إيرانيون',
  ],
  [
    'fa',
    'وزارت خارجه ایران گزارش‌های غربی را «بی‌اساس» و فاقد هرگونه مدرک دانست.',
    'denied',
    'وزارت خارجه ایران',
  ],
];

/** Spans that already named their speaker keep it. */
const SPANS_KEPT: readonly Row[] = [
  [
    'ar',
    'قال المتحدث باسم وزارة الخارجية الإيرانية ناصر كنعاني إن إيران لم ترسل أسلحة إلى روسيا.',
    'denied',
    'ناصر كنعاني',
  ],
  [
    'fa',
    'سخنگوی وزارت خارجه ایران ناصر کنعانی ارسال پهپاد به روسیه را تکذیب کرد.',
    'denied',
    'ناصر کنعانی',
  ],
  [
    'en',
    'Analysts at the Institute for the Study of War said Iran supplied the drones.',
    'attributed',
    'the Institute for the Study of War',
  ],
];

/**
 * 6. A German separable verb's particle ("stimmten ... ab", "schoss ... ab") is no denial
 * word beside a reporting verb; beside a rejecting verb it still is.
 */
const PARTICLES: readonly Row[] = [
  [
    'de',
    'Wie die „Süddeutsche Zeitung“ unter Berufung auf Regierungskreise berichtet, sprachen Moskau und Teheran ihre Drohnenangriffe miteinander ab.',
    'attributed',
    'Regierungskreise',
  ],
  [
    'de',
    'Nach Angaben der ukrainischen Luftwaffe schoss die Flugabwehr in der Nacht zwölf iranische Drohnen ab.',
    'attributed',
    'der ukrainischen Luftwaffe',
  ],
  [
    'de',
    'Wie Reuters berichtet, wickelte Russland die Zahlungen über iranische Banken ab.',
    'attributed',
    'Reuters',
  ],
  [
    'de',
    'Der ukrainische Generalstab sagte, die Armee wehre die Angriffe iranischer Drohnen ab.',
    'attributed',
    'Der ukrainische Generalstab',
  ],
  [
    'de',
    'Die „Bild“ berichtete unter Berufung auf Geheimdienstquellen, Iran stimme seine Lieferungen mit Moskau ab.',
    'attributed',
    'Geheimdienstquellen',
  ],
  [
    'de',
    'Der Spiegel schreibt, Moskau und Teheran sprächen ihre Angriffe in Syrien miteinander ab.',
    'attributed',
    'Der Spiegel',
  ],
];

const PARTICLES_KEPT: readonly Row[] = [
  ['de', 'Moskau wies die Vorwürfe zurück.', 'denied', 'Moskau'],
  ['de', 'Der Kreml lehnte die Berichte als haltlos ab.', 'denied', 'Der Kreml'],
  ['de', 'Teheran stritt jede Beteiligung ab.', 'denied', 'Teheran'],
];

/**
 * Issue 15: a substitution ("made in Russia") is a denial only when set against Iran ("all",
 * "entirely", "our own", "not Iranian") and never beside "now", a licence, Alabuga or Iranian
 * help: otherwise it is the content of whoever says it.
 */
const SUBSTITUTION_OVERFIRE: readonly Row[] = [
  [
    'en',
    'US officials say the Shaheds Russia fires are now made in Russia.',
    'attributed',
    'US officials',
  ],
  [
    'en',
    "Most Shahed-type drones are now produced domestically, Ukraine's military intelligence said.",
    'attributed',
    "Ukraine's military intelligence",
  ],
  [
    'en',
    'British intelligence said the Geran-2 drones are made in Russia under licence at the Alabuga plant.',
    'attributed',
    'British intelligence',
  ],
  [
    'en',
    'Analysts at the ISW said the Shaheds are produced domestically at Yelabuga to an Iranian design.',
    'attributed',
    'the ISW',
  ],
  ['en', 'The Geran-2 drones are now made in Russia.', 'asserted', null],
  [
    'ru',
    'Дроны «Герань-2» российского производства, собранные в Елабуге по иранской лицензии, атакуют Украину каждую ночь.',
    'asserted',
    null,
  ],
  ['ru', 'Буданов заявил, что «Герани» теперь российского производства.', 'attributed', 'Буданов'],
  ['uk', 'Дрони «Шахед» тепер російського виробництва, заявили в ГУР.', 'attributed', 'ГУР'],
  [
    'uk',
    'Буданов заявив, що «Шахеди» зараз виробляються в Росії за іранською ліцензією.',
    'attributed',
    'Буданов',
  ],
  [
    'fr',
    'Selon le renseignement ukrainien, les Shahed sont désormais fabriqués en Russie.',
    'attributed',
    'le renseignement ukrainien',
  ],
  [
    'de',
    'Der ukrainische Geheimdienst sagte, die Drohnen würden inzwischen in Russland hergestellt.',
    'attributed',
    'Der ukrainische Geheimdienst',
  ],
];

/** Set against Iran or beside a denial verb, a substitution still denies. */
const SUBSTITUTION_SET_AGAINST: readonly Row[] = [
  ['ar', 'الكرملين ينفي استخدام مسيرات إيرانية ويؤكد أنها روسية الصنع', 'denied', 'الكرملين'],
  [
    'en',
    'Kremlin denies Iranian drones are used in Ukraine, says they are made in Russia',
    'denied',
    'Kremlin',
  ],
  [
    'en',
    'A Kremlin spokesman said the drones are Russian-made, not Iranian.',
    'denied',
    'A Kremlin spokesman',
  ],
  ['en', 'Shoigu said all drones used in the operation were made in Russia.', 'denied', 'Shoigu'],
  ['uk', 'Речник Кремля заявив, що всі дрони російського виробництва.', 'denied', 'Речник Кремля'],
];

/**
 * Issue 15: a second verb after a comma that names its own speaker, ending the clause ("...,
 * says Zelensky"), reports the sentence: the denial before it is what that speaker says.
 */
const OWN_SPEAKER: readonly Row[] = [
  ['en', 'Moscow denies using Iranian drones, says Zelensky', 'attributed', 'Zelensky'],
  [
    'en',
    "Tehran denies sending drones to Russia, says Ukraine's foreign ministry.",
    'attributed',
    "Ukraine's foreign ministry",
  ],
  [
    'ru',
    'Москва отрицает использование иранских дронов, заявил Зеленский.',
    'attributed',
    'Зеленский',
  ],
  ['uk', 'Тегеран заперечує постачання дронів Росії, заявив Кулеба.', 'attributed', 'Кулеба'],
  [
    'fr',
    'Moscou dément utiliser des drones iraniens, a déclaré Zelensky.',
    'attributed',
    'Zelensky',
  ],
];

const table = (rows: readonly Row[]) => rows.map((r) => [...r] as const);

describe('class 1: a denial told as the content of reported speech', () => {
  it.each(table(SPEECH_DENIALS))('[%s] %s', (_l, text, stance, speaker) => {
    expect(s(text)).toEqual([stance, speaker]);
  });
  it.each(table([...SPEECH_KEPT, ...SUBSTITUTION_KEPT]))(
    'keeps [%s] %s',
    (_l, text, stance, speaker) => {
      expect(s(text)).toEqual([stance, speaker]);
    },
  );
});

describe('class 2: a headline denial and a second verb sharing its subject', () => {
  it.each(table([...HEADLINES, ...HEADLINES_KEPT]))('[%s] %s', (_l, text, stance, speaker) => {
    expect(s(text)).toEqual([stance, speaker]);
  });
});

describe('class 3: attribution verbs and sources', () => {
  it.each(table([...SOURCES, ...SAID_TO_BE]))('[%s] %s', (_l, text, stance, speaker) => {
    expect(s(text)).toEqual([stance, speaker]);
  });
});

describe('class 4: hedge adverbs', () => {
  it.each(HEDGES.map((r) => [...r] as const))('[%s] %s', (_l, text, hedge) => {
    expect(stanceOf(text)).toEqual({ stance: 'hedged', speaker: null, hedge });
  });
});

describe('class 5: speaker spans', () => {
  it.each(table([...SPANS, ...SPANS_KEPT]))('[%s] %s', (_l, text, stance, speaker) => {
    expect(s(text)).toEqual([stance, speaker]);
  });
});

describe('class 6: a German particle is no denial word beside a reporting verb', () => {
  it.each(table([...PARTICLES, ...PARTICLES_KEPT]))('[%s] %s', (_l, text, stance, speaker) => {
    expect(s(text)).toEqual([stance, speaker]);
  });
});

describe('issue 15: a substitution denies only when set against Iran', () => {
  it.each(table([...SUBSTITUTION_OVERFIRE, ...SUBSTITUTION_SET_AGAINST]))(
    '[%s] %s',
    (_l, text, stance, speaker) => {
      expect(s(text)).toEqual([stance, speaker]);
    },
  );
});

describe("issue 15: a second verb naming its own speaker does not share the first one's", () => {
  it.each(table(OWN_SPEAKER))('[%s] %s', (_l, text, stance, speaker) => {
    expect(s(text)).toEqual([stance, speaker]);
  });
});
