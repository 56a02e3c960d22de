import { describe, expect, it } from 'vitest';
import {
  LIMITS,
  isMentionFraming,
  isMentionSummary,
  parseMessage,
  type MentionSummary,
} from '../../lib/messages';

const mention: MentionSummary = {
  id: 'm1',
  topics: ['drones'],
  text: 'Iran has supplied Russia with Shahed-136 drones.',
  context: 'Iran has supplied Russia with Shahed-136 drones.',
  terms: ['iran', 'russia', 'shahed-136'],
  score: 0.9,
};

describe('parseMessage', () => {
  it('accepts every well-formed message type', () => {
    const ok = [
      {
        type: 'mentions/report',
        document: 'd-1',
        url: 'https://news.example/a',
        title: 'A',
        mentions: [mention],
      },
      { type: 'passages/for-mention', mention, limit: 4 },
      { type: 'passages/for-mention', mention },
      { type: 'panel/open', mentionId: 'm1' },
      { type: 'panel/open', mentionId: null },
      { type: 'tab/state', tabId: 3 },
      { type: 'tab/state', tabId: null },
      { type: 'mention/reveal', tabId: 3, frameId: 0, mentionId: 'm1' },
      { type: 'tab/updated', tabId: 3 },
      { type: 'popover/open-nearest' },
    ];
    for (const m of ok) expect(parseMessage(m), JSON.stringify(m)).toEqual(m);
  });

  it('drops garbage, unknown types and prototype tricks', () => {
    const bad: unknown[] = [
      null,
      undefined,
      42,
      'mentions/report',
      [],
      {},
      { type: 'nope' },
      { type: 'toString' },
      { type: '__proto__' },
      { type: 'constructor' },
      { type: 'tab/state', tabId: -1 },
      { type: 'tab/state', tabId: 1.5 },
      { type: 'tab/state', tabId: '3' },
      { type: 'panel/open', mentionId: '<img src=x onerror=alert(1)>' },
      { type: 'mention/reveal', tabId: 1, frameId: 0 },
      { type: 'passages/for-mention', mention, limit: 0 },
      { type: 'passages/for-mention', mention, limit: LIMITS.passages + 1 },
      { type: 'passages/for-mention', mention: { ...mention, topics: ['weather'] } },
      { type: 'passages/for-mention', mention: { ...mention, topics: [] } },
      { type: 'passages/for-mention', mention: { ...mention, score: 2 } },
      { type: 'passages/for-mention', mention: { ...mention, score: Number.NaN } },
      { type: 'passages/for-mention', mention: { ...mention, terms: 'iran' } },
      { type: 'mentions/report', url: 'u', title: 't', mentions: 'all' },
    ];
    for (const m of bad) expect(parseMessage(m), JSON.stringify(m)).toBeNull();
  });

  it('drops oversized strings and arrays instead of truncating them', () => {
    const long = 'x'.repeat(LIMITS.text + 1);
    expect(isMentionSummary({ ...mention, text: long })).toBe(false);
    expect(isMentionSummary({ ...mention, terms: Array(LIMITS.terms + 1).fill('iran') })).toBe(
      false,
    );
    const many = Array(LIMITS.mentions + 1).fill(mention);
    expect(parseMessage({ type: 'mentions/report', url: 'u', title: 't', mentions: many })).toBe(
      null,
    );
    expect(
      parseMessage({
        type: 'mentions/report',
        url: 'u'.repeat(LIMITS.url + 1),
        title: 't',
        mentions: [],
      }),
    ).toBeNull();
  });

  it('never throws, even on hostile getters', () => {
    const hostile = {
      type: 'tab/state',
      get tabId(): number {
        throw new Error('boom');
      },
    };
    expect(parseMessage(hostile)).toBeNull();
  });
});

describe('isMentionFraming (the framing in the passages reply)', () => {
  it('accepts each stance, or none, with a bounded speaker and hedge word', () => {
    for (const stance of ['asserted', 'attributed', 'denied', 'hedged', null]) {
      expect(isMentionFraming({ stance, speaker: null, hedge: null })).toBe(true);
    }
    expect(isMentionFraming({ stance: 'denied', speaker: 'Tehran', hedge: null })).toBe(true);
    expect(isMentionFraming({ stance: 'hedged', speaker: null, hedge: 'reportedly' })).toBe(true);
  });

  it('refuses an unknown stance, oversized or empty text, wrong types and missing fields', () => {
    expect(isMentionFraming({ stance: 'proven', speaker: null, hedge: null })).toBe(false);
    expect(
      isMentionFraming({ stance: 'denied', speaker: 'x'.repeat(LIMITS.speaker + 1), hedge: null }),
    ).toBe(false);
    expect(
      isMentionFraming({ stance: 'hedged', speaker: null, hedge: 'x'.repeat(LIMITS.hedge + 1) }),
    ).toBe(false);
    expect(isMentionFraming({ stance: 'denied', speaker: '  ', hedge: null })).toBe(false);
    expect(isMentionFraming({ stance: 'denied', speaker: 7, hedge: null })).toBe(false);
    expect(isMentionFraming({ stance: 'denied', speaker: null })).toBe(false);
    expect(isMentionFraming({ stance: '__proto__', speaker: null, hedge: null })).toBe(false);
    expect(isMentionFraming(null)).toBe(false);
    expect(isMentionFraming([])).toBe(false);
  });
});
