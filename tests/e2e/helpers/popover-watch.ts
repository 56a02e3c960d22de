/**
 * Records every text the popover's closed shadow root ever holds, even for a moment: a
 * MutationObserver on the root, installed over CDP (which reaches into closed roots) in an
 * isolated world the page cannot touch. Polling the accessibility tree would miss a state shown
 * for a few milliseconds; this does not. Chromium only.
 */
import type { Page } from 'playwright-core';

/** The texts the popover held since the watch began (added, removed and overwritten). */
export interface PopoverWatch {
  texts(): Promise<string[]>;
}

const WORLD = 'fact-context-popover-watch';

/** Watches the popover that is open now (its host is the page's `:popover-open` element). */
export async function watchPopover(page: Page): Promise<PopoverWatch> {
  const session = await page.context().newCDPSession(page);
  const { frameTree } = await session.send('Page.getFrameTree');
  const { executionContextId } = await session.send('Page.createIsolatedWorld', {
    frameId: frameTree.frame.id,
    worldName: WORLD,
  });
  const { result } = await session.send('Runtime.evaluate', {
    expression: "document.querySelector(':popover-open')",
    contextId: executionContextId,
  });
  if (!result.objectId) throw new Error('no popover is open');
  const { node } = await session.send('DOM.describeNode', {
    objectId: result.objectId,
    depth: 1,
    pierce: true,
  });
  const root = node.shadowRoots?.[0];
  if (!root) throw new Error('the popover host has no shadow root');
  const { object } = await session.send('DOM.resolveNode', {
    backendNodeId: root.backendNodeId,
    executionContextId,
  });
  await session.send('Runtime.callFunctionOn', {
    objectId: object.objectId!,
    functionDeclaration: `function () {
      const texts = [];
      const keep = (t) => { if (t && t.trim()) texts.push(t.trim()); };
      new MutationObserver((records) => {
        for (const r of records) {
          if (r.type === 'characterData') { keep(r.oldValue); keep(r.target.data); }
          for (const n of r.addedNodes) keep(n.textContent);
          for (const n of r.removedNodes) keep(n.textContent);
        }
      }).observe(this, { subtree: true, childList: true, characterData: true, characterDataOldValue: true });
      globalThis.__popoverTexts = texts;
    }`,
  });
  return {
    async texts() {
      const { result: value } = await session.send('Runtime.evaluate', {
        expression: 'globalThis.__popoverTexts',
        contextId: executionContextId,
        returnByValue: true,
      });
      return (value.value as string[] | undefined) ?? [];
    },
  };
}
