/**
 * How the page frames a mention (`lib/mention-framing.ts`), the one reading the background
 * sends to the popover and the panel computes for its list: the stance rules' reading of the
 * highlighted sentence, with the hedge word of a hedged one.
 */
import { describe, expect, it } from 'vitest';
import { mentionFraming } from '../../lib/mention-framing';
import { isMentionFraming, LIMITS } from '../../lib/messages';

describe('mentionFraming', () => {
  it('reads a denial, an attribution and a hedge with their speaker or hedge word', () => {
    expect(
      mentionFraming({
        text: "Iran's foreign ministry denied that Tehran had supplied any drones to Russia.",
      }),
    ).toEqual({ stance: 'denied', speaker: "Iran's foreign ministry", hedge: null });
    expect(
      mentionFraming({ text: 'US officials said Iran had sent hundreds of Shahed-136 drones.' }),
    ).toEqual({ stance: 'attributed', speaker: 'US officials', hedge: null });
    expect(
      mentionFraming({ text: 'Iranian instructors were reportedly training Russian crews.' }),
    ).toEqual({ stance: 'hedged', speaker: null, hedge: 'reportedly' });
  });

  it('gives an assertion as such (the views decide to say nothing of it)', () => {
    expect(mentionFraming({ text: 'Iran has supplied Russia with Shahed-136 drones.' })).toEqual({
      stance: 'asserted',
      speaker: null,
      hedge: null,
    });
  });

  it('is unsure, not wrong, on a question and on empty or hostile input, and never throws', () => {
    const unsure = { stance: null, speaker: null, hedge: null };
    expect(mentionFraming({ text: 'Did Iran send drones to Russia?' })).toEqual(unsure);
    expect(mentionFraming({ text: '' })).toEqual(unsure);
    expect(mentionFraming({ text: 42 as unknown as string })).toEqual(unsure);
    expect(mentionFraming(null as unknown as { text: string })).toEqual(unsure);
  });

  it('always gives a framing the messages accept, however long the sentence', () => {
    const name = `${'Very Long Named Ministry Of '.repeat(20)}Affairs`;
    const text = `${name} denied that Iran had sent drones. ${'Word '.repeat(3000)}`;
    const framing = mentionFraming({ text });
    expect(isMentionFraming(framing)).toBe(true);
    expect((framing.speaker ?? '').length).toBeLessThanOrEqual(LIMITS.speaker);
  });
});

describe('the hedge of a hedged mention', () => {
  const hedge = (text: string) => mentionFraming({ text }).hedge;

  it('gives the words that hedged, as written, on one line', () => {
    expect(hedge('Drones were allegedly sent, and may have been used.')).toBe('allegedly');
    expect(hedge('The drones are believed to have come from Iran.')).toBe('are believed');
    expect(hedge('The drones are\n  believed to have come from Iran.')).toBe('are believed');
    expect(hedge('Иран якобы поставил дроны России.')).toBe('якобы');
    expect(hedge('The reported transfer of drones to Russia went ahead in August.')).toBe(
      'reported',
    );
  });

  it('gives none when no word hedged, or the sentence is not hedged', () => {
    expect(mentionFraming({ text: 'Reports say Iran sent drones to Russia.' })).toEqual({
      stance: 'hedged',
      speaker: null,
      hedge: null,
    });
    expect(hedge('Iran sent drones.')).toBeNull();
    // A hedge inside a clause the rules set aside is not the sentence's framing.
    expect(
      mentionFraming({
        text: 'Although Iran may have sent drones, the Kremlin denied using them.',
      }),
    ).toEqual({ stance: 'denied', speaker: 'the Kremlin', hedge: null });
  });
});
