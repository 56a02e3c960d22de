import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_NAMES, randomHighlightNames } from '../../lib/dom/highlights';

describe('highlight names', () => {
  it('gives the user’s own look names nothing else styles, new for each page load', () => {
    const a = randomHighlightNames();
    const b = randomHighlightNames();
    const fixed: string[] = Object.values(HIGHLIGHT_NAMES);
    for (const name of [...Object.values(a), ...Object.values(b)]) {
      expect(name).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(fixed).not.toContain(name);
    }
    expect(new Set([...Object.values(a), ...Object.values(b)]).size).toBe(6);
  });
});
