import { describe, expect, it, vi } from 'vitest';
import { corpus } from '../../data/corpus';
import { buildCorpus } from '../../engine/corpus/build';
import { parseStanceLabels, passageFraming } from '../../engine/corpus/stance';
import { STANCES } from '../../engine/stance';
import { readSeedInputs } from '../../scripts/cli/corpus-files';

// Each case builds the corpus: slow on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

const passage = (id: string) => corpus.passages.find((p) => p.id === id);

describe('stance of corpus passages', () => {
  it('carries a stance, a speaker and who set them on every passage of the built corpus', () => {
    for (const p of corpus.passages) {
      expect(p.stance === undefined || STANCES.includes(p.stance)).toBe(true);
      expect(p.speaker === null || typeof p.speaker === 'string').toBe(true);
      if (p.speaker) expect(p.text).toContain(p.speaker);
      expect(['rules', 'hand']).toContain(p.stanceBy);
    }
    expect(corpus.passages.filter((p) => p.stance).length).toBeGreaterThan(100);
  });

  it('reads the framing from the rules where no one corrected it', () => {
    // The pro-Kremlin piece calls the reports false in its own voice.
    expect(passage('s003-p02')).toMatchObject({
      stance: 'denied',
      speaker: null,
      stanceBy: 'rules',
    });
    expect(passage('s004-p09')).toMatchObject({
      stance: 'attributed',
      speaker: 'Sullivan',
      stanceBy: 'rules',
    });
    expect(passage('s001-p07')).toMatchObject({ stance: 'hedged', stanceBy: 'rules' });
  });

  it('takes a person’s correction from data/stance-labels.json', () => {
    expect(passage('s004-p07')).toMatchObject({
      stance: 'attributed',
      speaker: 'Jake Sullivan',
      stanceBy: 'hand',
    });
    // The rules alone read only the passage's second sentence ("He said").
    expect(passageFraming(passage('s004-p07')!.text)).toEqual({
      stance: 'attributed',
      speaker: null,
    });
  });

  it('refuses a correction that is malformed, names no passage, or a speaker not in it', () => {
    const label = (v: unknown) => parseStanceLabels({ passages: { 's000-p00': v } });
    expect(() => parseStanceLabels([])).toThrow(/expected \{ "passages"/);
    expect(() => label({ stance: 'maybe', speaker: null, why: 'x' })).toThrow(/"stance" must be/);
    expect(() => label({ stance: 'denied', speaker: 3, why: 'x' })).toThrow(/"speaker" must be/);
    expect(() => label({ stance: 'denied', speaker: null, why: ' ' })).toThrow(/"why" must say/);
    const inputs = readSeedInputs();
    const none = parseStanceLabels({
      passages: { 's999-p01': { stance: null, speaker: null, why: 'x' } },
    });
    expect(() => buildCorpus(inputs, new Map(), none)).toThrow(/no passage s999-p01/);
    const wrong = label({ stance: 'attributed', speaker: 'Dmitry Peskov', why: 'x' });
    expect(() => buildCorpus(inputs, new Map(), wrong)).toThrow(/does not say "Dmitry Peskov"/);
    const silent = label({ stance: null, speaker: null, why: 'nothing to tell' });
    const built = buildCorpus(inputs, new Map(), silent).passages.find((p) => p.id === 's000-p00');
    expect(built).toMatchObject({ speaker: null, stanceBy: 'hand' });
    expect(built?.stance).toBeUndefined();
  });
});
