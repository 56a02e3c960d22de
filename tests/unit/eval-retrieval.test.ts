import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { meanScores, scoreItem } from '../../scripts/eval-retrieval/metrics';

const ROOT = join(import.meta.dirname, '../..');
const item = (shown: string[][], relevantInCorpus = 3) => ({
  id: 'x',
  lang: 'en',
  topic: 'drones',
  matters: ['D-PAYMENT', 'D-SUPPLY'],
  shown,
  relevantInCorpus,
});

describe('retrieval metrics', () => {
  it('scores P@1, Success@3 and AP@5 against the item’s matters', () => {
    expect(scoreItem(item([['D-PAYMENT'], ['X-TIES'], ['D-SUPPLY']]))).toEqual({
      p1: 1,
      s3: 1,
      ap5: (1 + 2 / 3) / 3,
    });
    expect(scoreItem(item([['X-TIES'], [], ['D-SUPPLY'], [], []]))).toMatchObject({
      p1: 0,
      s3: 1,
    });
    expect(scoreItem(item([['X-TIES'], [], [], ['D-PAYMENT']]))).toMatchObject({ p1: 0, s3: 0 });
    expect(scoreItem(item([], 0))).toEqual({ p1: 0, s3: 0, ap5: 0 });
    expect(meanScores([])).toEqual({ n: 0, p1: 0, s3: 0, ap5: 0 });
  });

  it('runs as a CLI on a judged file and lists its misses', () => {
    const r = spawnSync(
      join(ROOT, 'node_modules/.bin/tsx'),
      ['scripts/eval-retrieval.ts', 'tests/fixtures/retrieval/sample.jsonl', '--json'],
      { cwd: ROOT, encoding: 'utf8', timeout: 60_000 },
    );
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout) as {
      detected: number;
      answerable: { overall: { n: number; p1: number } };
      misses: unknown[];
      unanswerable: { n: number; saidNotCovered: number };
    };
    expect(report.detected).toBe(3);
    expect(report.answerable.overall.n).toBe(2);
    expect(report.answerable.overall.p1).toBe(1);
    expect(report.misses).toEqual([]);
    // The diplomatic row has no passage in the corpus, and the product says so.
    expect(report.unanswerable).toEqual({ n: 1, saidNotCovered: 1 });
  });
});
