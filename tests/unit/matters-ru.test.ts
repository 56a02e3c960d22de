/**
 * Russian matter cues: everyday news wording (issue #11) names the matter a reader expects,
 * and words with another common sense do not.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { classifyMatters } from '../../engine/matters/classify';
import type { Topic } from '../../engine/types';

const first = (text: string, topics: Topic[]) => classifyMatters({ text, topics })[0]?.id;
const all = (text: string, topics: Topic[]) => classifyMatters({ text, topics }).map((h) => h.id);

const CASES: Array<[string, Topic, string]> = [
  [
    'Когда в 2015 году режим Асада оказался под угрозой, Москва и Тегеран поспешили ему на помощь.',
    'syria',
    'S-JOINT-ASSAD',
  ],
  [
    'Россия и Иран в Сирии остаются соперниками: обе страны борются за контракты на восстановление страны.',
    'syria',
    'S-FRICTION',
  ],
  [
    'Тысячи бойцов проиранских группировок воевали на стороне сирийской армии.',
    'syria',
    'S-IRAN-FORCES',
  ],
  [
    'Оккупанты снова обстреливали Одессу иранскими «шахедами», повреждены жилые дома.',
    'drones',
    'D-STRIKES',
  ],
  ['Иран направил России новые беспилотники, утверждают в Киеве.', 'drones', 'D-SUPPLY'],
  [
    'Москва отвела часть войск из Сирии на украинский фронт, и их место заняли проиранские отряды.',
    'syria',
    'S-DRAWDOWN-2022',
  ],
  [
    'Силы ПВО уничтожили 30 из 35 ударных беспилотников, запущенных противником.',
    'drones',
    'D-UKR-DEFENCE',
  ],
  [
    'Иранцы учат российских военных управлять беспилотниками на полигоне в Беларуси.',
    'drones',
    'D-TRAINING',
  ],
  ['США ввели ограничения против иранских производителей беспилотников.', 'drones', 'D-SANCTIONS'],
  [
    'Отряды сирийской оппозиции за 11 дней дошли до Дамаска, и режим рухнул.',
    'syria',
    'S-FALL-2024',
  ],
  [
    'В Тегеране растёт недовольство Москвой: Россия перенесла производство «шахедов» к себе.',
    'drones',
    'X-MISTRUST',
  ],
  [
    'Российские военные самолёты и вертолёты прикрывали наступление армии Асада с воздуха.',
    'syria',
    'S-INTERVENTION-2015',
  ],
];

describe('Russian matter cues', () => {
  // The first call compiles every language's cues: slow on a busy machine, so not inside a test.
  beforeAll(() => void classifyMatters({ text: 'x' }), 60_000);

  it.each(CASES)('%s -> %s first', (text, topic, matter) => {
    expect(first(text, [topic])).toBe(matter);
  });

  it('does not read "вывод" (a conclusion) as a withdrawal', () => {
    const found = all('Вывод доклада однозначен: Россия теперь зависит от иранских дронов.', [
      'drones',
      'syria',
    ]);
    expect(found[0]).toBe('X-SHIFT');
    expect(found).not.toContain('S-DRAWDOWN-2022');
  });

  it('does not read "в связи с" as a partnership', () => {
    const found = all('В связи с санкциями Россия и Иран расширяют торговлю нефтью.', [
      'drones',
      'syria',
    ]);
    expect(found).not.toContain('X-ALIGNMENT');
  });

  it('does not read trade in national currencies as a cash payment', () => {
    const found = all('Торговля между Россией и Ираном ведётся в национальной валюте.', ['drones']);
    expect(found[0]).toBe('X-TIES');
    expect(found).not.toContain('D-PAYMENT');
  });

  it('does not read a political party as a shipment', () => {
    const found = all('Партия власти в Иране поддержала закон о беспилотниках.', ['drones']);
    expect(found).not.toContain('D-SUPPLY');
  });

  it('reads ISIS militants as counter-terrorism, not as the 2024 rebel offensive', () => {
    const found = all('Боевики ИГИЛ атаковали позиции сирийской армии под Пальмирой.', ['syria']);
    expect(found[0]).toBe('S-COUNTER-ISIS');
    expect(found).not.toContain('S-FALL-2024');
  });
});
