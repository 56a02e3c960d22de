import { describe, expect, it } from 'vitest';
import { evaluate, parseLines, score } from '../../scripts/eval';
import type { Topic } from '../../engine/types';

describe('eval scoring', () => {
  it('computes precision, recall and F1 from counts', () => {
    const s = score(8, 2, 4);
    expect(s.precision).toBeCloseTo(0.8);
    expect(s.recall).toBeCloseTo(8 / 12);
    expect(s.f1).toBeCloseTo((2 * 0.8 * (8 / 12)) / (0.8 + 8 / 12));
  });

  it('scores an empty denominator as perfect and no hits as zero F1', () => {
    expect(score(0, 0, 0)).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(score(0, 3, 2)).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });

  it('counts per topic and micro-averages, listing every miss', () => {
    const items = [
      { id: 'a', text: 'A', topics: ['drones'] as Topic[], lang: 'en' },
      { id: 'b', text: 'B', topics: ['syria'] as Topic[], lang: 'en' },
      { id: 'c', text: 'C', topics: [] as Topic[], lang: 'ru' },
    ];
    const predictions: Record<string, Topic[]> = { A: ['drones', 'syria'], B: [], C: ['drones'] };
    const { report, misses } = evaluate(items, (text) => predictions[text] ?? []);
    expect(report.perTopic.drones).toMatchObject({ tp: 1, fp: 1, fn: 0, precision: 0.5 });
    expect(report.perTopic.syria).toMatchObject({ tp: 0, fp: 1, fn: 1, recall: 0 });
    expect(report.overall).toMatchObject({ tp: 1, fp: 2, fn: 1 });
    expect(misses.map((m) => `${m.id}:${m.topic}:${m.kind}`)).toEqual([
      'a:syria:false positive',
      'b:syria:false negative',
      'c:drones:false positive',
    ]);
  });

  it('reports bad lines and keeps the good ones', () => {
    const { items, errors } = parseLines(
      [
        '{"id":"x","text":"Iran","topics":["drones"],"lang":"en"}',
        'not json',
        '{"id":"y","text":"t","topics":["weather"]}',
        '',
        '{"text":"no id","topics":[]}',
      ].join('\n'),
    );
    expect(items.map((i) => i.id)).toEqual(['x', 'line-5']);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^line 2:/);
    expect(errors[1]).toMatch(/^line 3:/);
  });
});
