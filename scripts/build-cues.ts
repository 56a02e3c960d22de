/**
 * `npm run cues:build`: writes `data/generated/cue-matcher.json`, the matter classifier's cue
 * matcher compiled from the cue lexicons (`cueMatcherData` in `engine/matters/compile-cues.ts`),
 * so the background reads it instead of compiling every language's cues on its first
 * classification. Rerun after editing a cue lexicon or a lexicon's inflection rules;
 * `tests/unit/cue-matcher-sync.test.ts` fails while the file is stale. Deterministic; the
 * output is committed.
 */
import { writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { cueMatcherData } from '../engine/matters/compile-cues';

const ROOT = resolve(import.meta.dirname, '..');
const FILE = resolve(ROOT, 'data/generated/cue-matcher.json');

const text = `${JSON.stringify(cueMatcherData())}\n`;
writeFileSync(FILE, text);
console.log(`Wrote ${relative(ROOT, FILE)} (${Buffer.byteLength(text)} bytes).`);
