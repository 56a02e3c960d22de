/**
 * A mention's own matter first outside English (set n's misses, as classes): the pointed
 * non-denial ("we have no such information"), "not a party to the war", allegations called
 * politically motivated, Turkish negated deliveries ("ihraç etmemiştir"); the Polish and Slovak
 * "nie" (not) is not the French "nie" (denies); drones "launched" in the perfect tense or sent
 * "at" a city are strikes; compound sanctions lists. Sentences written for this test.
 */
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
