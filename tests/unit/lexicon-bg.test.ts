import { describe, expect, it } from 'vitest';
import { DEFAULT_LEXICONS, detectTopics } from '../../engine/detect';
import { compileLexicons, lookupWord } from '../../engine/lexicon/compile';
import { EXTRA_LEXICONS_3 } from '../../engine/lexicon/extra';
import { itDetects, lastBlockTopics, type Case } from './lexicon-stage-check';

/** Bulgarian news sentences: on-topic first, then hard negatives. */
const CASES: Case[] = [
  [
    'Според украинското разузнаване Техеран е изпратил на Москва нова партида безпилотни летателни апарати.',
    ['drones'],
  ],
  ['Руските войски атакуваха през нощта Харков с дронове „Геран-2“.', ['drones']],
  ['Ирански инструктори са обучавали руски военни в окупирания Крим.', ['drones']],
  ['Заводът в Елабуга вече произвежда повечето дронове за руската армия.', ['drones']],
  ['ЕС наложи нови санкции на Иран заради доставките на балистични ракети за Русия.', ['drones']],
  ['Кремъл е платил със злато за иранските артилерийски снаряди.', ['drones']],
  ['Киев нарече Иран съучастник в руските военни престъпления.', ['drones']],
  ['Инструктори от „Хизбула“ са обучавали в Сирия руски оператори на ирански дронове.', ['drones']],
  ['През 2015 г. Москва и Техеран спасиха режима на Башар Асад от крах.', ['syria']],
  ['Поредният кръг преговори за Сирия в Астана завърши без пробив.', ['syria']],
  ['През юли 2015 г. Сюлеймани пристигна в Москва и се срещна с Путин.', ['syria']],
  ['Руската авиация и подкрепяните от Иран милиции обсадиха заедно Алепо.', ['syria']],
  // Hard negatives.
  ['Украински дронове удариха през нощта рафинерия в Рязанска област.', []],
  ['Русия призова Израел и Иран към сдържаност след нощната атака с ирански дронове и ракети.', []],
  [
    'Суданската армия използва ирански дронове „Мохаджер-6“, а бунтовниците се подкрепят от руски наемници.',
    [],
  ],
  ['Иранският президент пристигна в Астана за срещата на върха на ШОС и се срещна с Путин.', []],
  ['След земетресението Русия и Иран изпратиха самолети с хуманитарна помощ за Алепо.', []],
  ['Русия доставя на Иран изтребители Су-35.', []],
];

describe('Bulgarian lexicon', () => {
  itDetects(CASES, EXTRA_LEXICONS_3);

  it('resolves "the two countries" from the document', () => {
    const denial = 'Двете страни обаче отричат доставки на оръжие.';
    expect(detectTopics(denial)).toEqual([]);
    expect(
      lastBlockTopics(['Иран и Русия задълбочават военното си сътрудничество.', denial]),
    ).toEqual(['drones']);
  });

  it('reads stems through the article and verb endings', () => {
    const m = compileLexicons(DEFAULT_LEXICONS);
    expect(lookupWord(m, 'съучастник')?.term).toBe('съучаст');
    expect(lookupWord(m, 'снаряди')?.term).toBe('снаряд');
    expect(lookupWord(m, 'хизбула')?.term).toBe('хизбул');
    // "шахид" (martyr) is no drone.
    expect(lookupWord(m, 'шахид')).toBeUndefined();
  });
});
