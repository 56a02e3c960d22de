/**
 * A form's named controls shadow the form's own DOM properties (`<input name="nextSibling">`
 * makes `form.nextSibling` that input, in the content script's world too). linkedom does not
 * do this by itself, so each case puts the control on the form as an own property, as a
 * browser's named property lookup would answer. linkedom keeps `nodeType` and `parentNode` as
 * fields of each node rather than prototype getters, so those two are left to the e2e test
 * (tests/e2e/hostile.e2e.test.ts).
 */
import { describe, expect, it, vi } from 'vitest';
import { parseHTML } from 'linkedom';
import { walkBlocks, type BlockText } from '../../lib/dom/text-blocks';
import { containerOf, textPieces } from '../../entrypoints/probe/page-text';

const INSIDE = 'Drones struck the depot inside the form.';
const AFTER = 'Syria talks resumed after the form.';

function clobberedPage(names: string[]): { document: Document; form: Element } {
  const controls = names.map((n) => `<input name="${n}">`).join('');
  const { document } = parseHTML(
    `<!doctype html><html><body><form id="f"><p>${INSIDE}</p>${controls}</form><p>${AFTER}</p></body></html>`,
  );
  const form = document.getElementById('f')!;
  for (const name of names) {
    const input = form.querySelector(`input[name="${name}"]`);
    Object.defineProperty(form, name, { value: input, configurable: true });
  }
  return { document: document as unknown as Document, form: form as unknown as Element };
}

/** The walk's blocks, failing (instead of hanging) past a bound no honest walk reaches. */
function walkBounded(root: Node): string[] {
  const texts: string[] = [];
  let steps = 0;
  for (const b of walkBlocks(root)) {
    if (++steps > 10_000) throw new Error('the walk does not end');
    if (b) texts.push((b as BlockText).text.trim());
  }
  return texts;
}

describe('walkBlocks on a form whose controls shadow its properties', () => {
  for (const name of ['hasAttributes', 'nextSibling', 'firstChild', 'tagName']) {
    it(`reads the text inside and after <form><input name="${name}">`, () => {
      const { document } = clobberedPage([name]);
      expect(walkBounded(document.body)).toEqual([INSIDE, AFTER]);
    });
  }

  it('reads the text with every shadowing name at once', () => {
    const { document } = clobberedPage([
      'hasAttributes',
      'hasAttribute',
      'getAttribute',
      'nextSibling',
      'firstChild',
      'tagName',
      'shadowRoot',
    ]);
    expect(walkBounded(document.body)).toEqual([INSIDE, AFTER]);
  });

  it('walks a form given as the root', () => {
    const { form } = clobberedPage(['firstChild', 'ownerDocument']);
    expect(walkBounded(form)).toEqual([INSIDE]);
  });
});

describe('the probe reading a clobbered form', () => {
  it('reads its pieces in document order', () => {
    const { document } = clobberedPage(['firstChild', 'nextSibling']);
    const text = [...textPieces(document.body)].join('');
    expect(text).toBe(INSIDE + AFTER);
  });

  it('finds the block container of text under it', () => {
    const { document, form } = clobberedPage(['tagName']);
    const input = form.querySelector('input')!;
    // A form is a block container of its own: found from its tag, not the shadowing input.
    vi.stubGlobal('document', document);
    try {
      expect(containerOf(input) === form).toBe(true);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
