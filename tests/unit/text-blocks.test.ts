import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { locate, walkBlocks, type BlockText, type Segment } from '../../lib/dom/text-blocks';
import { windowsOf } from '../../engine/text/windows';

function blocksOf(html: string): { blocks: BlockText[]; document: Document } {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const blocks = [...walkBlocks(document.body)].filter((b): b is BlockText => b !== null);
  return { blocks, document: document as unknown as Document };
}

const texts = (blocks: BlockText[]) => blocks.map((b) => b.text.replace(/\s+/g, ' ').trim());

describe('walkBlocks', () => {
  it('reads paragraphs, headings, list items and cells as separate blocks', () => {
    const { blocks } = blocksOf(
      '<h1>Title</h1><p>One <b>bold</b> <a href="#">link</a>.</p><ul><li>Item</li></ul>' +
        '<table><tr><td>Cell A</td><td>Cell B</td></tr></table>',
    );
    expect(texts(blocks)).toEqual(['Title', 'One bold link.', 'Item', 'Cell A', 'Cell B']);
  });

  it('skips scripts, styles, form fields, editors, hidden and aria-hidden content', () => {
    const { blocks } = blocksOf(
      '<p>Visible.</p><script>var iran = 1;</script><style>p{}</style>' +
        '<textarea>Draft</textarea><div contenteditable="true"><p>Editing</p></div>' +
        '<p hidden>Hidden attr</p><p aria-hidden="true">Decorative</p>' +
        '<div role="textbox"><p>Typing</p></div>' +
        '<noscript>Enable JS</noscript><template><p>Tpl</p></template>',
    );
    expect(texts(blocks)).toEqual(['Visible.']);
  });

  it('asks no style: text hidden by CSS is read, and left to the check of each mention', () => {
    const { blocks } = blocksOf(
      '<style>.gone{display:none}</style><p class="gone">Display none</p>' +
        '<p><span style="visibility:hidden">Invisible</span> shown</p>',
    );
    expect(texts(blocks)).toEqual(['Display none', 'Invisible shown']);
  });

  it('separates text across nested blocks and line breaks', () => {
    const { blocks } = blocksOf('<div>Before<p>Inside</p>After<br>Next line</div>');
    const outer = blocks.find((b) => (b.container as Element).tagName === 'DIV')!;
    expect(outer.text).toBe('Before\nAfter\nNext line');
    expect(texts(blocks)).toContain('Inside');
  });

  it('maps block offsets back to DOM ranges across inline elements', () => {
    const { blocks } = blocksOf('<p>Iran sent <em>Shahed</em> drones to Russia.</p>');
    const block = blocks[0]!;
    const start = block.text.indexOf('Iran');
    const end = block.text.indexOf('Russia.') + 'Russia.'.length;
    const at = locate(block, start, end)!;
    expect(at.startNode.data.slice(at.startOffset)).toBe('Iran sent ');
    expect(at.endNode.data.slice(0, at.endOffset)).toBe(' drones to Russia.');
    expect(block.segments.map((s) => s.node.data)).toEqual([
      'Iran sent ',
      'Shahed',
      ' drones to Russia.',
    ]);
  });

  it('returns no range for text that left the page', () => {
    const { blocks } = blocksOf('<p id="x">Iran and Russia.</p>');
    const block = blocks[0]!;
    (block.segments[0]!.node.parentNode as Element).remove();
    expect(locate(block, 0, 4)).toBeNull();
  });
});

describe('locate in a block of many Text nodes', () => {
  it('finds a span near the end looking at a few of its segments, not all', () => {
    const { document } = parseHTML(
      `<!doctype html><html><body><p>${'<b>word</b> '.repeat(5_000)}Iran and Russia.</p></body></html>`,
    );
    const block = [...walkBlocks(document.body as unknown as Node)].find(
      (b): b is BlockText => b !== null,
    )!;
    const segments = block.segments;
    expect(segments.length).toBe(10_000);
    let looked = 0;
    const counted = new Proxy(segments as Segment[], {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) looked += 1;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const start = block.text.indexOf('Iran');
    const at = locate({ ...block, segments: counted }, start, start + 'Iran and Russia'.length)!;
    expect(at.startNode.data.slice(at.startOffset, at.endOffset)).toBe('Iran and Russia');
    expect(looked).toBeLessThan(100);
  });
});

describe('walkBlocks and shadow roots', () => {
  it('finds open shadow roots, asking only elements that can host one', () => {
    const { document } = parseHTML(
      '<!doctype html><html><body><div id="host">Host text</div><story-card></story-card>' +
        `<ul>${'<li><a href="#">Link</a> and <em>more</em></li>'.repeat(50)}</ul></body></html>`,
    );
    const divRoot = document.getElementById('host')!.attachShadow({ mode: 'open' });
    const cardRoot = document.querySelector('story-card')!.attachShadow({ mode: 'open' });
    // Counts the walk's reads of `shadowRoot`: a binding call per element in a browser.
    let proto = Object.getPrototypeOf(document.body) as object;
    while (!Object.getOwnPropertyDescriptor(proto, 'shadowRoot'))
      proto = Object.getPrototypeOf(proto);
    const original = Object.getOwnPropertyDescriptor(proto, 'shadowRoot')!;
    let reads = 0;
    Object.defineProperty(proto, 'shadowRoot', {
      configurable: true,
      get(this: Element) {
        reads += 1;
        return original.get!.call(this);
      },
    });
    const found: ShadowRoot[] = [];
    try {
      const blocks = [
        ...walkBlocks(document.body as unknown as Node, { onShadowRoot: (r) => found.push(r) }),
      ];
      expect(blocks.filter((b) => b !== null)).toHaveLength(51);
    } finally {
      Object.defineProperty(proto, 'shadowRoot', original);
    }
    expect(found).toEqual([divRoot, cardRoot]);
    // The div and the custom element; not the 150 links, emphases and list items.
    expect(reads).toBe(2);
  });
});

describe('windowsOf', () => {
  it('keeps short text whole', () => {
    expect(windowsOf('Short text.')).toEqual([{ offset: 0, text: 'Short text.' }]);
  });

  it('splits huge blocks at sentence ends and covers every character once', () => {
    const sentence = 'Iran supplied Russia with drones. ';
    const text = sentence.repeat(2_000);
    const windows = windowsOf(text);
    expect(windows.length).toBeGreaterThan(1);
    expect(windows.map((w) => w.text).join('')).toBe(text);
    for (const w of windows) {
      expect(text.slice(w.offset, w.offset + w.text.length)).toBe(w.text);
      expect(w.text.length).toBeLessThanOrEqual(20_000);
    }
    expect(windows.slice(0, -1).every((w) => w.text.endsWith('.'))).toBe(true);
  });
});
