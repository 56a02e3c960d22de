/**
 * Reads the popover the way assistive technology does. The popover lives in a closed shadow
 * root, which Playwright selectors (rightly) cannot pierce; the browser's accessibility tree
 * (CDP `Accessibility.getFullAXTree`) does include it, with its role, accessible name and text.
 * This checks what a screen-reader user would get, not our markup.
 */
import type { CDPSession, Page } from 'playwright-core';

interface AXValue {
  value?: unknown;
}
interface AXNode {
  nodeId: string;
  backendDOMNodeId?: number;
  ignored?: boolean;
  role?: AXValue;
  name?: AXValue;
  description?: AXValue;
  childIds?: string[];
  parentId?: string;
}

/** The popover as the accessibility tree shows it. */
export interface DialogSnapshot {
  name: string;
  /** The dialog's accessible description (what is announced after its name), or ''. */
  description: string;
  /** The dialog's text, in reading order, one entry per text node. */
  texts: string[];
  /** Accessible names of the buttons in it. */
  buttons: string[];
  /** Accessible names of the passage cards (`article` "Passage from <outlet>"). */
  articles: string[];
  /** Whether the dialog or something in it has focus. */
  focused: boolean;
  /** DOM node ids (CDP backend ids) of the dialog and its buttons, by accessible name. */
  nodeIds: { dialog: number | undefined; buttons: Record<string, number | undefined> };
}

const sessions = new WeakMap<Page, CDPSession>();

async function cdp(page: Page): Promise<CDPSession> {
  let s = sessions.get(page);
  if (!s) {
    s = await page.context().newCDPSession(page);
    await s.send('Accessibility.enable');
    await s.send('DOM.enable');
    sessions.set(page, s);
  }
  return s;
}

/** The open "fact context" dialog, or null when none is shown. */
export async function readDialog(page: Page): Promise<DialogSnapshot | null> {
  const session = await cdp(page);
  const { nodes } = (await session.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const dialog = nodes.find(
    (n) => !n.ignored && n.role?.value === 'dialog' && String(n.name?.value ?? '').length > 0,
  );
  if (!dialog) return null;
  const snap: DialogSnapshot = {
    name: String(dialog.name?.value ?? ''),
    description: String(dialog.description?.value ?? ''),
    texts: [],
    buttons: [],
    articles: [],
    focused: false,
    nodeIds: { dialog: dialog.backendDOMNodeId, buttons: {} },
  };
  const walk = (id: string) => {
    const n = byId.get(id);
    if (!n) return;
    const role = String(n.role?.value ?? '');
    const name = String(n.name?.value ?? '');
    if (role === 'StaticText' && name.trim()) snap.texts.push(name.trim());
    if (role === 'button') {
      snap.buttons.push(name);
      snap.nodeIds.buttons[name] = n.backendDOMNodeId;
    }
    if (role === 'article') snap.articles.push(name);
    n.childIds?.forEach(walk);
  };
  walk(dialog.nodeId);
  const focusedNodes = nodes.filter((n) =>
    (n as { properties?: Array<{ name: string; value: AXValue }> }).properties?.some(
      (p) => p.name === 'focused' && p.value.value === true,
    ),
  );
  const inDialog = (n: AXNode | undefined): boolean =>
    !!n && (n.nodeId === dialog.nodeId || (n.parentId ? inDialog(byId.get(n.parentId)) : false));
  snap.focused = focusedNodes.some((n) => inDialog(n));
  return snap;
}

/** Polls until the dialog is shown (and, optionally, matches `ready`). */
export async function waitForDialog(
  page: Page,
  ready: (d: DialogSnapshot) => boolean = () => true,
  timeoutMs = 10_000,
): Promise<DialogSnapshot> {
  const deadline = Date.now() + timeoutMs;
  let last: DialogSnapshot | null = null;
  while (Date.now() < deadline) {
    last = await readDialog(page);
    if (last && ready(last)) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`No matching dialog; last seen: ${JSON.stringify(last)}`);
}

/** Polls until no dialog is shown. */
export async function waitForNoDialog(page: Page, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!(await readDialog(page))) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('The dialog is still shown');
}

/** A box in CSS px of the viewport. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The border box of a DOM node (by CDP backend id), even inside a closed shadow root. */
export async function boxOf(page: Page, backendNodeId: number | undefined): Promise<Box> {
  if (backendNodeId === undefined) throw new Error('no DOM node for this accessibility node');
  const session = await cdp(page);
  const { model } = (await session.send('DOM.getBoxModel', { backendNodeId })) as {
    model: { border: number[] };
  };
  const [x1, y1, x2, , , y3] = model.border as [number, number, number, number, number, number];
  return { x: x1, y: y1, width: x2 - x1, height: y3 - y1 };
}
