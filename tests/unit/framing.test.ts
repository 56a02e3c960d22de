/**
 * The framing lines a reader is told (`lib/format/framing.ts`): what the popover and the panel
 * say of how the page frames a mention, and what a passage card says of how its source frames
 * the matter. Nothing is said when the rules are unsure, and nothing for a page's plain
 * assertion (the rules read it less reliably than the other stances).
 */
import { describe, expect, it } from 'vitest';
import {
  outletSubject,
  pageFramingLine,
  passageFramingLine,
  speakerLabel,
} from '../../lib/format/framing';
import type { MentionFraming } from '../../lib/messages';

const f = (
  stance: MentionFraming['stance'],
  speaker: string | null = null,
  hedge: string | null = null,
) => ({ stance, speaker, hedge }) satisfies MentionFraming;

describe('the page line (popover, panel)', () => {
  it('names who the page attributes the claim to, and who denies it', () => {
    expect(pageFramingLine(f('attributed', 'US officials'))).toBe(
      'The page attributes this to US officials',
    );
    expect(pageFramingLine(f('denied', "Iran's foreign ministry"))).toBe(
      "The page reports a denial by Iran's foreign ministry",
    );
    // A leading "The" reads inside the sentence.
    expect(pageFramingLine(f('attributed', 'The White House'))).toBe(
      'The page attributes this to the White House',
    );
  });

  it('quotes the hedge word when there is one', () => {
    expect(pageFramingLine(f('hedged', null, 'reportedly'))).toBe(
      'The page hedges this (“reportedly”)',
    );
    expect(pageFramingLine(f('hedged'))).toBe('The page hedges this');
  });

  it('says so plainly when the speaker is not named', () => {
    expect(pageFramingLine(f('attributed'))).toBe(
      'The page attributes this to a source not named in this sentence',
    );
    expect(pageFramingLine(f('denied'))).toBe('The page reports a denial');
  });

  it('says nothing for an assertion, an unsure reading or no reading at all', () => {
    expect(pageFramingLine(f('asserted'))).toBeNull();
    expect(pageFramingLine(f(null))).toBeNull();
    expect(pageFramingLine(f(null, 'Tehran'))).toBeNull();
    expect(pageFramingLine(null)).toBeNull();
    expect(pageFramingLine(undefined)).toBeNull();
  });

  it('keeps a very long speaker to one calm line', () => {
    const line = pageFramingLine(f('attributed', 'x'.repeat(190)));
    expect(line!.length).toBeLessThan(120);
    expect(line).toMatch(/…$/);
  });
});

describe('the card line (passage provenance)', () => {
  const outlet = { outlet: 'Mohakeme' };
  it('tells each stance of the source, assertions included', () => {
    expect(passageFramingLine({ stance: 'asserted', speaker: null }, outlet)).toBe(
      'Mohakeme states this',
    );
    expect(passageFramingLine({ stance: 'attributed', speaker: 'The White House' }, outlet)).toBe(
      'Mohakeme attributes this to the White House',
    );
    expect(passageFramingLine({ stance: 'denied', speaker: 'Tehran' }, outlet)).toBe(
      'Mohakeme reports a denial by Tehran',
    );
    expect(passageFramingLine({ stance: 'hedged', speaker: null }, outlet)).toBe(
      'Mohakeme hedges this',
    );
  });

  it('a denial credited to no one is the source’s own; a quote of no named speaker says so', () => {
    expect(passageFramingLine({ stance: 'denied', speaker: null }, outlet)).toBe(
      'Mohakeme denies this',
    );
    expect(passageFramingLine({ stance: 'attributed', speaker: null }, outlet)).toBe(
      'Mohakeme attributes this to a source it quotes',
    );
  });

  it('says nothing when the corpus has no stance for the passage', () => {
    expect(passageFramingLine({ speaker: null }, outlet)).toBeNull();
    expect(passageFramingLine({}, outlet)).toBeNull();
  });

  it('reads an outlet as the subject of a sentence', () => {
    expect(outletSubject('Unnamed news site')).toBe('The unnamed news site');
    expect(
      outletSubject('SyrianFreePress network (Syrianfreepress.net, War Press Info Network)'),
    ).toBe('SyrianFreePress network');
    expect(outletSubject('  ')).toBe('The source');
  });
});

describe('speakerLabel', () => {
  it('trims quotes and punctuation, lower-cases a leading "The", cuts a long speaker', () => {
    expect(speakerLabel('  «Tehran», ')).toBe('Tehran');
    expect(speakerLabel('The Kremlin')).toBe('the Kremlin');
    expect(speakerLabel('x'.repeat(200))).toHaveLength(80);
  });
});
