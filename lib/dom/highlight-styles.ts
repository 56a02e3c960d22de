/**
 * The user's highlight colours and style as a constructable stylesheet adopted by the document
 * (and by open shadow roots holding mentions: `::highlight()` rules apply per tree scope).
 *
 * Why adopted, not a `<style>` element or inline custom properties on `:root`: adopting a sheet
 * changes no element, attribute or node, so the page's DOM stays exactly as the site built it,
 * and one sheet object is shared by every scope. The page can still read it
 * (`document.adoptedStyleSheets`, in Chromium and Firefox alike).
 *
 * With the default look the document needs no sheet at all: the manifest-injected CSS already
 * paints the defaults, and adopting a sheet makes the browser restyle the whole document
 * (measured: 0.9 s on a 200,000-element page). Shadow roots always get it (the manifest CSS
 * does not reach into them; restyling one shadow tree is cheap). The user's own look styles
 * highlights of other names (`randomHighlightNames`), which the manifest's rules, later in
 * Firefox's cascade than adopted sheets, cannot override.
 */
import { DEFAULT_SETTINGS, type Settings } from '../settings';
import type { HighlightNames } from './highlights';

/** Black or white, whichever reads better on `hex`. */
export function textColorOn(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return luminance > 0.179 ? '#111111' : '#ffffff';
}

/**
 * CSS for the highlights. With a background, the text colour is set too, so a highlight reads
 * well on light and dark pages alike whatever colour scheme the site uses.
 */
export function highlightCss(
  settings: Pick<Settings, 'colors' | 'highlightStyle'>,
  names: HighlightNames,
): string {
  const { drones, syria } = settings.colors;
  const rule = (name: string, color: string, underline: string | null) =>
    settings.highlightStyle === 'underline'
      ? `::highlight(${name}){text-decoration:underline ${underline ?? color} 3px;` +
        `text-decoration-skip-ink:none;}`
      : `::highlight(${name}){background-color:${color};color:${textColorOn(color)};` +
        (underline
          ? `text-decoration:underline ${underline} 3px;text-decoration-skip-ink:none;`
          : '') +
        '}';
  return [
    rule(names.drones, drones, null),
    rule(names.syria, syria, null),
    // Both topics: the drones colour with an underline in the Syria colour.
    settings.highlightStyle === 'underline'
      ? `::highlight(${names.both}){text-decoration:underline double ${syria} 3px;}`
      : rule(names.both, drones, syria),
  ].join('\n');
}

/** Whether the manifest CSS alone shows these settings (default colours, background style). */
export function isDefaultLook(settings: Pick<Settings, 'colors' | 'highlightStyle'>): boolean {
  const d = DEFAULT_SETTINGS;
  return (
    settings.highlightStyle === d.highlightStyle &&
    settings.colors.drones === d.colors.drones &&
    settings.colors.syria === d.colors.syria
  );
}

/** A sheet kept adopted by the document and the given shadow roots. */
export interface AdoptedStyles {
  update(css: string): void;
  adoptInto(scope: Document | ShadowRoot): void;
  remove(): void;
}

/**
 * Creates the sheet (adopted nowhere yet); a no-op object where constructable sheets are
 * unsupported.
 */
export function createAdoptedStyles(): AdoptedStyles {
  let sheet: CSSStyleSheet;
  try {
    sheet = new CSSStyleSheet();
  } catch {
    return { update() {}, adoptInto() {}, remove() {} };
  }
  const scopes = new Set<Document | ShadowRoot>();
  const adoptInto = (scope: Document | ShadowRoot) => {
    try {
      // Re-check each time: a page may reassign `adoptedStyleSheets` and drop ours.
      if (!scope.adoptedStyleSheets.includes(sheet)) {
        scope.adoptedStyleSheets = [...scope.adoptedStyleSheets, sheet];
      }
      scopes.add(scope);
    } catch {
      // Frozen or foreign arrays: the manifest CSS still paints the defaults.
    }
  };
  return {
    update(css) {
      try {
        sheet.replaceSync(css);
      } catch {
        // Keep the previous rules.
      }
    },
    adoptInto,
    remove() {
      for (const scope of scopes) {
        try {
          scope.adoptedStyleSheets = scope.adoptedStyleSheets.filter((s) => s !== sheet);
        } catch {
          // Nothing more to do.
        }
      }
      scopes.clear();
    },
  };
}
