/**
 * `npm run cues:build`: writes the cue matchers compiled from their lexicons, so the background
 * reads tables instead of compiling every language's cues on first use:
 *
 * - `data/generated/cue-matcher.json`, the matter classifier's (`cueMatcherData` in
 *   `engine/matters/compile-cues.ts`);
 * - `data/generated/stance-matcher.json`, the stance rules' (`stanceMatcherData` in
 *   `engine/stance/compile-cues.ts`).
 *
 * Rerun after editing a cue lexicon, a stance cue or a lexicon's inflection rules;
 * `tests/unit/cue-matcher-sync.test.ts` and `tests/unit/stance-matcher-sync.test.ts` fail while
 * a file is stale. Deterministic; the output is committed.
 */
import { writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { cueMatcherData } from '../engine/matters/compile-cues';
import { stanceMatcherData } from '../engine/stance/compile-cues';

const ROOT = resolve(import.meta.dirname, '..');

function write(name: string, data: unknown): void {
  const file = resolve(ROOT, 'data/generated', name);
  const text = `${JSON.stringify(data)}\n`;
  writeFileSync(file, text);
  console.log(`Wrote ${relative(ROOT, file)} (${Buffer.byteLength(text)} bytes).`);
}

write('cue-matcher.json', cueMatcherData());
write('stance-matcher.json', stanceMatcherData());
