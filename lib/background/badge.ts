/** The toolbar badge: the number of mentions on the tab's page. */
import { browser } from 'wxt/browser';

/** Shows `count` on the tab's toolbar button (nothing for 0). Never throws. */
export function setBadgeCount(tabId: number, count: number): void {
  // MV3 on both browsers: `action` (optional chaining: absent without an action key).
  const action = browser.action as typeof browser.action | undefined;
  if (!action) return;
  const text = count <= 0 ? '' : count > 999 ? '999+' : String(count);
  Promise.all([
    action.setBadgeText({ tabId, text }),
    text ? action.setBadgeBackgroundColor({ tabId, color: '#3a3f8f' }) : Promise.resolve(),
  ]).catch(() => {
    // The tab may have closed meanwhile.
  });
}
