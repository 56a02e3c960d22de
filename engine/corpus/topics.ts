/**
 * Passage topic tagging, independent of the page detector (`engine/detect.ts`) so the
 * generated corpus stays reproducible while detection evolves.
 *
 * Rule: a passage can only carry topics its article is about (hand-checked `topics` in
 * `data/sources.json`). Within those, it gets
 * - `drones` when it speaks of drones (drone/UAV/Shahed/Mohajer/Geran/kamikaze), or of arms,
 *   weapons, missiles, training, cash or sanctions together with Ukraine or with both an
 *   Iranian and a Russian party;
 * - `syria` when it names Syria or the Syrian war's landmarks (Assad, Damascus, Astana,
 *   Soleimani, Tartus, Latakia, Golan, Hezbollah, Aleppo, Idlib), or Russia's "intervention in
 *   2015";
 * - otherwise, when it names both an Iranian and a Russian party (Iran/Tehran/Khamenei...,
 *   Russia/Moscow/Putin...), the article's first (main) topic: it is then about the alliance
 *   the article covers.
 * Passages matching none of these have no topic: they stay searchable but are never offered
 * as context for a mention.
 */
import type { Topic } from '../types';

const DRONE_WORDS = /\b(?:drones?|UAVs?|unmanned aerial|Shahed|Mohajer|Geran|kamikaze)/i;
const ARMS_WORDS =
  /\b(?:arms|weapons?|missiles?|ammunition|training|trainers?|cash|money|payments?|sanctions?)\b/i;
const UKRAINE_WORDS = /\b(?:Ukrain\w*|Kyiv|Kiev|Crimea|Belarus)\b/;

/** Entities whose presence ties a passage to the Syrian war. */
const SYRIA_ENTITIES: ReadonlySet<string> = new Set([
  'Syria',
  'Bashar al-Assad',
  'Damascus',
  'Astana process',
  'Qassem Soleimani',
  'Tartus',
  'Latakia',
  'Golan Heights',
  'Hezbollah',
  'Aleppo',
  'Idlib',
]);

const SYRIA_WORDS = /\bintervention in 2015\b|\b2015 intervention\b/i;

/** Entities standing for Iran's side. */
const IRAN_SIDE: ReadonlySet<string> = new Set([
  'Iran',
  'Tehran',
  'IRGC',
  'Quds Force',
  'Qassem Soleimani',
  'Ali Khamenei',
  'Ebrahim Raisi',
  'Mohammad Mokhber',
  'Hossein Dehghan',
]);

/** Entities standing for Russia's side. */
const RUSSIA_SIDE: ReadonlySet<string> = new Set([
  'Russia',
  'Moscow',
  'Kremlin',
  'Vladimir Putin',
  'Sergei Lavrov',
  'Sergei Shoigu',
  'Dmitry Peskov',
  'Mikhail Mishustin',
]);

/** Topics of a passage, given its text, its canonical entities and its article's topics. */
export function passageTopics(
  text: string,
  entities: readonly string[],
  articleTopics: readonly Topic[],
): Topic[] {
  const out: Topic[] = [];
  const allowed = new Set(articleTopics);
  const bothSides =
    entities.some((e) => IRAN_SIDE.has(e)) && entities.some((e) => RUSSIA_SIDE.has(e));
  const arms = ARMS_WORDS.test(text) && (UKRAINE_WORDS.test(text) || bothSides);
  if (allowed.has('drones') && (DRONE_WORDS.test(text) || arms)) out.push('drones');
  const syria = entities.some((e) => SYRIA_ENTITIES.has(e)) || SYRIA_WORDS.test(text);
  if (allowed.has('syria') && syria) out.push('syria');
  const main = articleTopics[0];
  if (out.length === 0 && main && bothSides) out.push(main);
  return out;
}
