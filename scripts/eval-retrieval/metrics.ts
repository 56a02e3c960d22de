/**
 * Retrieval figures for one judged item: is the first passage shown about one of the item's
 * matters (P@1), one of the first three (Success@3), and how early the relevant ones come
 * (AP@5). Pure, so the eval CLI and its unit test share it.
 */

/** What was shown for one item, judged against the key. */
export interface JudgedItem {
  id: string;
  lang: string;
  /** The item's first topic. */
  topic: string;
  /** The item's matters (the key), most specific first. */
  matters: string[];
  /** Matters of each passage shown, in the order shown (from the key of passage labels). */
  shown: string[][];
  /** How many passages of the corpus (in the item's topics) are about any of its matters. */
  relevantInCorpus: number;
}

export interface ItemScore {
  p1: number;
  s3: number;
  ap5: number;
}

const relevant = (item: JudgedItem, passageMatters: readonly string[]) =>
  passageMatters.some((m) => item.matters.includes(m));

/** P@1, Success@3 and AP@5 of one item (AP normalized by the relevant passages that exist). */
export function scoreItem(item: JudgedItem): ItemScore {
  const hits = item.shown.map((m) => relevant(item, m));
  let found = 0;
  let sum = 0;
  hits.slice(0, 5).forEach((h, i) => {
    if (!h) return;
    found++;
    sum += found / (i + 1);
  });
  const ideal = Math.min(5, item.relevantInCorpus);
  return {
    p1: hits[0] ? 1 : 0,
    s3: hits.slice(0, 3).some(Boolean) ? 1 : 0,
    ap5: ideal > 0 ? sum / ideal : 0,
  };
}

/** Means over items. */
export function meanScores(scores: readonly ItemScore[]): ItemScore & { n: number } {
  const n = scores.length;
  const mean = (k: keyof ItemScore) => (n ? scores.reduce((s, x) => s + x[k], 0) / n : 0);
  return { n, p1: mean('p1'), s3: mean('s3'), ap5: mean('ap5') };
}
