/**
 * The years a leader's name tells: a text naming Rouhani speaks of 2013–2021, whatever it
 * says of Putin's visits to Tehran; one naming Araghchi, Iran's foreign minister, of 2024 on;
 * none where the leader is named as former (`classify.ts`). Only leaders whose terms divide the
 * dated matters are here (Khamenei and Erdogan span them all).
 */
import type { Concept } from './concepts';

/** First and last year in office, both counted; no `to` while still in office. */
export interface Tenure {
  from: number;
  to?: number;
}

export const TENURES: Partial<Record<Concept, Tenure>> = {
  pres_ahmadinejad: { from: 2005, to: 2013 },
  pres_rouhani: { from: 2013, to: 2021 },
  pres_raisi: { from: 2021, to: 2024 },
  pres_pezeshkian: { from: 2024 },
  fm_zarif: { from: 2013, to: 2021 },
  fm_amirabdollahian: { from: 2021, to: 2024 },
  fm_araghchi: { from: 2024 },
  // Not a leader, but a name that dates as one: HTS was formed in January 2017.
  era_hts: { from: 2017 },
};

/**
 * Surnames that are also common words (Turkish "zarif", elegant; Arabic/Persian "ظريف", witty):
 * bare, they name the leader only beside one of these concepts of Iran's diplomacy.
 */
export const BARE_NAMES: Partial<Record<Concept, { as: Concept; with: readonly Concept[] }>> = {
  zarif_name: {
    as: 'fm_zarif',
    with: ['tehran', 'iran_leader', 'moscow', 'putin', 'diplomatic', 'talks', 'astana', 'irgc'],
  },
};
