/**
 * Ukrainian matter cues: everyday news wording (issue #11) names the matter a reader expects,
 * and words with another common sense do not.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { classifyMatters } from '../../engine/matters/classify';
import type { Topic } from '../../engine/types';

const first = (text: string, topics: Topic[]) => classifyMatters({ text, topics })[0]?.id;
const all = (text: string, topics: Topic[]) => classifyMatters({ text, topics }).map((h) => h.id);

const CASES: Array<[string, Topic, string]> = [
  [
    'Коли режим Асада опинився під загрозою, Москва і Тегеран кинулися йому на допомогу.',
    'syria',
    'S-JOINT-ASSAD',
  ],
  [
    'У Сирії Росія та Іран залишаються суперниками й борються за контракти на відбудову країни.',
    'syria',
    'S-FRICTION',
  ],
  [
    'Тисячі бійців проіранських угруповань воювали на боці сирійської армії.',
    'syria',
    'S-IRAN-FORCES',
  ],
  [
    'Окупанти знову обстрілювали Одесу іранськими «шахедами», пошкоджено житлові будинки.',
    'drones',
    'D-STRIKES',
  ],
  ['Іран направив Росії нові безпілотники, заявляють у Києві.', 'drones', 'D-SUPPLY'],
  [
    'Сили ППО знищили 30 із 35 ударних безпілотників, запущених ворогом.',
    'drones',
    'D-UKR-DEFENCE',
  ],
  ['США запровадили обмеження проти іранських виробників безпілотників.', 'drones', 'D-SANCTIONS'],
  [
    'Загони сирійської опозиції за 11 днів дійшли до Дамаска, і режим упав.',
    'syria',
    'S-FALL-2024',
  ],
  [
    'Москва відвела частину військ із Сирії на український фронт, а їхнє місце зайняли проіранські загони.',
    'syria',
    'S-DRAWDOWN-2022',
  ],
  [
    'У Тегерані наростає невдоволення Москвою: Росія перенесла виробництво «шахедів» до себе.',
    'drones',
    'X-MISTRUST',
  ],
  [
    'Російські військові літаки й гелікоптери прикривали наступ армії Асада з повітря.',
    'syria',
    'S-INTERVENTION-2015',
  ],
  ['Іранці вчать росіян керувати безпілотниками на полігоні в Білорусі.', 'drones', 'D-TRAINING'],
  [
    'МЗС України вручило тимчасовому повіреному Ірану ноту протесту через дрони.',
    'drones',
    'D-UKR-DIPLO',
  ],
];

describe('Ukrainian matter cues', () => {
  // The first call compiles every language's cues: slow on a busy machine, so not inside a test.
  beforeAll(() => void classifyMatters({ text: 'x' }), 60_000);

  it.each(CASES)('%s -> %s first', (text, topic, matter) => {
    expect(first(text, [topic])).toBe(matter);
  });

  it('does not read "у зв\'язку з" (because of) as a partnership', () => {
    const found = all("У зв'язку з санкціями Росія та Іран розширюють торгівлю нафтою.", [
      'drones',
      'syria',
    ]);
    expect(found).not.toContain('X-ALIGNMENT');
  });

  it('does not read a political party as a shipment', () => {
    const found = all('Партія влади в Ірані підтримала закон про безпілотники.', ['drones']);
    expect(found).not.toContain('D-SUPPLY');
  });

  it('reads ISIS militants as counter-terrorism, not as the 2024 rebel offensive', () => {
    const found = all('Бойовики ІДІЛ атакували позиції сирійської армії під Пальмірою.', ['syria']);
    expect(found[0]).toBe('S-COUNTER-ISIS');
    expect(found).not.toContain('S-FALL-2024');
  });

  it('does not read captured territory as captured Western weapons', () => {
    const found = all('Росія утримує захоплені території на півдні України за допомогою дронів.', [
      'drones',
    ]);
    expect(found).not.toContain('D-PAYMENT');
  });
});
