/**
 * Hindi lexicon. Postpositions are separate words (ईरान ने, रूस को), so no prefixes; `suffixes`
 * strips one plural, oblique or verb ending ("ड्रोनों" -> "ड्रोन", "भेजे" / "भेजने" -> "भेज"), or
 * the danda a sentence's last word carries ("हथियार।"). "शहीद" (martyr) is never read as Shahed.
 */
import {
  ADJ,
  DRONE,
  HELP,
  IRAN,
  LEISURE,
  MODEL,
  RUSSIA,
  SYRIA,
  SYRIA_WAR,
  THEATRE,
  TRANSFER,
  UKRAINE,
  WEAPON,
} from '../rules/roles';
import type { Lexicon } from './types';

/** The Hindi lexicon. */
export const HI: Lexicon = {
  lang: 'hi',
  suffixes: '।>;ों>;ें>;ियों>ी;ा>;े>;ी>;ने>;ना>;ता>;ते>;ती>',
  terms: [
    [IRAN, 'ईरान;तेहरान'],
    [IRAN | ADJ, 'ईरानी'],
    [RUSSIA, 'रूस;मॉस्को|मास्को;पुतिन'],
    [RUSSIA | ADJ, 'रूसी'],
    [DRONE, 'ड्रोन'],
    [MODEL | DRONE, 'शाहेद'],
    [WEAPON, 'हथियार;मिसाइल'],
    [TRANSFER, 'आपूर्ति;भेज;बेच;खरीद;उत्पादन'],
    [HELP, 'सहयोग;मदद;प्रतिबंध;इनकार'],
    [SYRIA, 'सीरिया'],
    [SYRIA | ADJ, 'सीरियाई'],
    [SYRIA | SYRIA_WAR, 'असद'],
    [UKRAINE, 'यूक्रेन;कीव'],
    [UKRAINE | ADJ, 'यूक्रेनी'],
    [THEATRE, 'इजराइल|इसराइल|इजरायल;हूती'],
    [LEISURE, 'फुटबॉल;कुश्ती'],
  ],
};
