/**
 * The retriever over the bundled corpus, for the background (popover passages) and the side
 * panel (which retrieves locally, where the corpus is bundled, with no round trip). Built on
 * first use, with its fuse.js index, so a background woken only for badge updates does not pay
 * for it.
 */
import { corpus, fuseIndexJson } from '../data/corpus';
import { createRetriever, type Retriever } from '../engine/retrieval/retriever';

let retriever: Retriever | null = null;

/** The one retriever of this extension context, built the first time it is asked for. */
export function bundledRetriever(): Retriever {
  retriever ??= createRetriever(corpus, fuseIndexJson);
  return retriever;
}
