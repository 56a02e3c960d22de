/**
 * The fuse.js configuration shared by the corpus build (which serializes the index) and the
 * retriever (which parses it): both must agree on the keys or the index is meaningless.
 */
import Fuse, { type FuseIndex, type IFuseOptions } from 'fuse.js';
import type { Passage } from '../types';

/** Passage fields fuse searches, with their weights: entity names count most. */
export const FUSE_KEYS = [
  { name: 'entities', weight: 2 },
  { name: 'text', weight: 1 },
  { name: 'heading', weight: 0.5 },
];

/** Fuse options for passage search (extended search: one exact-or-fuzzy item per token). */
export const FUSE_OPTIONS: IFuseOptions<Passage> = {
  keys: FUSE_KEYS,
  includeScore: true,
  includeMatches: true,
  ignoreLocation: true,
  useExtendedSearch: true,
  threshold: 0.3,
  minMatchCharLength: 3,
};

/** Builds the serializable fuse index of `passages`. */
export function createFuseIndex(passages: readonly Passage[]): FuseIndex<Passage> {
  return Fuse.createIndex(FUSE_KEYS, [...passages]);
}
