/**
 * Bit flags for term roles (see `TermRole`), OR-ed per sentence and per window so the topic
 * rules are a handful of integer tests.
 */
import type { TermRole } from '../lexicon/types';

export const IRAN = 1;
export const RUSSIA = 2;
export const DRONE = 4;
export const MODEL = 8;
export const STRONG = 16;
export const WEAPON = 32;
export const TRANSFER = 64;
export const FROM = 128;
export const SYRIA = 256;
export const SYRIA_STRONG = 512;
export const SOLEIMANI = 1024;
export const VISIT = 2048;
export const UKRAINE = 4096;
export const LEISURE = 8192;
export const RUS_ARMS = 16384;
/** Not a lexicon role: set when an Iran term qualifies a weapon ("Iranian-made drones"). */
export const IRANIAN_WEAPON = 32768;
/** Vague links ("cooperation", "help"): count only inside one sentence. */
export const HELP = 65536;

/** Roles that can start a topic: a block without any of them is skipped. */
export const ANCHOR = IRAN | RUSSIA | STRONG | MODEL | SYRIA_STRONG;

const BITS: Record<TermRole, number> = {
  iran: IRAN,
  russia: RUSSIA,
  drone: DRONE,
  model: MODEL,
  strong: STRONG,
  weapon: WEAPON,
  transfer: TRANSFER,
  from: FROM,
  syria: SYRIA,
  syriaStrong: SYRIA_STRONG,
  soleimani: SOLEIMANI,
  visit: VISIT,
  ukraine: UKRAINE,
  leisure: LEISURE,
  help: HELP,
  rusArms: RUS_ARMS,
  none: 0,
};

/** Bits of a space-separated role list; unknown roles count for nothing. */
export function roleBits(roles: string): number {
  let bits = 0;
  for (const r of roles.split(' ')) bits |= (BITS as Record<string, number | undefined>)[r] ?? 0;
  return bits;
}
