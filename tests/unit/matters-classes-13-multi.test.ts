/**
 * Outside English (issue #11): Russia's stocks of Iran's drones running low and their resupply,
 * and the next batch, tell the scale and timeline of the deliveries (D-SUPPLY), in the words of
 * each language's press ("uzupełnienie zapasów", "пополнение запасов", "Nachschub",
 * "réapprovisionnement", "reabastecimiento", "stoklarını yenilemek"). Stocks of other things,
 * or a resupply with no drones, bring no supply in. And the two allies in Syria "not with one
 * voice", "not on the same line", "not a united front", or heading "to a dispute" are friction
 * between them (S-FRICTION); the same words without the negation are not. Sentences written for
 * this test.
 */
import { D, S, describeMatterCues } from './matter-cue-cases';

describeMatterCues(
  'stocks of Iran’s drones and their resupply are the deliveries',
  [
    [
      D,
      'Rosji kończą się zapasy irańskich dronów, a wizyta w Teheranie ma służyć uzupełnieniu zapasów.',
      'D-SUPPLY',
    ],
    [
      D,
      'Rosja zużyła już większość ostatniej partii irańskich dronów Shahed, a zapasy topnieją.',
      'D-SUPPLY',
    ],
    [
      D,
      'Запасы иранских дронов у России на исходе, и Москва рассчитывает на пополнение запасов из Тегерана.',
      'D-SUPPLY',
    ],
    [D, 'Росія намагається поповнити запаси іранських дронів перед зимою.', 'D-SUPPLY'],
    [
      D,
      'Russland braucht Nachschub an iranischen Drohnen, weil die Vorräte fast aufgebraucht sind.',
      'D-SUPPLY',
    ],
    [
      D,
      'Moscou cherche à réapprovisionner ses stocks de drones iraniens avant l’hiver.',
      'D-SUPPLY',
    ],
    [
      D,
      'Rusia busca reabastecer sus reservas de drones iraníes tras semanas de ataques.',
      'D-SUPPLY',
    ],
    [D, 'A Rússia quer reabastecer os estoques de drones iranianos antes do inverno.', 'D-SUPPLY'],
    [D, 'Rusya, İran yapımı İHA stoklarını yenilemek istiyor.', 'D-SUPPLY'],
    [D, 'Русия се опитва да попълни запасите си от ирански дронове.', 'D-SUPPLY'],
    [D, 'Rusko sa snaží doplniť zásoby iránskych dronov pred zimou.', 'D-SUPPLY'],
  ],
  [
    [D, 'Zapasy gazu w Europie są wysokie, mimo ataków irańskich dronów na Ukrainę.', 'D-SUPPLY'],
    [
      D,
      'Der Bestand an Luftabwehrraketen der Ukraine reicht gegen iranische Drohnen kaum aus.',
      'D-SUPPLY',
    ],
    [
      D,
      'Les stocks de blé de l’Ukraine ont brûlé après une attaque de drones iraniens.',
      'D-SUPPLY',
    ],
    [D, 'Запасы зерна в Одессе сгорели после атаки иранских дронов.', 'D-SUPPLY'],
  ],
);

describeMatterCues(
  'the two allies in Syria not speaking with one voice are at odds',
  [
    [S, 'يحذر دبلوماسيون من خلاف بين موسكو وطهران على مستقبل الجيش في سوريا.', 'S-FRICTION'],
    [S, 'تهران و مسکو در پرونده سوریه همیشه یک صدا نبوده‌اند.', 'S-FRICTION'],
    [S, 'Sur la Syrie, Moscou et Téhéran ne parlent pas d’une seule voix.', 'S-FRICTION'],
    [
      S,
      'In der Syrienfrage sprechen Moskau und Teheran nicht immer mit einer Stimme.',
      'S-FRICTION',
    ],
    [S, 'En Siria, Moscú y Teherán no siempre hablan con una sola voz.', 'S-FRICTION'],
    [S, 'Sulla Siria Mosca e Teheran non sono sulla stessa linea.', 'S-FRICTION'],
    [S, 'Na Síria, Moscou e Teerã nem sempre falam a uma só voz.', 'S-FRICTION'],
    [S, 'В Сирии Москва и Тегеран далеко не всегда выступают единым фронтом.', 'S-FRICTION'],
    [S, 'У Сирії Москва і Тегеран не завжди виступають єдиним фронтом.', 'S-FRICTION'],
    [S, 'W sprawie Syrii Moskwa i Teheran nie zawsze mówią jednym głosem.', 'S-FRICTION'],
    [S, 'Suriye konusunda Moskova ile Tahran aynı çizgide değil.', 'S-FRICTION'],
    [S, 'Over Syrië zitten Moskou en Teheran niet op één lijn.', 'S-FRICTION'],
  ],
  [
    [S, 'Moscou et Téhéran parlent d’une seule voix en Syrie pour sauver Assad.', 'S-FRICTION'],
    [S, 'Moskau und Teheran sprechen in Syrien mit einer Stimme für Assad.', 'S-FRICTION'],
    [S, 'В Сирии Москва и Тегеран выступают единым фронтом в поддержку Асада.', 'S-FRICTION'],
    [S, 'در سوریه، تهران و مسکو برای حفظ اسد یک صدا بودند.', 'S-FRICTION'],
    [S, 'بخلاف روسيا، أرسلت إيران ميليشيات إلى سوريا لدعم الأسد.', 'S-FRICTION'],
    [S, 'W Syrii Moskwa i Teheran mówią jednym głosem w obronie Asada.', 'S-FRICTION'],
  ],
);
