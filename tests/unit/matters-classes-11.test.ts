/**
 * A mention's own matter first outside English (set n's misses, as classes): the pointed
 * non-denial ("we have no such information"), "not a party to the war", allegations called
 * politically motivated, Turkish negated deliveries ("ihraç etmemiştir"); the Polish and Slovak
 * "nie" (not) is not the French "nie" (denies); drones "launched" in the perfect tense or sent
 * "at" a city are strikes; compound sanctions lists. Context on a near matter (the corpus has no
 * passage on air defence) leads with a passage about it, not one naming it in passing.
 * Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { corpus, fuseIndexJson } from '../../data/corpus';
import { createRetriever } from '../../engine/retrieval/retriever';
import { D, describeMatterCues } from './matter-cue-cases';

describeMatterCues(
  'the pointed non-denial: "we have no such information"',
  [
    [
      D,
      '"We have no information about this," Peskov told reporters asked about Iranian drones.',
      'D-DENIAL',
    ],
    [
      D,
      '«У нас нет такой информации», — сказал Песков журналистам об иранских дронах.',
      'D-DENIAL',
    ],
    [D, '«У нас немає такої інформації», — заявили в Тегерані про іранські дрони.', 'D-DENIAL'],
    [
      D,
      '"Hayır, böyle bir bilgimiz yok," dedi Peskov İran insansız hava araçları sorulduğunda.',
      'D-DENIAL',
    ],
    [
      D,
      '„Darüber haben wir keine Informationen“, sagte Peskow zu den iranischen Drohnen.',
      'D-DENIAL',
    ],
    [
      D,
      '« Nous n’avons aucune information à ce sujet », a déclaré Peskov à propos des drones iraniens.',
      'D-DENIAL',
    ],
    [D, '«No tenemos información al respecto», dijo Peskov sobre los drones iraníes.', 'D-DENIAL'],
    [D, '«Non abbiamo informazioni in merito», ha detto Peskov sui droni iraniani.', 'D-DENIAL'],
    [D, '"Nie mamy takich informacji" – powiedział Pieskow o irańskich dronach.', 'D-DENIAL'],
    [D, '"Nemáme takéto informácie," povedal Peskov o iránskych dronoch.', 'D-DENIAL'],
    [D, '"Meil pole sellist teavet," ütles Peskov Iraani droonide kohta.', 'D-DENIAL'],
    [D, '"Daar hebben we geen informatie over," zei Peskov over de Iraanse drones.', 'D-DENIAL'],
    [D, '„Нямаме такава информация“, заяви Песков за иранските дронове.', 'D-DENIAL'],
    [D, '"Não temos informações sobre isso", disse Peskov sobre os drones iranianos.', 'D-DENIAL'],
    [
      D,
      'Pytany o irańskie drony, Pieskow odparł, że „Kreml nie ma takich informacji”.',
      'D-DENIAL',
    ],
    [D, 'Кремль не располагает такой информацией, заявил Песков об иранских дронах.', 'D-DENIAL'],
    [D, 'Kremeľ nemá takéto informácie, povedal Peskov o iránskych dronoch.', 'D-DENIAL'],
  ],
  [
    // No news yet on casualties is not a denial.
    [
      D,
      'There was no information on casualties after the Shahed drones hit Odesa overnight.',
      'D-DENIAL',
    ],
    [D, 'Информации о пострадавших после атаки дронов на Одессу пока нет.', 'D-DENIAL'],
  ],
);

describeMatterCues(
  'not a party to the war, and Turkish negated deliveries',
  [
    [
      D,
      'İran, Rusya-Ukrayna savaşında taraf değildir ve hiçbir tarafa insansız hava aracı vermemiştir.',
      'D-DENIAL',
    ],
    [
      D,
      "İran, çatışmanın taraflarından hiçbirine silah ihraç etmemiştir, dedi Kenani İHA'lar hakkında.",
      'D-DENIAL',
    ],
    [
      D,
      'Iran sei keine Konfliktpartei im Ukraine-Krieg, sagte der Sprecher zu den Drohnen.',
      'D-DENIAL',
    ],
    [
      D,
      "L'Iran non è parte del conflitto in Ucraina, ha detto il portavoce sui droni.",
      'D-DENIAL',
    ],
    [
      D,
      'Iraan ei ole sõja osapool, ütles välisministeeriumi pressiesindaja droonide kohta.',
      'D-DENIAL',
    ],
    [
      D,
      'Iran is geen partij in de oorlog in Oekraïne, zei de woordvoerder over de drones.',
      'D-DENIAL',
    ],
    [
      D,
      'Iran nie jest stroną wojny na Ukrainie – oświadczył rzecznik, pytany o drony.',
      'D-DENIAL',
    ],
    [D, 'ईरान इस युद्ध में पक्ष नहीं है, प्रवक्ता ने ड्रोन के बारे में कहा।', 'D-DENIAL'],
  ],
  [],
);

describeMatterCues(
  'allegations called politically motivated',
  [
    [
      D,
      'Tehran called the reports about Iranian drones in Ukraine politically motivated.',
      'D-DENIAL',
    ],
    [D, 'Тегеран назвал политически мотивированными сообщения об иранских дронах.', 'D-DENIAL'],
    [D, 'Тегеран назвав політично мотивованими повідомлення про іранські дрони.', 'D-DENIAL'],
    [D, "Kenani, İran İHA'larıyla ilgili haberlerin siyasi amaçlı olduğunu söyledi.", 'D-DENIAL'],
    [D, 'Teheran nannte die Berichte über iranische Drohnen politisch motiviert.', 'D-DENIAL'],
    [
      D,
      'Téhéran a qualifié de politiquement motivées les informations sur les drones iraniens.',
      'D-DENIAL',
    ],
    [
      D,
      'Teherán calificó de políticamente motivadas las informaciones sobre drones iraníes.',
      'D-DENIAL',
    ],
    [
      D,
      'Teerã classificou como politicamente motivadas as notícias sobre drones iranianos.',
      'D-DENIAL',
    ],
    [D, 'Teheran ha definito politicamente motivate le notizie sui droni iraniani.', 'D-DENIAL'],
    [D, 'Teheran nazwał doniesienia o irańskich dronach politycznie motywowanymi.', 'D-DENIAL'],
    [D, 'Teherán označil správy o iránskych dronoch za politicky motivované.', 'D-DENIAL'],
    [
      D,
      'Teheran nimetas Iraani droonide kohta käivaid teateid poliitiliselt motiveerituks.',
      'D-DENIAL',
    ],
    [D, 'Teheran noemde de berichten over Iraanse drones politiek gemotiveerd.', 'D-DENIAL'],
    [D, 'Техеран нарече политически мотивирани съобщенията за иранските дронове.', 'D-DENIAL'],
    [D, 'Teheran menyebut laporan soal drone Iran bermotif politik.', 'D-DENIAL'],
    [D, 'وصفت طهران التقارير عن المسيرات الإيرانية بأنها ذات دوافع سياسية.', 'D-DENIAL'],
  ],
  [],
);

describeMatterCues(
  'the Polish and Slovak "nie" (not) is not the French "nie" (denies)',
  [[D, 'Téhéran nie avoir livré des drones à la Russie avant la guerre en Ukraine.', 'D-DENIAL']],
  [
    [D, 'Nie od dziś wiadomo, że Rosja otrzymała od Iranu drony kamikadze.', 'D-DENIAL'],
    [D, 'Rosja nie ukrywa, że otrzymała od Iranu setki dronów Shahed.', 'D-DENIAL'],
    [D, 'Rusko nie je jediným odberateľom iránskych dronov Shahed.', 'D-DENIAL'],
  ],
);

describeMatterCues(
  'drones launched (perfect tense) or sent at a city are strikes',
  [
    [D, 'Руските сили са изстреляли 40 ирански дрона „Шахед“ към Киев през нощта.', 'D-STRIKES'],
    [D, 'Rusko v noci vypustilo na Kyjev 40 iránskych dronov Shahed.', 'D-STRIKES'],
    [D, 'Venemaa saatis öösel Kiievi pihta 40 Iraani Shahed-drooni.', 'D-STRIKES'],
  ],
  [],
);

describeMatterCues(
  'compound sanctions lists',
  [
    [
      D,
      'Euroopa Liit lisas sanktsiooninimekirja kolm Iraani lennufirmat, mis vedasid droone Venemaale.',
      'D-SANCTIONS',
    ],
    [D, 'Die EU nahm drei iranische Drohnenhersteller in ihre Sanktionslisten auf.', 'D-SANCTIONS'],
  ],
  [],
);

describe('context on a near matter: a passage about it before one naming it in passing', () => {
  const retriever = createRetriever(corpus, fuseIndexJson);
  // [the mention's sentence, the rest of its paragraph, the terms detected in it]
  const cases: [string, string, string[]][] = [
    [
      'Oekraïne meldt dat het afgelopen nacht 31 Russische drones heeft neergehaald, allemaal Shaheds van Iraanse makelij.',
      'In totaal voerde Rusland 40 droneaanvallen uit, meldt de luchtmacht. De aanvallen waren vooral gericht op de havens van Odesa; daar raakte infrastructuur beschadigd.',
      ['oekraïne', 'russisch', 'drone', 'shahed', 'iraans'],
    ],
    [
      'Ukraine says it downed 31 Russian drones overnight, all of them Iranian-made Shaheds.',
      'In total Russia carried out 40 drone attacks, the air force said. The attacks mostly targeted the port of Odesa, where infrastructure was damaged.',
      ['ukraine', 'russia', 'drone', 'iran', 'shahed'],
    ],
    [
      'Украина сообщила, что ночью сбила 31 российский беспилотник, все — иранские «Шахеды».',
      'Всего Россия провела 40 атак дронов, сообщили в ВВС. Удары пришлись в основном на порт Одессы, где повреждена инфраструктура.',
      ['украин', 'российск', 'беспилотник', 'иранск', 'шахед'],
    ],
  ];
  it('answers Ukraine downing Shaheds (no passage on air defence) with one about a near matter', () => {
    for (const [text, rest, terms] of cases) {
      const res = retriever.forMention({
        text,
        context: `\n${text} ${rest}`,
        topics: ['drones'],
        terms,
      });
      expect(res.matters[0]?.id, text).toBe('D-UKR-DEFENCE');
      // D-UKR-DEFENCE's near matters, not a passage on the money that names strikes last.
      expect(['D-STRIKES', 'D-DRONE-TECH'], text).toContain(res.passages[0]!.passage.matters[0]);
    }
  });
});

describeMatterCues(
  'drones launched or attacking (present tense, reported verbs) of Iranian design: strikes, not the drones themselves',
  [
    [
      D,
      'Rusia lanza cada noche decenas de drones Shahed de diseño iraní contra ciudades ucranianas.',
      'D-STRIKES',
    ],
    [
      D,
      'A Rússia lança todas as noites dezenas de drones Shahed de design iraniano contra cidades ucranianas.',
      'D-STRIKES',
    ],
    [
      D,
      "Ukrayna Hava Kuvvetleri, Rusya'nın gece boyunca İran tasarımı Şahed İHA'larla saldırdığını açıkladı.",
      'D-STRIKES',
    ],
    [
      D,
      "Rusya'nın gece boyunca Kiev'e düzenlediği Şahed saldırılarında beş sivil öldü.",
      'D-STRIKES',
    ],
    [
      D,
      'La Russie lance chaque nuit des dizaines de drones Shahed de conception iranienne sur les villes ukrainiennes.',
      'D-STRIKES',
    ],
    [
      D,
      'Russland hat in der Nacht Dutzende Drohnen iranischer Bauart auf ukrainische Städte abgefeuert.',
      'D-STRIKES',
    ],
    [
      D,
      'Rusland lanceerde vannacht tientallen drones van Iraans ontwerp op Oekraïense steden.',
      'D-STRIKES',
    ],
  ],
  [
    [D, "Rusya'nın İran tasarımı Şahed İHA'ları Kiev'i vurdu.", 'D-DRONE-TECH'],
    [D, 'Los drones Shahed de diseño iraní atacaron de nuevo Odesa.', 'D-DRONE-TECH'],
    [D, 'Les drones Shahed de conception iranienne ont de nouveau frappé Odessa.', 'D-DRONE-TECH'],
    [D, 'Drohnen iranischer Bauart trafen erneut Odessa.', 'D-DRONE-TECH'],
    [D, 'Drones van Iraans ontwerp troffen opnieuw Odesa.', 'D-DRONE-TECH'],
  ],
);
