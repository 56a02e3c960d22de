/**
 * The benchmark and hostile-page generators must produce what their names promise: the
 * benchmark's numbers are only comparable run to run if the pages are the same size and
 * carry the same mentions every time.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import {
  benchPage,
  BENCH_PAGE_SIZES,
  deepChurnPage,
  deepNestingPage,
  DRONES_SENTENCE,
  escapeHtml,
  hugeTextNodePage,
  manyElementsPage,
  mutatingPage,
  newsPage,
  PLANTED_SENTENCES,
  SYRIA_SENTENCE,
  TOPIC_TERM_PATTERN,
} from '../e2e/harness/pages';

/** Text nodes of the body, in document order. */
function textNodes(html: string): string[] {
  const { document } = parseHTML(html);
  const out: string[] = [];
  const walk = (node: Node, depth: number): void => {
    if (depth > 10_000) return;
    if (node.nodeType === 3) out.push(node.nodeValue ?? '');
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child, depth + 1);
  };
  walk(document.body, 0);
  return out;
}

function countNodes(html: string): number {
  const { document } = parseHTML(html);
  let count = 0;
  const walk = (node: Node): void => {
    count++;
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
  };
  for (let child = document.body.firstChild; child; child = child.nextSibling) walk(child);
  return count;
}

describe('news page generator', () => {
  it('gives the same page for the same seed and a different one for another seed', () => {
    const options = { textChars: 20_000, nodes: 800, plantedParagraphs: 2 };
    expect(newsPage({ seed: 3, ...options }).html).toBe(newsPage({ seed: 3, ...options }).html);
    expect(newsPage({ seed: 4, ...options }).html).not.toBe(newsPage({ seed: 3, ...options }).html);
  });

  it('builds a page with no mention out of text free of every topic term', () => {
    const page = benchPage('none');
    const text = textNodes(page.html).join(' ');
    expect(page.planted).toEqual([]);
    expect(text).not.toMatch(TOPIC_TERM_PATTERN);
    expect(page.html).toContain('<nav');
    expect(page.html).toContain('class="comments"');
    expect(page.html).toContain('<footer');
  });

  it('sizes the 0.8 MB page close to its targets in text and DOM nodes', () => {
    const page = benchPage('0.8MB');
    const target = BENCH_PAGE_SIZES['0.8MB'];
    const text = textNodes(page.html).join('');
    expect(text.length).toBeGreaterThan(target.textChars * 0.95);
    expect(text.length).toBeLessThan(target.textChars * 1.1);
    const nodes = countNodes(page.html);
    expect(nodes).toBeGreaterThan(target.nodes * 0.9);
    expect(nodes).toBeLessThan(target.nodes * 1.1);
  });

  it('plants each mention whole inside one text node, as many times as asked', () => {
    const page = benchPage('0.8MB');
    const nodes = textNodes(page.html);
    const withDrones = nodes.filter((t) => t.includes(DRONES_SENTENCE)).length;
    const withSyria = nodes.filter((t) => t.includes(SYRIA_SENTENCE)).length;
    expect(page.planted).toHaveLength(BENCH_PAGE_SIZES['0.8MB'].plantedParagraphs);
    expect(withDrones + withSyria).toBe(page.planted.length);
    expect(withDrones).toBe(withSyria);
  });
});

describe('mutating page generator', () => {
  it('carries a script that mutates for the requested time and plants both mentions', () => {
    const page = mutatingPage({ seed: 1, durationMs: 1234 });
    expect(page.html).toContain('id="live"');
    expect(page.html).toContain('>= 1234');
    for (const sentence of PLANTED_SENTENCES)
      expect(page.html).toContain(JSON.stringify(sentence).slice(1, -1));
  });
});

describe('hostile page generators', () => {
  it('puts a single text node of the requested size before the mentions', () => {
    const html = hugeTextNodePage(200_000);
    const nodes = textNodes(html);
    expect(Math.max(...nodes.map((t) => t.length))).toBe(200_000);
    expect(nodes.filter((t) => PLANTED_SENTENCES.some((s) => t.includes(s)))).toHaveLength(2);
  });

  it('builds the deep nesting in a script (parsers cap depth) with the mention at the bottom', () => {
    const html = deepNestingPage(300);
    expect(html).toContain('i < 300;');
    expect(html).toContain(JSON.stringify(SYRIA_SENTENCE));
    expect(html).toContain(escapeHtml(DRONES_SENTENCE));
  });

  it('builds a deep churning tree that measures its own long tasks', () => {
    const html = deepChurnPage({ depth: 400, durationMs: 2_000, changesPerTick: 50, tickMs: 20 });
    expect(html).toContain('i < 400;');
    expect(html).toContain('k < 50;');
    expect(html).toContain('>= 2000');
    expect(html).toContain(JSON.stringify(SYRIA_SENTENCE));
    expect(html).toContain(escapeHtml(DRONES_SENTENCE));
    expect(html).toContain("observe({ type: 'longtask', buffered: true })");
  });

  it('builds the requested number of elements', () => {
    const { document } = parseHTML(manyElementsPage(10_000));
    expect(document.querySelectorAll('tr, td').length).toBe(10_000);
  });
});
