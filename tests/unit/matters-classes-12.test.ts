/**
 * A mention's own matter first (set p's and the used-up sets' misses, as classes): neutrality
 * claimed and a challenge to show proof are denials; where a drone's parts were made is its
 * make; a report of a deed names its weapon's make only in passing; an alliance only of
 * convenience is rivalry; a foreign minister's name tells the time; a mention the corpus
 * cannot answer gets what its paragraph goes on to say before the catalogue's near matters.
 * Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { corpus, fuseIndexJson } from '../../data/corpus';
import { classifyMatters } from '../../engine/matters/classify';
import { createRetriever } from '../../engine/retrieval/retriever';
import { D, S, describeMatterCues } from './matter-cue-cases';

describeMatterCues(
  'neutrality and a challenge to show proof are denials',
  [
    [
      D,
      'We have always opposed arming any of the warring sides, the minister said of the drones.',
      'D-DENIAL',
    ],
    [
      D,
      'We do not back either party, and we consider it wrong for anyone to send drones to Russia.',
      'D-DENIAL',
    ],
    [
      D,
      'Tehran told Kyiv to present any evidence that Iranian drones are used in the war.',
      'D-DENIAL',
    ],
    [D, 'Teheran liefert keiner der Kriegsparteien Drohnen, sagte der Außenminister.', 'D-DENIAL'],
    [
      D,
      "L'Iran ne livre de drones à aucune des parties, a déclaré le ministre à Moscou.",
      'D-DENIAL',
    ],
    [
      D,
      'Irán pidió a Kiev presentar cualquier prueba de que los drones iraníes se usan en la guerra.',
      'D-DENIAL',
    ],
    [D, 'Тегеран не поставляет беспилотники ни одной из сторон, заявил министр.', 'D-DENIAL'],
    [D, 'Tahran, savaşan taraflara İHA göndermediğini söyledi.', 'D-DENIAL'],
    [D, 'وطالبت طهران كييف بتقديم أي دليل على استخدام المسيرات الإيرانية.', 'D-DENIAL'],
    [
      D,
      'Teheran wezwał Kijów, by przedstawić jakiekolwiek dowody na użycie irańskich dronów w wojnie.',
      'D-DENIAL',
    ],
  ],
  [
    // Investigators who show proof identify the drones; they deny nothing.
    [
      D,
      'Investigators presented evidence from the wreckage that the drones were Iranian.',
      'D-DENIAL',
    ],
    // Review: the warring parties named, or proof promised, deny nothing; only a challenge to
    // show "any" proof, or arms refused to the parties, is a denial.
    [
      D,
      'The Red Cross appealed to the warring parties to let aid through as Russia launched Iranian drones at Odesa.',
      'D-DENIAL',
    ],
    [
      D,
      'Израиль обратился к воюющим сторонам с призывом к переговорам, а Россия получила иранские дроны.',
      'D-DENIAL',
    ],
    [
      D,
      "BM, savaşan taraflara ateşkes çağrısı yaptı; Rusya Odessa'ya İran yapımı İHA'lar fırlattı.",
      'D-DENIAL',
    ],
    [
      D,
      'The UN urged the warring parties to spare civilians as Russia launched Iranian drones at Odesa.',
      'D-DENIAL',
    ],
    [
      D,
      'Die Vereinten Nationen forderten die Konfliktparteien auf, Zivilisten zu schonen, als Russland iranische Drohnen auf Odessa abfeuerte.',
      'D-DENIAL',
    ],
    [
      D,
      'Les belligérants ont échangé des prisonniers alors que la Russie lançait des drones iraniens sur Odessa.',
      'D-DENIAL',
    ],
    [
      D,
      'La ONU pidió a las partes en conflicto proteger a los civiles mientras Rusia lanzaba drones iraníes contra Odesa.',
      'D-DENIAL',
    ],
    [
      D,
      'Kiev dijo que va a presentar pruebas ante la ONU de que Rusia usa drones iraníes.',
      'D-DENIAL',
    ],
    [
      D,
      'Kyjów zapowiedział, że przedstawi dowody na użycie irańskich dronów przez Rosję; ONZ wezwała walczące strony do rozmów.',
      'D-DENIAL',
    ],
    [
      D,
      "L'ONU ha invitato le parti in conflitto a proteggere i civili mentre la Russia lanciava droni iraniani su Odessa.",
      'D-DENIAL',
    ],
    [
      D,
      'Kyiv zal bewijs voorleggen dat Rusland Iraanse drones gebruikt; de VN riep de strijdende partijen op tot kalmte.',
      'D-DENIAL',
    ],
    [
      D,
      'ООН призвала воюющие стороны защитить мирных жителей, пока Россия запускала иранские дроны по Одессе.',
      'D-DENIAL',
    ],
    [
      D,
      'A ONU pediu às partes em conflito que protegessem civis enquanto a Rússia lançava drones iranianos contra Odessa.',
      'D-DENIAL',
    ],
    [
      D,
      "BM, savaşan tarafları sivilleri korumaya çağırdı; Rusya Odessa'ya İran yapımı İHA'lar fırlattı.",
      'D-DENIAL',
    ],
  ],
);

describeMatterCues(
  'where the drones’ parts were made is their make',
  [
    [
      D,
      "Three-quarters of the parts in Iran's Shahed drones were of American origin, investigators found.",
      'D-DRONE-TECH',
    ],
    [
      D,
      'Die Shahed-Drohnen stecken voller Mikroelektronik amerikanischen Ursprungs.',
      'D-DRONE-TECH',
    ],
    [
      D,
      "Les drones Shahed contiennent surtout des composants électroniques d'origine américaine.",
      'D-DRONE-TECH',
    ],
    [D, 'Los drones Shahed llevan semiconductores de origen estadounidense.', 'D-DRONE-TECH'],
    [D, 'В дронах «Шахед» нашли комплектующие американского производства.', 'D-DRONE-TECH'],
    [D, "Shahed İHA'larında ABD menşeli yarı iletkenler bulundu.", 'D-DRONE-TECH'],
  ],
  [
    // Parts shipped from Iran are a delivery, not the drones' make.
    [
      D,
      'Rusia sigue dependiendo de piezas y drones llegados de Irán por el mar Caspio.',
      'D-DRONE-TECH',
    ],
    // Review: spare parts for other machines, or the West's arms in Ukraine, are no drone's make.
    [
      D,
      'Iran has been supplying Russia with spare parts for its Sukhoi jets and Shahed drones.',
      'D-DRONE-TECH',
    ],
    [
      D,
      "L'Iran fournit à la Russie des pièces détachées pour ses avions et des drones Shahed.",
      'D-DRONE-TECH',
    ],
    [D, 'İran, Rusya’ya uçakları için yedek parça ve Şahed İHA’ları gönderdi.', 'D-DRONE-TECH'],
    [
      D,
      'Iran denied sending drones to Russia, and said Ukraine’s US-made weapons were prolonging the war.',
      'D-DRONE-TECH',
    ],
  ],
);

describeMatterCues(
  'a report of a deed names its weapon’s make only in passing',
  [
    [
      D,
      'Russian drones with heavy explosive payloads hit industrial sites near Kyiv overnight, 48 kilometres from the capital.',
      'D-STRIKES',
    ],
    [
      D,
      'Russland hat Kiew in der Nacht mit Shahed-Drohnen angegriffen, deren Sprengkopf 40 Kilogramm wiegt.',
      'D-STRIKES',
    ],
    [
      D,
      'Rusia atacó Kiev con drones Shahed de 2.500 kilómetros de alcance, que golpearon centrales eléctricas.',
      'D-STRIKES',
    ],
    // Alone, the make leads.
    [
      D,
      'The Shahed-136 has a range of 2,500 kilometres and a 40-kilogram warhead.',
      'D-DRONE-TECH',
    ],
  ],
  [],
);

describeMatterCues(
  'an alliance only of convenience, with interests that differ, is rivalry',
  [
    [
      S,
      'In Syria it is less an alliance than a pact of convenience: Russia and Iran differ in their interests, and both fight jihadists with Iraq.',
      'S-FRICTION',
    ],
    [
      S,
      'Más que una alianza es un pacto de conveniencia: Rusia e Irán difieren en sus intereses y combaten a los yihadistas junto con Irak.',
      'S-FRICTION',
    ],
    [
      S,
      'In Syrien ist es eher eine Zweckgemeinschaft: Russland und Iran bekämpfen mit dem Irak Dschihadisten, doch ihre Interessen unterscheiden sich.',
      'S-FRICTION',
    ],
    [
      S,
      'В Сирии это скорее союз по расчёту: Россия и Иран вместе с Ираком воюют с террористами, но их интересы расходятся.',
      'S-FRICTION',
    ],
  ],
  [],
);

describe('a foreign minister’s name tells the time', () => {
  const ids = (text: string) => classifyMatters({ text, topics: S }).map((h) => h.id);
  it('does not read Araghchi in Damascus, with air strikes for the government, as 2015', () => {
    for (const text of [
      "Iran's Foreign Minister Abbas Araghchi met Assad in Damascus as Russian air strikes supported the Syrian army.",
      'Irans Außenminister Araghtschi traf Assad in Damaskus, während russische Luftangriffe die syrische Armee unterstützten.',
      'Глава МИД Ирана Аракчи встретился с Асадом в Дамаске на фоне российских авиаударов в поддержку сирийской армии.',
    ]) {
      expect(ids(text)[0], text).toBe('S-JOINT-ASSAD');
    }
  });
  it('still reads the 2015 campaign beside Zarif, minister then', () => {
    expect(
      ids(
        'Zarif said the Russian air campaign launched in 2015 had saved the Syrian government.',
      )[0],
    ).toBe('S-INTERVENTION-2015');
  });
  it('but a minister named as former speaks now: his term does not date what he says', () => {
    const text =
      "Former foreign minister Zarif said Putin's visit to Tehran, where he met Khamenei and Erdogan, showed Iran had chosen Moscow.";
    expect(classifyMatters({ text })[0]?.id).toBe('X-TEHRAN-2022');
    // Named as in office, his term still tells the time.
    expect(classifyMatters({ text: text.replace('Former foreign minister ', '') })[0]?.id).toBe(
      'X-TIES',
    );
  });
});

describe('a mention the corpus cannot answer: what its paragraph goes on to say, next best', () => {
  const retriever = createRetriever(corpus, fuseIndexJson);
  const cases: Array<[string, string, string]> = [
    [
      'Russia plans to build 6,000 Shahed drones a year at Alabuga in Tatarstan.',
      'The deal is worth $1.7bn, and Moscow pays for it partly in gold bullion.',
      'D-PAYMENT',
    ],
    [
      'Rusya, Tataristan’daki Alabuga’da yılda 6.000 Shahed üretmeyi planlıyor.',
      'Anlaşmanın bedeli kısmen külçe altınla ödeniyor.',
      'D-PAYMENT',
    ],
    [
      'Russland will in Alabuga in Tatarstan jährlich 6000 Shahed-Drohnen bauen.',
      'Iranische Ausbilder schulen dort russische Techniker.',
      'D-TRAINING',
    ],
  ];
  it('shows a passage on the paragraph’s matter first, as context, with Alabuga still the mention’s', () => {
    for (const [text, rest, id] of cases) {
      const res = retriever.forMention({
        text,
        context: `\n${text} ${rest}`,
        topics: ['drones'],
        terms: ['Shahed'],
      });
      expect(res.matters[0]?.id, text).toBe('D-ALABUGA');
      expect(res.matters[0]?.covered, text).toBe(false);
      expect(res.passages[0]!.passage.matters, text).toContain(id);
      expect(res.passages[0]!.match, text).toBe('context');
    }
  });
});
