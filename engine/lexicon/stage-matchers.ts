/**
 * Each detector stage's lexicons compiled at build time (`npm run gate:build` writes
 * `data/generated/stage-matcher-<stage>.json`), so a stage reads tables on a page instead of
 * tokenizing its ~700 forms there. `tests/unit/stage-matcher-sync.test.ts` fails while a file is
 * stale. Shipped without the word filter, which reading the tables derives again (smaller).
 */
import { compileLexicons } from './compile';
import { matcherData, type MatcherData } from './matcher-data';
import type { Stage } from './stage-langs';
import { STAGE_LEXICONS } from './stages';

/** The generated file of a stage, relative to the repository. */
export const stageMatcherFile = (stage: Stage): string =>
  `data/generated/stage-matcher-${stage}.json`;

/** A stage's lexicons, compiled, as data. */
export function stageMatcherData(stage: Stage): MatcherData {
  return matcherData(compileLexicons(STAGE_LEXICONS[stage]), { filter: false });
}
