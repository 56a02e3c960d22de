/**
 * The matters of a mention (`engine/matters/`, classified from its sentence and, where that
 * is vague, the text around it) and how they weigh passages: a passage on one of them by how
 * central the matter is to each side, one on a matter near them (`Matter.near`) below that.
 */
import { MATTERS, matterById } from '../matters/catalogue';
import { classifyMatters } from '../matters/classify';
import type { MentionMatter, RetrievalQuery, Topic } from '../types';
import type { PassageIndex, Prepared } from './passage-index';
import { MAX_QUERY_CHARS } from './query';
import type { MatterRanker } from './rank';

/** Passages per recognised matter that join the candidates (main matter first). */
const MATTER_CANDIDATES = 24;
/** Weight of a mention's 1st, 2nd, 3rd… matter, and of a passage's (the last for any later). */
const MENTION_MATTER_WEIGHT = [1, 0.75, 0.55];
const PASSAGE_MATTER_WEIGHT = [1, 0.85, 0.7, 0.6];
/**
 * The same for a passage on a matter near the mention's: one that names it in passing (its
 * third matter) answers the mention less than one about it, whatever words it shares.
 */
const NEAR_PASSAGE_MATTER_WEIGHT = [1, 0.6, 0.35, 0.25];
/** Weight of a matter's 1st, 2nd, 3rd… near matter (`Matter.near`). */
const NEAR_MATTER_WEIGHT = [1, 0.8, 0.65, 0.5];
/** Weight, among context, of a mention's matter of another time than its first. */
const OTHER_TIME_WEIGHT = 0.3;
/** The catalogue's near matters, for a mention the corpus cannot answer, beside its context's. */
const AROUND_NEAR = 0.7;
/** Weight of a topic's core matter for a mention whose matters were not recognised. */
const UNRECOGNISED_CORE_WEIGHT = 0.5;

/** The matters of a mention, and how they weigh passages. */
export function mentionMatters(
  index: PassageIndex,
  query: RetrievalQuery,
  topics: Topic[],
  inTopic: (p: Prepared) => boolean,
): { matters: MentionMatter[]; ranker: MatterRanker } {
  const { prepared, matterPostings } = index;
  const context = typeof query.context === 'string' ? query.context.slice(0, MAX_QUERY_CHARS) : '';
  const hits = classifyMatters({
    text: String(query.text ?? '').slice(0, MAX_QUERY_CHARS),
    context,
    topics,
  });
  const matters: MentionMatter[] = hits.map((h) => ({
    id: h.id,
    label: matterById(h.id)?.label ?? h.id,
    cues: h.cues,
    from: h.from,
    covered: (matterPostings.get(h.id) ?? []).some((i) => inTopic(prepared[i]!)),
  }));
  // A mention tells of one time: a dated matter of another year than its first matter's (the
  // 2015 intervention beside the 2022 drawdown) answers it only as context.
  const leadYear = matterById(hits[0]?.id ?? '')?.year;
  const ofOtherTime = (id: string) => {
    const y = matterById(id)?.year;
    return leadYear !== undefined && y !== undefined && Math.abs(y - leadYear) > 1;
  };
  // The mention's first matter weighs most; one told only by the context a little less.
  const weight = new Map(
    hits
      .map(
        (h, i) =>
          [h.id, (MENTION_MATTER_WEIGHT[i] ?? 0.4) * (h.from === 'context' ? 0.9 : 1)] as const,
      )
      .filter(([id]) => !ofOtherTime(id)),
  );
  // Matters near the mention's, closest first, weighed below every matter of its own.
  const nearWeight = new Map<string, number>();
  for (const h of hits) if (ofOtherTime(h.id)) nearWeight.set(h.id, OTHER_TIME_WEIGHT);
  hits.forEach((h, i) => {
    (matterById(h.id)?.near ?? []).forEach((id, k) => {
      const w = (MENTION_MATTER_WEIGHT[i] ?? 0.4) * (NEAR_MATTER_WEIGHT[k] ?? 0.4);
      if (!weight.has(id) && w > (nearWeight.get(id) ?? 0)) nearWeight.set(id, w);
    });
  });
  // The corpus has nothing on any of the mention's own matters (Alabuga): what the text around
  // it goes on to say (the gold it was paid in, the trainers) answers next best, before the
  // catalogue's near matters; still context, and no matter claimed for the mention.
  if (hits.length > 0 && context && !matters.some((m) => m.covered)) {
    const own = new Set(hits.map((h) => h.id));
    // Only specific matters of the topic: a broad one (Iran arming Russia) or a bridge between
    // the topics (the alliance forged in Syria) says nothing nearer than the catalogue does.
    const nearer = (id: string) => {
      const m = matterById(id);
      return m !== undefined && !own.has(id) && m.generic !== true && m.topic !== 'both';
    };
    const around = classifyMatters({ text: context, topics }).filter((h) => nearer(h.id));
    if (around.length > 0) {
      for (const w of nearWeight.keys()) nearWeight.set(w, (nearWeight.get(w) ?? 0) * AROUND_NEAR);
    }
    around.forEach((h, k) => {
      const w = NEAR_MATTER_WEIGHT[k] ?? 0.4;
      if (w > (nearWeight.get(h.id) ?? 0)) nearWeight.set(h.id, w);
    });
  }
  // No matter recognised: a mention of a topic most often speaks to its core (Iran arming
  // Russia; Russia and Iran backing Assad), so those passages lead the context, still marked
  // as context and with no matter claimed for the mention.
  if (hits.length === 0) {
    for (const m of MATTERS) {
      if (m.generic && m.topic !== 'both' && topics.includes(m.topic)) {
        nearWeight.set(m.id, UNRECOGNISED_CORE_WEIGHT);
      }
    }
  }
  const strengthIn = (
    p: Prepared,
    weights: ReadonlyMap<string, number>,
    byPlace: readonly number[],
  ) => {
    let strength = 0;
    p.matters.forEach((id, j) => {
      const w = weights.get(id);
      const place = byPlace[Math.min(j, byPlace.length - 1)] ?? 0;
      if (w !== undefined) strength = Math.max(strength, w * place);
    });
    return strength;
  };
  const ranker: MatterRanker = {
    candidates: [
      ...new Set(
        [...weight.keys(), ...nearWeight.keys()].flatMap((id) =>
          (matterPostings.get(id) ?? []).slice(0, MATTER_CANDIDATES),
        ),
      ),
    ],
    judge(p) {
      const shared = hits.map((h) => h.id).filter((id) => weight.has(id) && p.matters.includes(id));
      return {
        strength: strengthIn(p, weight, PASSAGE_MATTER_WEIGHT),
        // The topic's core, when nothing was recognised, is a guess: its words decide more.
        near: strengthIn(
          p,
          nearWeight,
          hits.length === 0 ? PASSAGE_MATTER_WEIGHT : NEAR_PASSAGE_MATTER_WEIGHT,
        ),
        shared,
      };
    },
  };
  return { matters, ranker };
}
