/**
 * The panel's retriever over the bundled corpus, built once on first use. Retrieval runs in
 * the panel itself (where the corpus is bundled), so the panel needs no round trip for it.
 */
import { corpus, fuseIndexJson } from '../../data/corpus';
import { createRetriever } from '../../engine/retrieve';

let instance: ReturnType<typeof createRetriever> | null = null;

/** The shared retriever. */
export function getRetriever(): ReturnType<typeof createRetriever> {
  instance ??= createRetriever(corpus, fuseIndexJson);
  return instance;
}
