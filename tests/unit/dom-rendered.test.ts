/**
 * Whether a mention's text is rendered (`lib/dom/rendered.ts`): asked per element its text
 * sits in, once per element, and answered by the browser's `checkVisibility`.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isRendered, spanRendered } from '../../lib/dom/rendered';
import { walkBlocks, type BlockText } from '../../lib/dom/text-blocks';
import { pageOf } from './fake-dom';

afterEach(() => vi.unstubAllGlobals());

/**
 * Gives every element a `checkVisibility` as a browser would answer it from the page's CSS:
 * `.gone` is display:none (and hides its subtree), `.contents` is display:contents (no box).
 */
function withLayout(doc: Document) {
  const asked: string[] = [];
  for (const el of doc.querySelectorAll('*')) {
    (el as Element & { checkVisibility(): boolean }).checkVisibility = () => {
      asked.push(el.id || el.tagName);
      return !el.closest('.gone') && !el.classList.contains('contents');
    };
  }
  vi.stubGlobal('getComputedStyle', (el: Element) => ({
    display: el.classList.contains('contents') ? 'contents' : 'block',
  }));
  return asked;
}

describe('isRendered', () => {
  it('follows the browser: hidden by CSS itself or by an ancestor', () => {
    const doc = pageOf(
      '<p id="shown">a</p><p id="gone" class="gone">b</p><div class="gone"><p id="inner">c</p></div>',
    );
    withLayout(doc);
    expect(isRendered(doc.getElementById('shown')!)).toBe(true);
    expect(isRendered(doc.getElementById('gone')!)).toBe(false);
    expect(isRendered(doc.getElementById('inner')!)).toBe(false);
  });

  it('looks through display: contents to the box its text shows in', () => {
    const doc = pageOf(
      '<p><span id="c" class="contents">a</span></p>' +
        '<div class="gone"><span id="hc" class="contents">b</span></div>',
    );
    withLayout(doc);
    expect(isRendered(doc.getElementById('c')!)).toBe(true);
    expect(isRendered(doc.getElementById('hc')!)).toBe(false);
  });
});

describe('spanRendered', () => {
  const blockOf = (doc: Document) =>
    [...walkBlocks(doc.body)].find((b): b is BlockText => b !== null)!;

  it('asks each element the span’s text sits in, once, and no other', () => {
    const doc = pageOf(
      '<p id="p">Lead in. <b id="b">Iran sent</b> drones <i id="i">to Russia</i>. Tail.</p>',
    );
    const asked = withLayout(doc);
    const block = blockOf(doc);
    const start = block.text.indexOf('Iran');
    const end = block.text.indexOf('Russia') + 'Russia'.length;
    const known = new Map<Element, boolean>();
    expect(spanRendered(block, start, end, isRendered, known)).toBe(true);
    expect(spanRendered(block, start, end, isRendered, known)).toBe(true);
    expect(asked).toEqual(['b', 'p', 'i']);
  });

  it('is false when any of the span’s text is hidden', () => {
    const doc = pageOf('<p>Iran sent <span class="gone">hidden</span> drones.</p>');
    withLayout(doc);
    const block = blockOf(doc);
    expect(spanRendered(block, 0, block.text.length, isRendered, new Map())).toBe(false);
    expect(spanRendered(block, 0, 'Iran sent'.length, isRendered, new Map())).toBe(true);
  });
});
