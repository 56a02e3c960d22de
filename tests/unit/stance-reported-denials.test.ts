import { describe, expect, it } from 'vitest';
import { stanceOf, type Framing } from '../../engine/stance';

/** Stance and speaker of one sentence, for compact expectations. */
const s = (text: string): [Framing['stance'], string | null] => {
  const f = stanceOf(text);
  return [f.stance, f.speaker];
};

/**
 * A denial told as reported speech: the speech negates the matter or disparages the allegation,
 * and the one who reports it is the speaker of the denial.
 */
const DENIALS: ReadonlyArray<readonly [string, string, string]> = [
  // Reported speech whose complement negates the matter.
  [
    'en',
    "Peskov told reporters: 'We have no information about this; our army uses Russian equipment.'",
    'Peskov',
  ],
  [
    'en',
    '"We have no information about this; our army uses Russian equipment," Peskov told reporters.',
    'Peskov',
  ],
  [
    'en',
    "Russia's embassy rejected the new sanctions, insisting that Moscow had no need for Iranian drones.",
    "Russia's embassy",
  ],
  ['en', 'The Kremlin said the drones had nothing to do with Iran.', 'The Kremlin'],
  [
    'ru',
    'Песков заявил журналистам, что у него нет информации об использовании иранских дронов.',
    'Песков',
  ],
  ['ru', 'Захарова заявила, что Москва не нуждается в иранских дронах.', 'Захарова'],
  [
    'uk',
    'Посол Ірану в ООН заявив, що його країна не має жодного стосунку до дронів, які атакують українські міста.',
    'Посол Ірану в ООН',
  ],
  ['fa', 'کنعانی گفت ایران هیچ ارتباطی با این پهپادها نداشته است.', 'کنعانی'],
  ['ar', 'قال كنعاني إن بلاده لا علاقة لها بالطائرات المسيرة.', 'كنعاني'],
  ['fr', "Peskov a déclaré que la Russie n'avait pas besoin de drones iraniens.", 'Peskov'],
  ['de', 'Peskow sagte, der Kreml habe keine Informationen über iranische Drohnen.', 'Peskow'],
  // The speaker disparages the allegation.
  [
    'en',
    'Iran\'s foreign ministry said the allegations of drone transfers were "politically motivated".',
    "Iran's foreign ministry",
  ],
  [
    'en',
    "Iran's UN mission said the reports of drone deliveries were pure conjecture.",
    "Iran's UN mission",
  ],
  [
    'ru',
    'Захарова заявила, что обвинения в поставках дронов политически мотивированы.',
    'Захарова',
  ],
  ['uk', 'Канаані заявив, що звинувачення щодо дронів є політично вмотивованими.', 'Канаані'],
  ['fa', 'کنعانی این اتهامات را دارای انگیزه سیاسی خواند.', 'کنعانی'],
  ['ar', 'قال كنعاني إن هذه الاتهامات ذات دوافع سياسية.', 'كنعاني'],
  [
    'fr',
    'Nasser Kanaani a déclaré que ces accusations étaient politiquement motivées.',
    'Nasser Kanaani',
  ],
  ['de', 'Kanaani sagte, die Vorwürfe seien politisch motiviert.', 'Kanaani'],
  // A denial with a time phrase before its complement, a dismissal "as ...", and a
  // participle after it that is the denier's, not a second speaker.
  [
    'en',
    'Iran denied on Thursday that it had sold Russia any Fath-360 missiles, accusing Washington of trying to justify new sanctions.',
    'Iran',
  ],
  [
    'en',
    'The Kremlin denied that Russia and Iran were at odds over Syria, saying the two countries\' positions "fully coincide."',
    'The Kremlin',
  ],
  [
    'en',
    'Tehran has dismissed the Ukrainian claims as an attempt to drag Iran into the conflict, saying no Shahed drones were shipped after February 2022.',
    'Tehran',
  ],
];

