/**
 * Kannada matter cues: everyday news wording (issue #11) names the matter a reader expects,
 * and words with another common sense do not.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { classifyMatters } from '../../engine/matters/classify';
import { CUE_LEXICONS } from '../../engine/matters/cues';
import type { Topic } from '../../engine/types';

const CUE_LANGS = CUE_LEXICONS.map((l) => l.lang);

const first = (text: string, topics: Topic[]) => classifyMatters({ text, topics })[0]?.id;
const all = (text: string, topics: Topic[]) => classifyMatters({ text, topics }).map((h) => h.id);

const CASES: Array<[string, Topic, string]> = [
  ['ರಷ್ಯಾಕ್ಕೆ ಇರಾನ್ ನೂರಾರು ಡ್ರೋನ್‌ಗಳನ್ನು ಪೂರೈಸಿದೆ ಎಂದು ಅಮೆರಿಕ ಹೇಳಿದೆ.', 'drones', 'D-SUPPLY'],
  [
    'ಇರಾನ್ ನಿರ್ಮಿತ ಶಾಹೆದ್ ಡ್ರೋನ್‌ಗಳಿಂದ ರಷ್ಯಾ ರಾತ್ರಿಯಿಡೀ ಕೀವ್ ಮೇಲೆ ದಾಳಿ ನಡೆಸಿದ್ದು, ವಿದ್ಯುತ್ ಸ್ಥಾವರಗಳಿಗೆ ಹಾನಿಯಾಗಿದೆ.',
    'drones',
    'D-STRIKES',
  ],
  ['ಉಕ್ರೇನ್‌ನ ವಾಯು ರಕ್ಷಣಾ ಪಡೆಗಳು 40 ಡ್ರೋನ್‌ಗಳನ್ನು ಹೊಡೆದುರುಳಿಸಿವೆ.', 'drones', 'D-UKR-DEFENCE'],
  ['ಡ್ರೋನ್‌ಗಳನ್ನು ರಷ್ಯಾಕ್ಕೆ ಕಳುಹಿಸಿಲ್ಲ ಎಂದು ಇರಾನ್ ವಿದೇಶಾಂಗ ಸಚಿವಾಲಯ ಹೇಳಿಕೆಯಲ್ಲಿ ನಿರಾಕರಿಸಿದೆ.', 'drones', 'D-DENIAL'],
  ['ರಷ್ಯಾದ ಸೈನಿಕರಿಗೆ ಡ್ರೋನ್ ಬಳಕೆಯ ಬಗ್ಗೆ ತರಬೇತಿ ನೀಡಲು ಇರಾನಿನ ತಜ್ಞರು ಕ್ರಿಮಿಯಾಕ್ಕೆ ತೆರಳಿದ್ದಾರೆ.', 'drones', 'D-TRAINING'],
  ['ಟಾಟರ್‌ಸ್ತಾನ್‌ನ ಅಲಾಬುಗಾ ಕಾರ್ಖಾನೆಯಲ್ಲಿ ಶಾಹೆದ್ ಡ್ರೋನ್‌ಗಳ ಉತ್ಪಾದನೆ ಹೆಚ್ಚಿಸಲಾಗಿದೆ.', 'drones', 'D-ALABUGA'],
  ['ಇರಾನ್ ರಷ್ಯಾಕ್ಕೆ ಬ್ಯಾಲಿಸ್ಟಿಕ್ ಕ್ಷಿಪಣಿಗಳನ್ನು ಕಳುಹಿಸಿದೆ ಎಂದು ಪಾಶ್ಚಿಮಾತ್ಯ ಅಧಿಕಾರಿಗಳು ಹೇಳಿದ್ದಾರೆ.', 'drones', 'D-MISSILES'],
  [
    '2015ರಲ್ಲಿ ಸಿರಿಯಾದಲ್ಲಿ ಆರಂಭವಾದ ರಷ್ಯಾದ ಸೇನಾ ಕಾರ್ಯಾಚರಣೆ ಹಾಗೂ ಯುದ್ಧ ವಿಮಾನಗಳು ಅಸ್ಸಾದ್ ಆಡಳಿತವನ್ನು ಉಳಿಸಿದವು.',
    'syria',
    'S-INTERVENTION-2015',
  ],
  ['ಸಿರಿಯಾದಲ್ಲಿ ರಷ್ಯಾ ಮತ್ತು ಇರಾನ್ ನಡುವೆ ಪ್ರಭಾವಕ್ಕಾಗಿ ಪೈಪೋಟಿ ಹೆಚ್ಚುತ್ತಿದೆ.', 'syria', 'S-FRICTION'],
  [
    'ಸಿರಿಯಾದಲ್ಲಿ ಹಿಜ್ಬುಲ್ಲಾ ಮತ್ತು ಇರಾನ್ ಬೆಂಬಲಿತ ಗುಂಪುಗಳ ಹೋರಾಟಗಾರರು ಅಸ್ಸಾದ್ ಪರವಾಗಿ ಹೋರಾಡಿದರು.',
    'syria',
    'S-IRAN-FORCES',
  ],
  ['ಬಂಡುಕೋರರು ಡಮಾಸ್ಕಸ್ ವಶಪಡಿಸಿಕೊಂಡ ನಂತರ ಅಸ್ಸಾದ್ ಮಾಸ್ಕೋಗೆ ಪರಾರಿಯಾದರು.', 'syria', 'S-FALL-2024'],
  [
    'ಉಕ್ರೇನ್ ಯುದ್ಧದ ನಂತರ ರಷ್ಯಾ ಸಿರಿಯಾದಿಂದ ತನ್ನ ಪಡೆಗಳನ್ನು ಹಿಂತೆಗೆದುಕೊಂಡಿದ್ದು, ಆ ನಿರ್ವಾತವನ್ನು ಇರಾನ್ ತುಂಬುತ್ತಿದೆ.',
    'syria',
    'S-DRAWDOWN-2022',
  ],
  ['ಇರಾನಿನ ಸರ್ವೋಚ್ಚ ನಾಯಕ ಖಮೇನಿ ಅವರನ್ನು ಪುಟಿನ್ ಟೆಹರಾನ್‌ನಲ್ಲಿ ಭೇಟಿಯಾದರು.', 'drones', 'X-TEHRAN-2022'],
  ['ಇರಾನ್ ಮತ್ತು ರಷ್ಯಾದ ಪಾಲುದಾರಿಕೆ ಪಾಶ್ಚಿಮಾತ್ಯ ವಿರೋಧಿ ನಿಲುವಿನ ಮೇಲೆ ನಿಂತಿದೆ.', 'drones', 'X-ALIGNMENT'],
];

describe('Kannada matter cues', () => {
  // The first call compiles every language's cues: slow on a busy machine, so not inside a test.
  beforeAll(() => void classifyMatters({ text: 'x' }), 60_000);

  it('are registered', () => {
    expect(CUE_LANGS).toContain('kn');
  });

  it.each(CASES)('%s -> %s first', (text, topic, matter) => {
    expect(first(text, [topic])).toBe(matter);
  });

  it('reads the European Union as the West, not as an alliance with Iran', () => {
    const found = all('ಡ್ರೋನ್ ಪೂರೈಕೆಗಾಗಿ ಇರಾನಿನ ಮೇಲೆ ಐರೋಪ್ಯ ಒಕ್ಕೂಟ ಹೊಸ ನಿರ್ಬಂಧಗಳನ್ನು ಹೇರಿದೆ.', ['drones']);
    expect(found[0]).toBe('D-SANCTIONS');
    expect(found).not.toContain('X-ALIGNMENT');
  });

  it('does not read "ಈ ಸಂಬಂಧ" (in this regard) as a partnership', () => {
    const found = all('ಈ ಸಂಬಂಧ ಸಿರಿಯಾ ಅಧ್ಯಕ್ಷ ಅಸ್ಸಾದ್ ಹೇಳಿಕೆ ನೀಡಿದ್ದಾರೆ.', ['syria']);
    expect(found).not.toContain('S-JOINT-ASSAD');
  });

  it('does not read "ಹೇಳಿಕೆ ನೀಡಿದೆ" (made a statement) as a delivery', () => {
    const found = all('ಇರಾನ್ ಡ್ರೋನ್ ಕುರಿತು ರಷ್ಯಾ ಹೇಳಿಕೆ ನೀಡಿದೆ.', ['drones']);
    expect(found).not.toContain('D-SUPPLY');
  });

  it('does not read taking office as filling a vacuum', () => {
    const found = all('ಸಿರಿಯಾದ ಹೊಸ ಅಧ್ಯಕ್ಷರಾಗಿ ಅಧಿಕಾರ ವಹಿಸಿಕೊಂಡ ನಂತರ ರಷ್ಯಾ ಜೊತೆ ಮಾತುಕತೆ ನಡೆಸಿದರು.', ['syria']);
    expect(found).not.toContain('S-DRAWDOWN-2022');
  });
});
