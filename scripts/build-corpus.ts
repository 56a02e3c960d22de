/**
 * `npm run corpus:build`: rebuilds `data/generated/corpus.json` and `fuse-index.json` from
 * `data/seeds/*.txt` and `data/sources.json`. Deterministic; the outputs are committed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { buildCorpus, serializeCorpus, serializeFuseIndex } from '../engine/corpus/build';
import {
  CORPUS_JSON,
  FUSE_INDEX_JSON,
  ROOT,
  readSeedInputs,
  readHandLabels,
  readStanceLabels,
} from './cli/corpus-files';

function main(): void {
  const corpus = buildCorpus(readSeedInputs(), readHandLabels(), readStanceLabels());
  mkdirSync(dirname(CORPUS_JSON), { recursive: true });
  writeFileSync(CORPUS_JSON, serializeCorpus(corpus));
  writeFileSync(FUSE_INDEX_JSON, serializeFuseIndex(corpus));
  const counts = corpus.sources
    .map((s) => `${s.id}: ${corpus.passages.filter((p) => p.sourceId === s.id).length}`)
    .join(', ');
  console.log(
    `Wrote ${relative(ROOT, CORPUS_JSON)} (${corpus.passages.length} passages; ${counts}) and ${relative(ROOT, FUSE_INDEX_JSON)}.`,
  );
}

try {
  main();
} catch (err) {
  console.error(`corpus:build failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
