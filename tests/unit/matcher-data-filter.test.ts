/**
 * A detector stage derives its word filter on the page, from its tables, each time a page loads
 * it (cold code): it should add each word to the filter once. That the filter is the one a
 * fresh compile builds is checked per stage in stage-matcher-sync.test.ts.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import * as tokenize from '../../engine/text/tokenize';
import {
  matcherFromData,
  matcherFromDataSteps,
  type MatcherData,
} from '../../engine/lexicon/matcher-data';
import { stageMatcherFile } from '../../engine/lexicon/stage-matchers';
import { STAGE_LEXICONS } from '../../engine/lexicon/stages';
import type { Stage } from '../../engine/lexicon/stage-langs';

const added: string[] = [];
vi.mock('../../engine/text/tokenize', async (original) => {
  const real = await original<typeof tokenize>();
  return {
    ...real,
    addToPrefixFilter: (filter: tokenize.PrefixFilter, w: string) => {
      added.push(w);
      real.addToPrefixFilter(filter, w);
    },
  };
});

const ROOT = resolve(import.meta.dirname, '../..');
const STAGES = Object.keys(STAGE_LEXICONS).map(Number) as Stage[];

describe('the word filter read from a stage’s tables', () => {
  it.each(STAGES)('stage %i adds no word (or word start) to the filter twice', (stage) => {
    const data = JSON.parse(
      readFileSync(resolve(ROOT, stageMatcherFile(stage)), 'utf8'),
    ) as MatcherData;
    added.length = 0;
    const m = matcherFromData(data);
    expect(added.length).toBeGreaterThan(500);
    expect(new Set(added).size).toBe(added.length);
    // Fewer than a token at a time would add: each token, and each behind its lexicons' rules.
    const rules = [...m.prefixes.values()].flat();
    let perToken = 0;
    for (const [key, lexicons] of m.owners) {
      for (const t of key.split(' ')) {
        perToken += 1 + rules.filter(([, r, bits]) => bits & lexicons && t.startsWith(r)).length;
      }
    }
    expect(added.length).toBeLessThan(perToken * 0.8);
  });

  it.each(STAGES)(
    'stage %i fills the filter in short steps, each a page slice can hold',
    (stage) => {
      const data = JSON.parse(
        readFileSync(resolve(ROOT, stageMatcherFile(stage)), 'utf8'),
      ) as MatcherData;
      added.length = 0;
      const steps = matcherFromDataSteps(data);
      // The most words added to the filter between two steps.
      let most = 0;
      for (;;) {
        const before = added.length;
        const done = steps.next().done;
        most = Math.max(most, added.length - before);
        if (done) break;
      }
      expect(added.length).toBeGreaterThan(500);
      expect(most).toBeLessThanOrEqual(200);
    },
  );
});
