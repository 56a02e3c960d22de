import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseHTML } from 'linkedom';

const GLOBALS = ['Node', 'Element'] as const;
const saved = new Map(
  GLOBALS.map((name) => [name, Object.getOwnPropertyDescriptor(globalThis, name)]),
);

afterEach(() => {
  for (const [name, d] of saved) {
    if (d) Object.defineProperty(globalThis, name, d);
    else delete (globalThis as Record<string, unknown>)[name];
  }
  vi.resetModules();
});

/** Installs `window`'s interfaces as globals, counting how often each is read. */
function countedInterfaces(window: Record<string, unknown>): Map<string, number> {
  const reads = new Map<string, number>(GLOBALS.map((name) => [name, 0]));
  for (const name of GLOBALS) {
    Object.defineProperty(globalThis, name, {
      configurable: true,
      get: () => {
        reads.set(name, reads.get(name)! + 1);
        return window[name];
      },
    });
  }
  return reads;
}

describe('node-access', () => {
  it('touches no DOM interface while the module loads (the probe loads it on every page)', async () => {
    const { window } = parseHTML('<html><body><p id="a">x</p><p>y</p></body></html>');
    const reads = countedInterfaces(window as unknown as Record<string, unknown>);
    const access = await import('../../lib/dom/node-access');
    expect(Object.fromEntries(reads)).toEqual({ Node: 0, Element: 0 });

    // First use captures the interface's own accessor, once.
    const p = window.document.getElementById('a')!;
    expect(access.tagNameOf(p)).toBe('P');
    expect(access.tagNameOf(p)).toBe('P');
    expect(access.getAttributeOf(p, 'id')).toBe('a');
    expect(access.hasAttributesOf(p)).toBe(true);
    expect(reads.get('Element')).toBe(3);
    expect(access.nodeTypeOf(p)).toBe(1);
    expect(access.nodeTypeOf(p)).toBe(1);
    expect(reads.get('Node')).toBe(1);
  });

  it('reads through the interface, not a property the node itself holds', async () => {
    const { window } = parseHTML(
      '<html><body><form><input name="x"></form><p>after</p></body></html>',
    );
    countedInterfaces(window as unknown as Record<string, unknown>);
    const { getAttributeOf, tagNameOf } = await import('../../lib/dom/node-access');
    const form = window.document.querySelector('form')!;
    // Named controls shadowing the form's own properties, as browsers make them.
    Object.defineProperty(form, 'tagName', { value: form.firstChild });
    Object.defineProperty(form, 'getAttribute', { value: form.firstChild });
    form.setAttribute('id', 'f');
    expect(tagNameOf(form)).toBe('FORM');
    expect(getAttributeOf(form, 'id')).toBe('f');
  });
});
