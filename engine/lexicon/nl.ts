/**
 * Dutch lexicon. `suffixes` strip plural, adjective and verb endings once ("Iraanse" ->
 * "iraans", "leverde" -> "lever", "sancties" -> "sanctie") and `prefixes` the participle's
 * "ge-" ("geleverd" -> "leverd" -> "lever"). Names spelled as in English ("Iran", "Assad",
 * "Kremlin", "drone") are English's.
 */
import {
  ADJ,
  DRONE,
  FROM,
  GIVE,
  HELP,
  IRAN,
  LEISURE,
  RUSSIA,
  STATES,
  SYRIA,
  SYRIA_STRONG,
  THEATRE,
  TO,
  TRANSFER,
  UKRAINE,
  VISIT,
  WEAPON,
} from '../rules/roles';
import type { Lexicon } from './types';

/** The Dutch lexicon. */
export const NL: Lexicon = {
  lang: 'nl',
  suffixes: 'den>;ten>;en>;de>;te>;e>;s>;t>;d>;ning>',
  prefixes: 'ge',
  terms: [
    [IRAN | ADJ, 'iraans'],
    [RUSSIA, 'rusland;moskou;poetin'],
    [RUSSIA | ADJ, 'russisch'],
    [DRONE, 'kamikazedrone'],
    [WEAPON, 'wapen;raket;munitie'],
    [TRANSFER | GIVE, 'levering|leveren|levert|leverde|geleverd;verkoop|verkocht|verkopen;stuur'],
    [TRANSFER, 'koop|kocht;productie;fabriek;opleiding'],
    [HELP, 'samenwerking;steun;ontken;sanctie'],
    [FROM, 'van;door'],
    [TO, 'aan'],
    [SYRIA, 'syrië;syrisch'],
    [SYRIA_STRONG | SYRIA, 'astanaproces|astana proces'],
    [UKRAINE, 'oekraïne'],
    [UKRAINE | ADJ, 'oekraïens'],
    [THEATRE, 'israël;jemen;rode zee'],
    [STATES, 'noord korea'],
    [LEISURE, 'voetbal;worstel;wedstrijd'],
    [VISIT, 'bezoek'],
  ],
};
