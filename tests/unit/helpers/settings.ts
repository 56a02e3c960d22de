/** Settings fixtures shared by the settings tests. */
import type { Settings } from '../../../lib/settings';

/** Settings a user has customised in every field. */
export const CUSTOM: Settings = {
  version: 1,
  paused: true,
  topics: { drones: false, syria: true },
  highlightStyle: 'underline',
  colors: { drones: '#112233', syria: '#445566' },
  hoverDelayMs: 800,
  disabledSites: ['example.com', 'news.test'],
};
