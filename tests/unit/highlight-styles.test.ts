/**
 * The highlight colours: the manifest's stylesheet (`public/highlights.css`, static) paints
 * the default look, the adopted sheet (`highlightCss`) the user's own. Both come from
 * `DEFAULT_SETTINGS.colors`, and the session adopts no sheet while the settings are the
 * defaults (`isDefaultLook`), so the static copy must say exactly what `highlightCss` would.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { highlightCss, isDefaultLook, textColorOn } from '../../lib/dom/highlight-styles';
import { HIGHLIGHT_NAMES, randomHighlightNames } from '../../lib/dom/highlights';
import { HIGHLIGHTS_CSS_FILE } from '../../lib/manifest-names';
import { DEFAULT_SETTINGS } from '../../lib/settings';

/** `::highlight(name) { … }` rules outside any at-rule: name → property → value. */
function highlightRules(css: string): Map<string, Map<string, string>> {
  const flat = css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/@media[^{]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}/g, '');
  const rules = new Map<string, Map<string, string>>();
  for (const [, name, body] of flat.matchAll(/::highlight\(([^)]+)\)\s*\{([^}]*)\}/g)) {
    const decls = new Map<string, string>();
    for (const decl of body!.split(';')) {
      const colon = decl.indexOf(':');
      if (colon > 0) decls.set(decl.slice(0, colon).trim(), decl.slice(colon + 1).trim());
    }
    rules.set(name!, decls);
  }
  return rules;
}

const manifestCss = readFileSync(
  resolve(import.meta.dirname, '../../public', HIGHLIGHTS_CSS_FILE),
  'utf8',
);

describe('the manifest’s highlight stylesheet', () => {
  it('styles every published highlight name', () => {
    expect([...highlightRules(manifestCss).keys()].sort()).toEqual(
      Object.values(HIGHLIGHT_NAMES).sort(),
    );
  });

  it('paints the default colours exactly as the user’s own look would', () => {
    expect(isDefaultLook(DEFAULT_SETTINGS)).toBe(true);
    const file = highlightRules(manifestCss);
    const own = highlightRules(highlightCss(DEFAULT_SETTINGS, HIGHLIGHT_NAMES));
    for (const group of ['drones', 'syria', 'both'] as const) {
      const name = HIGHLIGHT_NAMES[group];
      const fileRule = file.get(name)!;
      expect([...fileRule.keys()], name).toEqual(
        expect.arrayContaining(['background-color', 'color']),
      );
      for (const [property, value] of fileRule) {
        expect(value, `${name} ${property}`).toBe(own.get(name)?.get(property));
      }
    }
  });
});

describe('highlight styles', () => {
  it('picks readable text on light and dark highlight colours', () => {
    expect(textColorOn('#f5b942')).toBe('#111111');
    expect(textColorOn('#1a237e')).toBe('#ffffff');
  });

  it('applies the user colours and the underline style', () => {
    const colors = { drones: '#112233', syria: '#abcdef' };
    const names = randomHighlightNames();
    const background = highlightCss({ colors, highlightStyle: 'background' }, names);
    expect(background).toContain(`::highlight(${names.drones}){background-color:#112233`);
    expect(background).toContain(`::highlight(${names.syria}){background-color:#abcdef`);
    const underline = highlightCss({ colors, highlightStyle: 'underline' }, names);
    expect(underline).not.toContain('background-color');
    expect(underline).toContain('text-decoration:underline #112233');
  });
});
