/**
 * Our own UI in the page (the popover's host element): known by identity, not by name, so
 * its name can be one the page cannot predict and no page element can pass for it.
 */

const hosts = new WeakSet<Element>();

/** Records `el` as ours: the scanner never reads it as page text. */
export function markOwnUi(el: Element): void {
  hosts.add(el);
}

/** Whether `el` is the host of our own UI. */
export function isOwnUiHost(el: Element): boolean {
  return hosts.has(el);
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const ALNUM = `${LETTERS}0123456789`;

/**
 * A valid custom-element name drawn at random (about 50 bits): a page can neither look it
 * up nor style it in advance. Never one of the reserved names, which have other shapes.
 */
export function randomElementName(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(11));
  const pick = (set: string, b: number) => set[b % set.length]!;
  const head = pick(LETTERS, bytes[0]!);
  const rest = Array.from(bytes.subarray(1), (b) => pick(ALNUM, b));
  return `${head}${rest.slice(0, 5).join('')}-${rest.slice(5).join('')}`;
}
