import { describe, expect, it } from 'vitest';
import { parseTabState } from '../../components/common/use-tab-state';

describe('tab state', () => {
  const valid = {
    tabId: 4,
    url: 'https://news.example/a',
    title: 'A',
    mentions: [
      {
        id: 'm1',
        frameId: 0,
        topics: ['syria'],
        text: 'x',
        context: 'x y',
        terms: ['iran'],
        score: 0.5,
      },
    ],
    dropped: 3,
    focus: { frameId: 0, mentionId: 'm1' },
  };

  it('accepts a well-formed state and drops malformed mentions and focus', () => {
    expect(parseTabState(valid)).toEqual(valid);
    const bad = {
      ...valid,
      mentions: [
        ...valid.mentions,
        { id: '<b>', topics: ['x'] },
        { ...valid.mentions[0], frameId: -1 },
      ],
      focus: { frameId: 'top' },
    };
    expect(parseTabState(bad)).toEqual({ ...valid, focus: null });
    // A count of mentions not kept that is not a count reads as none.
    expect(parseTabState({ ...valid, dropped: -2 })?.dropped).toBe(0);
    expect(parseTabState({ ...valid, dropped: '9' })?.dropped).toBe(0);
  });

  it('rejects anything that is not a tab state', () => {
    for (const v of [
      null,
      undefined,
      'state',
      { ...valid, tabId: -1 },
      { ...valid, mentions: 1 },
    ]) {
      expect(parseTabState(v)).toBeNull();
    }
  });
});
