/**
 * Outside English (issue #11): Russia's stocks of Iran's drones running low and their resupply,
 * and the next batch, tell the scale and timeline of the deliveries (D-SUPPLY), in the words of
 * each language's press ("uzupełnienie zapasów", "пополнение запасов", "Nachschub",
 * "réapprovisionnement", "reabastecimiento", "stoklarını yenilemek"). Stocks of other things,
 * or a resupply with no drones, bring no supply in. Sentences written for this test.
 */
import { D, describeMatterCues } from './matter-cue-cases';

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
