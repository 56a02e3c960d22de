import { describe, expect, it } from 'vitest';
import { detectTopics } from '../../engine/detect';
import { EN } from '../../engine/lexicon/en';
import { RU } from '../../engine/lexicon/ru';

const withRussian = { lexicons: [EN, RU] };

describe('a lexicon added as data (Russian)', () => {
  it('finds the topics through Russian inflection', () => {
    expect(
      detectTopics('Иран поставлял России беспилотники «Шахед» для ударов по Киеву.', withRussian),
    ).toEqual(['drones']);
    expect(detectTopics('Тегеран отрицает передачу дронов Москве.', withRussian)).toEqual([
      'drones',
    ]);
    expect(detectTopics('Россия и Иран спасли режим Асада в Сирии.', withRussian)).toEqual([
      'syria',
    ]);
    expect(detectTopics('Российские войска применяют «Герань-2».', withRussian)).toEqual([
      'drones',
    ]);
  });

  it('leaves Russian hard negatives alone', () => {
    expect(detectTopics('Россия запустила по Украине сто дронов.', withRussian)).toEqual([]);
    expect(detectTopics('Израиль нанёс удар по иранским объектам в Сирии.', withRussian)).toEqual(
      [],
    );
  });

  it('is on by default', () => {
    expect(detectTopics('Россия и Иран спасли режим Асада в Сирии.')).toEqual(['syria']);
    expect(detectTopics('Россия и Иран спасли режим Асада в Сирии.', { lexicons: [EN] })).toEqual(
      [],
    );
  });

  it('keeps English working alongside', () => {
    expect(detectTopics('Iran has sent Russia hundreds of drones.', withRussian)).toEqual([
      'drones',
    ]);
  });
});
