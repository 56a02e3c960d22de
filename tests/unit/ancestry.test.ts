import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { batchAncestry, CLIMB_STEP } from '../../lib/dom/ancestry';
import { isBlockElement } from '../../lib/dom/text-blocks';

/** Runs a lookup to the end; returns its answer and how often it paused. */
function run<T>(gen: Generator<null, T>): { value: T; pauses: number } {
  let pauses = 0;
  for (;;) {
    const step = gen.next();
    if (step.done) return { value: step.value, pauses };
    pauses++;
  }
}

/** Every node under `root` (shadow trees included), in document order. */
function nodesOf(root: Node): Node[] {
  const out: Node[] = [];
  const visit = (n: Node) => {
    out.push(n);
    const shadow = (n as Element).shadowRoot;
    if (shadow) visit(shadow);
    for (let c = n.firstChild; c; c = c.nextSibling) visit(c);
  };
  visit(root);
  return out;
}

const parent = (n: Node): Node | null =>
  n.parentNode ?? (n.nodeType === 11 ? (n as ShadowRoot).host : null);

/** The plain climbs the batch lookups replace. */
const plain = {
  blockContainerOf(node: Node): Node {
    for (let n: Node | null = node.nodeType === 1 ? node : node.parentNode; n; n = n.parentNode) {
      if (isBlockElement(n) || n.nodeType === 11) return n;
    }
    return node.ownerDocument?.body ?? node;
  },
  underAny(node: Node, set: ReadonlySet<Node>): boolean {
    for (let p = node.parentNode; p; p = p.parentNode) if (set.has(p)) return true;
    return false;
  },
  inSkipped(node: Node, skipped: (el: Element) => boolean): boolean {
    for (let n: Node | null = node; n; n = parent(n)) {
      if (n.nodeType === 1 && skipped(n as Element)) return true;
    }
    return false;
  },
};

function page() {
  const { document } = parseHTML(
    '<!doctype html><html><body><main><p id="p">Iran <b>and <i id="i">Russia</i></b>.</p>' +
      '<div hidden><span><em id="h">hidden</em></span><p>Inside hidden</p></div>' +
      '<section><span id="host"></span><ul><li>Item <a href="#">link</a></li></ul></section>' +
      '</main>Loose text<span>loose inline</span></body></html>',
  );
  const host = document.getElementById('host')!;
  const shadow = host.attachShadow({ mode: 'open' });
  const inner = document.createElement('span');
  inner.append(document.createTextNode('In the shadow'), document.createElement('div'));
  shadow.append(inner);
  return document as unknown as Document;
}

const isHidden = (el: Element) => el.hasAttribute('hidden');

describe('batch ancestry', () => {
  it('answers as the plain climbs do, for every node of a page with a shadow tree', () => {
    const doc = page();
    const nodes = nodesOf(doc.documentElement);
    const ancestry = batchAncestry(isHidden);
    const set = new Set<Node>([doc.getElementById('p')!, doc.querySelector('section')!]);
    const under = ancestry.underAnyOf(set);
    for (const node of nodes) {
      expect(run(ancestry.blockContainerOf(node)).value).toBe(plain.blockContainerOf(node));
      expect(run(under(node)).value).toBe(plain.underAny(node, set));
      expect(run(ancestry.inSkipped(node)).value).toBe(plain.inSkipped(node, isHidden));
    }
    // The cases that matter, spelled out.
    expect(run(ancestry.inSkipped(doc.getElementById('h')!.firstChild!)).value).toBe(true);
    expect(run(ancestry.inSkipped(doc.getElementById('i')!)).value).toBe(false);
  });

  it('sees skipped content above a shadow root, through its host', () => {
    const doc = page();
    const host = doc.getElementById('host')!;
    const text = host.shadowRoot!.firstChild!.firstChild!;
    expect(run(batchAncestry(isHidden).inSkipped(text)).value).toBe(false);
    host.setAttribute('hidden', '');
    expect(run(batchAncestry(isHidden).inSkipped(text)).value).toBe(true);
  });

  it('climbs each ancestor once per batch, however many deep targets share them', () => {
    // A 3,000-level chain of inline elements, each with its own text that changed: the
    // plain climbs cost depth × targets (4.5 million steps); a batch costs about the depth.
    const { document } = parseHTML('<!doctype html><html><body><div id="top"></div></body></html>');
    const depth = 3_000;
    const texts: Text[] = [];
    let at: Element = document.getElementById('top')!;
    for (let i = 0; i < depth; i++) {
      const next = document.createElement('span');
      const text = document.createTextNode(`level ${i}`);
      next.append(text);
      texts.push(text);
      at.append(next);
      at = next;
    }
    let tested = 0;
    const ancestry = batchAncestry((el) => {
      tested++;
      return el.hasAttribute('hidden');
    });
    const top = document.getElementById('top')!;
    let pauses = 0;
    // Deepest first, the worst order for a cache filled on the way up.
    for (const text of [...texts].reverse()) {
      const found = run(ancestry.blockContainerOf(text));
      expect(found.value).toBe(top);
      const skipped = run(ancestry.inSkipped(text));
      expect(skipped.value).toBe(false);
      pauses += found.pauses + skipped.pauses;
    }
    // Each element tested once (plus html and body), not once per target below it.
    expect(tested).toBeLessThanOrEqual(depth + 3);
    // It pauses every CLIMB_STEP ancestors, so a batch over a deep page runs in slices.
    expect(pauses).toBeGreaterThan(0);
    expect(pauses).toBeLessThanOrEqual(Math.ceil((2 * depth + 2 * texts.length) / CLIMB_STEP));
  });

  it('pauses inside a single climb deeper than CLIMB_STEP', () => {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    let at: Element = document.body;
    for (let i = 0; i < 3 * CLIMB_STEP; i++) {
      const next = document.createElement('span');
      at.append(next);
      at = next;
    }
    const leaf = document.createTextNode('deep');
    at.append(leaf);
    const { value, pauses } = run(batchAncestry(() => false).blockContainerOf(leaf));
    expect(value).toBe(document.body);
    expect(pauses).toBeGreaterThanOrEqual(2);
  });

  it('gives the slice its clock within a climb of a hundred ancestors, each tested', () => {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    let at: Element = document.body;
    for (let i = 0; i < 100; i++) {
      const next = document.createElement('span');
      at.append(next);
      at = next;
    }
    const leaf = document.createTextNode('deep');
    at.append(leaf);
    const { value, pauses } = run(batchAncestry((el) => el.hasAttribute('hidden')).inSkipped(leaf));
    expect(value).toBe(false);
    expect(pauses).toBeGreaterThanOrEqual(3);
  });
});
