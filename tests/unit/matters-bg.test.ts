/**
 * Bulgarian matter cues: everyday news wording (issue #11) names the matter a reader expects,
 * and words with another common sense do not.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { classifyMatters } from '../../engine/matters/classify';
import type { Topic } from '../../engine/types';

const first = (text: string, topics: Topic[]) => classifyMatters({ text, topics })[0]?.id;
const all = (text: string, topics: Topic[]) => classifyMatters({ text, topics }).map((h) => h.id);

const CASES: Array<[string, Topic, string]> = [
  [
    'Когато режимът на Асад беше на ръба на колапса, Москва и Техеран му се притекоха на помощ.',
    'syria',
    'S-JOINT-ASSAD',
  ],
  [
    'Русия и Иран остават съперници в Сирия и се борят за договори за възстановяването на страната.',
    'syria',
    'S-FRICTION',
  ],
  [
    'Хиляди бойци от проирански групировки воюваха на страната на сирийската армия.',
    'syria',
    'S-IRAN-FORCES',
  ],
  [
    'Окупаторите отново обстрелваха Одеса с ирански „шахеди“, повредени са жилищни сгради.',
    'drones',
    'D-STRIKES',
  ],
  ['Иран е пратил на Русия нови дронове, твърдят в Киев.', 'drones', 'D-SUPPLY'],
  [
    'Системите за ПВО унищожиха 30 от 35 ударни дрона, изстреляни от врага.',
    'drones',
    'D-UKR-DEFENCE',
  ],
  ['Украинските военни свалиха над Киев 20 шахеда.', 'drones', 'D-UKR-DEFENCE'],
  [
    'САЩ наложиха нови ограничения срещу иранските производители на дронове.',
    'drones',
    'D-SANCTIONS',
  ],
  [
    'Отрядите на сирийската опозиция стигнаха до Дамаск за 11 дни и режимът се срина.',
    'syria',
    'S-FALL-2024',
  ],
  ['Антиправителствените сили превзеха Алепо, а Асад избяга в Москва.', 'syria', 'S-FALL-2024'],
  [
    'Русия намали силите си в Сирия след нахлуването в Украйна, а освободените бази заеха проирански отряди.',
    'syria',
    'S-DRAWDOWN-2022',
  ],
  [
    'В Техеран расте недоволството от Москва: Русия пренесе производството на шахеди у дома.',
    'drones',
    'X-MISTRUST',
  ],
];

describe('Bulgarian matter cues', () => {
  // The first call compiles every language's cues: slow on a busy machine, so not inside a test.
  beforeAll(() => void classifyMatters({ text: 'x' }), 60_000);

  it.each(CASES)('%s -> %s first', (text, topic, matter) => {
    expect(first(text, [topic])).toBe(matter);
  });

  it('does not read captured soldiers as captured Western weapons', () => {
    const found = all('Русия и Украйна размениха пленени войници след атаките с дронове.', [
      'drones',
    ]);
    expect(found).not.toContain('D-PAYMENT');
  });

  it('does not read restrictions on grain exports as mistrust between the allies', () => {
    const found = all('Русия въведе ограничения за износа на зърно за Иран.', ['drones']);
    expect(found).not.toContain('X-MISTRUST');
  });

  it('reads ISIS fighters as counter-terrorism, not as the 2024 rebel offensive', () => {
    const found = all('Бойци на ИДИЛ нападнаха позициите на сирийската армия край Палмира.', [
      'syria',
    ]);
    expect(found[0]).toBe('S-COUNTER-ISIS');
    expect(found).not.toContain('S-FALL-2024');
  });
});
