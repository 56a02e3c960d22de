/**
 * Kannada lexicon. Case endings are written onto the word, after a zero-width non-joiner the
 * tokenizer drops ("ಡ್ರೋನ್‌ಗಳನ್ನು" -> "ಡ್ರೋನ್ಗಳನ್ನು"), so `suffixes` strips one case or plural ending
 * and, where the stem's final consonant took a vowel sign instead of its virama, restores it
 * ("ಇರಾನಿನ" -> "ಇರಾನ್", "ರಷ್ಯಾಕ್ಕೆ" -> "ರಷ್ಯಾ"). Verbs are listed by stem ("ಕಳುಹಿಸ", send) and
 * lose their tense endings ("ಕಳುಹಿಸಿದೆ", "ಕಳುಹಿಸಲಾಗಿದೆ").
 */
import {
  ADJ,
  ASTANA,
  DRONE,
  HELP,
  IRAN,
  LEISURE,
  MODEL,
  RUSSIA,
  SOLEIMANI,
  STRONG,
  SYRIA,
  SYRIA_WAR,
  THEATRE,
  TRANSFER,
  UKRAINE,
  VISIT,
  WEAPON,
} from '../rules/roles';
import type { Lexicon } from './types';

/** The Kannada lexicon. */
export const KN: Lexicon = {
  lang: 'kn',
  suffixes: [
    // Plural and case endings on nouns: the longest first.
    'ಗಳನ್ನು>',
    'ಗಳಿಂದ>',
    'ಗಳಿಗೆ>',
    'ಗಳಲ್ಲಿ>',
    'ಗಳ>',
    'ಗಳು>',
    'ಿನಿಂದ>್',
    'ಿನಲ್ಲಿ>್',
    'ಿನೊಂದಿಗೆ>್',
    'ಿನ>್',
    'ಿಗೆ>್',
    'ನಿಂದ>',
    'ನಲ್ಲಿ>',
    'ದಿಂದ>',
    'ದಲ್ಲಿ>',
    'ದೊಂದಿಗೆ>',
    'ನೊಂದಿಗೆ>',
    'ಕ್ಕೆ>',
    'ನ್ನು>',
    'ವನ್ನು>',
    'ವು>',
    'ಗೆ>',
    'ದ>',
    'ನ>',
    'ಯ>',
    'ಯು>',
    'ಯನ್ನು>',
    // Tense endings on verb stems.
    'ಲಾಗಿದೆ>',
    'ಲಾಗುತ್ತಿದೆ>',
    'ುತ್ತಿದೆ>',
    'ುತ್ತಿದ್ದ>',
    'ಿದ್ದಾರೆ>',
    'ಿದ್ದ>',
    'ಿದೆ>',
    'ಿದ>',
    'ಿ>',
  ].join(';'),
  terms: [
    [IRAN, 'ಇರಾನ್;ಟೆಹರಾನ್|ತೆಹ್ರಾನ್|ಟೆಹ್ರಾನ್;ಖಮೇನಿ|ಖಾಮೇನಿ'],
    [IRAN | SOLEIMANI, 'ಸುಲೇಮಾನಿ|ಸೊಲೈಮಾನಿ'],
    [IRAN | ADJ, 'ಇರಾನಿ|ಇರಾನಿಯನ್'],
    [RUSSIA, 'ರಷ್ಯಾ|ರಶ್ಯಾ|ರಷ್ಯ;ಮಾಸ್ಕೋ;ಪುಟಿನ್;ಕ್ರೆಮ್ಲಿನ್'],
    [RUSSIA | ADJ, 'ರಷ್ಯನ್'],
    [STRONG | RUSSIA, 'ಅಲಾಬುಗಾ'],
    [STRONG | DRONE, 'ಗೆರಾನ್'],
    [DRONE, 'ಡ್ರೋನ್|ಡ್ರೋನು'],
    // Also given names (Shahid): alone, a drone only beside Russia or Ukraine.
    [MODEL, 'ಶಾಹೆದ್|ಶಾಹಿದ್|ಶಹೀದ್;ಮೊಹಾಜೆರ್'],
    [WEAPON, 'ಶಸ್ತ್ರಾಸ್ತ್ರ;ಕ್ಷಿಪಣಿ;ಮದ್ದುಗುಂಡು'],
    [TRANSFER, 'ಪೂರೈಕೆ;ಪೂರೈಸ;ಕಳುಹಿಸ;ಒದಗಿಸ;ಮಾರಾಟ;ರವಾನೆ;ಖರೀದಿ;ಉತ್ಪಾದನೆ;ಉತ್ಪಾದಿಸ'],
    [HELP, 'ಸಹಕಾರ;ನೆರವು;ಸಹಾಯ;ಬೆಂಬಲ;ನಿರ್ಬಂಧ;ನಿರಾಕರಿಸ'],
    [SYRIA, 'ಸಿರಿಯಾ|ಸಿರಿಯ;ಹಿಜ್ಬುಲ್ಲಾ|ಹೆಜ್ಬೊಲ್ಲಾ'],
    [ASTANA, 'ಅಸ್ತಾನಾ'],
    [SYRIA | ADJ, 'ಸಿರಿಯನ್'],
    [SYRIA | SYRIA_WAR, 'ಅಸ್ಸಾದ್|ಅಸಾದ್;ಡಮಾಸ್ಕಸ್;ಅಲೆಪ್ಪೊ'],
    [UKRAINE, 'ಉಕ್ರೇನ್;ಕೀವ್|ಕೈವ್;ಝೆಲೆನ್ಸ್ಕಿ|ಜೆಲೆನ್ಸ್ಕಿ;ಖಾರ್ಕಿವ್;ಒಡೆಸಾ'],
    [UKRAINE | ADJ, 'ಉಕ್ರೇನಿಯನ್'],
    [THEATRE, 'ಇಸ್ರೇಲ್;ಹೌತಿ;ಯೆಮೆನ್;ಸುಡಾನ್'],
    [LEISURE, 'ಫುಟ್ಬಾಲ್;ವಿಶ್ವಕಪ್;ಭೂಕಂಪ'],
    [VISIT, 'ಭೇಟಿ'],
    [DRONE, 'ಮಾನವರಹಿತ'],
  ],
};
