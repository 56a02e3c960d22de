/**
 * The candidate prefilter keeps the best passages by overlap with a bounded heap: it must
 * pick exactly what a full sort would (else a search shows other passages on a bigger corpus).
 */
import { describe, expect, it } from 'vitest';
import { createRng } from '../../scripts/lib/rng';
import { TopK } from '../../engine/retrieval/top-k';

describe('TopK', () => {
  it('keeps the k best ids, best first, ties to the lower id, as a full sort would', () => {
    const rng = createRng(13);
    for (const k of [0, 1, 5, 48]) {
      const scores = Array.from({ length: 300 }, () => rng.int(40) / 4);
      const top = new TopK(k);
      scores.forEach((score, id) => top.offer(score, id));
      const sorted = scores
        .map((score, id) => ({ score, id }))
        .sort((a, b) => b.score - a.score || a.id - b.id)
        .slice(0, k)
        .map((x) => x.id);
      expect(top.sorted()).toEqual(sorted);
    }
  });
});
