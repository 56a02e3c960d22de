/**
 * File I/O of the corpus build: where the seeds, metadata and generated files live, and how
 * they are read. Shared by `scripts/build-corpus.ts` and the reproducibility test.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  parseHandLabels,
  parseSourceMeta,
  type HandLabel,
  type SeedInput,
} from '../../engine/corpus/build';
import { parseStanceLabels, type StanceLabel } from '../../engine/corpus/stance';

/** The repository root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SOURCES_JSON = join(ROOT, 'data/sources.json');
export const SEEDS_DIR = join(ROOT, 'data/seeds');
export const MATTER_LABELS_JSON = join(ROOT, 'data/matter-labels.json');
export const STANCE_LABELS_JSON = join(ROOT, 'data/stance-labels.json');
export const CORPUS_JSON = join(ROOT, 'data/generated/corpus.json');
export const FUSE_INDEX_JSON = join(ROOT, 'data/generated/fuse-index.json');

/** Reads the metadata and each source's seed file, in metadata order. */
export function readSeedInputs(): SeedInput[] {
  const metas = parseSourceMeta(JSON.parse(readFileSync(SOURCES_JSON, 'utf8')) as unknown);
  return metas.map((meta) => ({ meta, raw: readFileSync(join(SEEDS_DIR, meta.file), 'utf8') }));
}

/** The hand-set matters of corpus passages (empty when the file is absent). */
export function readHandLabels(): Map<string, HandLabel> {
  let raw: string;
  try {
    raw = readFileSync(MATTER_LABELS_JSON, 'utf8');
  } catch {
    return new Map();
  }
  return parseHandLabels(JSON.parse(raw) as unknown);
}

/** The hand corrections of passage stances (empty when the file is absent). */
export function readStanceLabels(): Map<string, StanceLabel> {
  let raw: string;
  try {
    raw = readFileSync(STANCE_LABELS_JSON, 'utf8');
  } catch {
    return new Map();
  }
  return parseStanceLabels(JSON.parse(raw) as unknown);
}
