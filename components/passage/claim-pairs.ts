/**
 * Puts a claim and its denial side by side: among the passages shown for a mention, a passage
 * whose source denies a matter of the mention and one whose source claims it (states it,
 * attributes it or hedges it) become one labelled pair, placed where the first of the two
 * stood. Everything else keeps its order.
 */
import type { MentionMatter, RetrievedPassage } from '../../engine/types';

export type CardGroup =
  | { kind: 'single'; result: RetrievedPassage }
  | {
      kind: 'pair';
      /** The pair's label, e.g. "A claim and a denial on: Iran's denials". */
      label: string;
      claim: RetrievedPassage;
      denial: RetrievedPassage;
    };

const isClaim = (r: RetrievedPassage) =>
  r.passage.stance === 'asserted' ||
  r.passage.stance === 'attributed' ||
  r.passage.stance === 'hedged';

/** The mention's matter that both passages are about (the most specific first), if any. */
function sharedMatter(
  a: RetrievedPassage,
  b: RetrievedPassage,
  matters: readonly MentionMatter[],
): MentionMatter | undefined {
  const aOn = new Set(a.passage.matters);
  return matters.find((m) => aOn.has(m.id) && b.passage.matters.includes(m.id));
}

/** The shown passages in display groups: claim-and-denial pairs and single cards. */
export function groupClaimsAndDenials(
  results: readonly RetrievedPassage[],
  matters: readonly MentionMatter[],
): CardGroup[] {
  const partner = new Map<RetrievedPassage, { other: RetrievedPassage; label: string }>();
  for (const denial of results) {
    if (denial.passage.stance !== 'denied' || partner.has(denial)) continue;
    for (const claim of results) {
      if (claim === denial || partner.has(claim) || !isClaim(claim)) continue;
      const matter = sharedMatter(denial, claim, matters);
      if (!matter) continue;
      const label = `A claim and a denial on: ${matter.label}`;
      partner.set(denial, { other: claim, label });
      partner.set(claim, { other: denial, label });
      break;
    }
  }
  const groups: CardGroup[] = [];
  const placed = new Set<RetrievedPassage>();
  for (const r of results) {
    if (placed.has(r)) continue;
    const p = partner.get(r);
    if (!p) {
      groups.push({ kind: 'single', result: r });
      continue;
    }
    placed.add(r).add(p.other);
    const [claim, denial] = r.passage.stance === 'denied' ? [p.other, r] : [r, p.other];
    groups.push({ kind: 'pair', label: p.label, claim, denial });
  }
  return groups;
}
