/** Keeps the `k` highest-scoring ids (ties: lower id first). */
export class TopK {
  private readonly heap: Array<{ score: number; id: number }> = [];
  constructor(private readonly k: number) {}

  /** `a` ranks below `b`. */
  private worse(a: { score: number; id: number }, b: { score: number; id: number }): boolean {
    return a.score < b.score || (a.score === b.score && a.id > b.id);
  }

  offer(score: number, id: number): void {
    const h = this.heap;
    if (h.length < this.k) {
      h.push({ score, id });
      let i = h.length - 1;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!this.worse(h[i]!, h[parent]!)) break;
        [h[i], h[parent]] = [h[parent]!, h[i]!];
        i = parent;
      }
      return;
    }
    const item = { score, id };
    if (this.k === 0 || !this.worse(h[0]!, item)) return;
    h[0] = item;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < h.length && this.worse(h[l]!, h[m]!)) m = l;
      if (r < h.length && this.worse(h[r]!, h[m]!)) m = r;
      if (m === i) break;
      [h[i], h[m]] = [h[m]!, h[i]!];
      i = m;
    }
  }

  /** Ids, best first. */
  sorted(): number[] {
    return [...this.heap].sort((a, b) => b.score - a.score || a.id - b.id).map((x) => x.id);
  }
}