/** Attributions and assertions of the same shape, which stay as they are. */
const KEPT: ReadonlyArray<readonly [string, string, Framing['stance'], string | null]> = [
  [
    'en',
    'US officials said Iran had sent hundreds of drones to Russia.',
    'attributed',
    'US officials',
  ],
  [
    'en',
    'Ukrainian officials said the drones, which were not Russian-made, struck Kyiv overnight.',
    'attributed',
    'Ukrainian officials',
  ],
  ['en', 'Zelensky said Russia had no shortage of Iranian drones.', 'attributed', 'Zelensky'],
  [
    'en',
    'The Pentagon said it had information that Iran sent the drones, insisting the evidence was clear.',
    'attributed',
    'The Pentagon',
  ],
  [
    'en',
    "Ukraine's air force said 40 drones were shot down, adding that Iran had supplied them.",
    'attributed',
    "Ukraine's air force",
  ],
  [
    'en',
    'Iran shipped the drones in May, US officials said, noting that Russia paid in gold.',
    'attributed',
    'US officials',
  ],
  ['ru', 'Зеленский заявил, что Иран передал России сотни дронов.', 'attributed', 'Зеленский'],
  [
    'ru',
    'Буданов заявил, что у разведки есть информация о поставках иранских ракет.',
    'attributed',
    'Буданов',
  ],
  ['uk', 'Зеленський заявив, що Іран передав Росії сотні дронів.', 'attributed', 'Зеленський'],
  ['fa', 'زلنسکی گفت ایران صدها پهپاد به روسیه ارسال کرده است.', 'attributed', 'زلنسکی'],
  [
    'fr',
    "Le Pentagone a déclaré que l'Iran avait livré des drones à la Russie.",
    'attributed',
    'Le Pentagone',
  ],
  [
    'de',
    'Selenskyj sagte, Iran habe Russland Hunderte Drohnen geliefert.',
    'attributed',
    'Selenskyj',
  ],
];

/** Reported speech and participles of one speaker, whose words deny nothing. */
const KEPT_SPEECH: ReadonlyArray<readonly [string, string, string]> = [
  ['en', '"Iran sent Russia 400 drones," Zelensky told reporters.', 'Zelensky'],
  ['en', '"There is no doubt Iran sent the drones," Zelensky said.', 'Zelensky'],
  ['en', 'US officials said they had no information on when the drones arrived.', 'US officials'],
  [
    'fr',
    "Zelensky a déclaré que l'Iran avait livré des drones, ajoutant que Moscou en voulait davantage.",
    'Zelensky',
  ],
  [
    'ru',
    'Зеленский заявил, что Иран передал России дроны, подчеркнув, что Москва хочет больше.',
    'Зеленский',
  ],
  [
    'ar',
    'قال زيلينسكي إن إيران أرسلت طائرات مسيرة إلى روسيا، مضيفا أن موسكو تريد المزيد.',
    'زيلينسكي',
  ],
];

/** Sentences that mention a denial without reporting one: never "denied". */
const NOT_DENIALS: ReadonlyArray<readonly [string, string]> = [
  ['en', 'Zelensky said Iran did not deny supplying the drones.'],
  ['en', 'Despite denials from Tehran, the Pentagon said Iranian drones were used in Kyiv.'],
  ['uk', 'Зеленський заявив, що Іран не заперечує постачання дронів.'],
  ['de', 'Selenskyj sagte, Iran habe die Lieferungen nicht bestritten.'],
];

describe('denials told as reported speech', () => {
  it.each(DENIALS.map(([lang, text, speaker]) => [lang, text, speaker] as const))(
    '[%s] %s',
    (_lang, text, speaker) => {
      expect(s(text)).toEqual(['denied', speaker]);
    },
  );
});

describe('attributions of the same shape stay attributions', () => {
  it.each(KEPT.map((row) => [...row] as const))('[%s] %s', (_lang, text, stance, speaker) => {
    expect(s(text)).toEqual([stance, speaker]);
  });

  it.each(KEPT_SPEECH.map((row) => [...row] as const))('[%s] %s', (_lang, text, speaker) => {
    expect(s(text)).toEqual(['attributed', speaker]);
  });

  it.each(NOT_DENIALS.map((row) => [...row] as const))('[%s] %s', (_lang, text) => {
    expect(stanceOf(text).stance).not.toBe('denied');
  });
});
