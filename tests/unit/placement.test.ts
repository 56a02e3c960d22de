import { describe, expect, it } from 'vitest';
import { GAP, MARGIN, keepClear, placePopover, samePlacementInput } from '../../lib/dom/placement';

const line = (top: number, left = 100, height = 20, width = 300) => ({
  top,
  left,
  bottom: top + height,
  right: left + width,
});

describe('keepClear', () => {
  it('keeps every line of a two-line headline clear, not just the hovered one', () => {
    const first = line(120, 280, 45, 640);
    const second = line(168, 280, 45, 550);
    const clear = keepClear([first, second], first, 900);
    const p = placePopover(clear, 640, 700, 1280, 900);
    expect(p.side).toBe('below');
    expect(p.top).toBeGreaterThanOrEqual(second.bottom);
  });

  it('falls back to the hovered line when the mention is taller than a third of the screen', () => {
    const lines = Array.from({ length: 20 }, (_, i) => line(100 + i * 24));
    expect(keepClear(lines, lines[3]!, 900)).toEqual(lines[3]);
  });
});

describe('placePopover', () => {
  it('goes below the hovered line when there is room', () => {
    const p = placePopover(line(100), 400, 300, 1280, 900);
    expect(p.side).toBe('below');
    expect(p.top).toBe(120 + GAP);
    expect(p.left).toBe(100);
  });

  it('flips above near the bottom edge, never covering the line', () => {
    const anchor = line(800);
    const p = placePopover(anchor, 400, 300, 1280, 900);
    expect(p.side).toBe('above');
    expect(p.top + Math.min(300, p.maxHeight)).toBeLessThanOrEqual(anchor.top);
    expect(p.top).toBeGreaterThanOrEqual(MARGIN);
  });

  it('caps the height on the roomier side when neither fits (it scrolls)', () => {
    const anchor = line(300);
    const p = placePopover(anchor, 400, 2000, 1280, 900);
    expect(p.side).toBe('below');
    expect(p.maxHeight).toBe(900 - anchor.bottom - GAP - MARGIN);
    expect(p.top + p.maxHeight).toBeLessThanOrEqual(900 - MARGIN);
  });

  it('stays inside the viewport horizontally', () => {
    expect(placePopover(line(100, 1200), 400, 100, 1280, 900).left).toBe(1280 - 400 - MARGIN);
    expect(placePopover(line(100, -50), 400, 100, 1280, 900).left).toBe(MARGIN);
  });
});

describe('samePlacementInput', () => {
  const input = { anchor: line(100), vw: 1280, vh: 900 };

  it('holds for the same anchor and viewport, so a popover placed while hidden opens as is', () => {
    expect(samePlacementInput(input, { ...input, anchor: { ...input.anchor } })).toBe(true);
  });

  it('fails when the anchor moved, the viewport changed, or nothing was placed yet', () => {
    expect(samePlacementInput(input, { ...input, anchor: line(101) })).toBe(false);
    expect(samePlacementInput(input, { ...input, anchor: line(100, 101) })).toBe(false);
    expect(samePlacementInput(input, { ...input, anchor: line(100, 100, 21) })).toBe(false);
    expect(samePlacementInput(input, { ...input, anchor: line(100, 100, 20, 301) })).toBe(false);
    expect(samePlacementInput(input, { ...input, vw: 1000 })).toBe(false);
    expect(samePlacementInput(input, { ...input, vh: 500 })).toBe(false);
    expect(samePlacementInput(null, input)).toBe(false);
  });
});
