/**
 * The background service worker (Chrome) / event page (Firefox): per-tab mention state and
 * badge, the corpus and retriever, the lazy popover injection, the keyboard command and the
 * side panel's features.
 */
import { defineBackground } from 'wxt/utils/define-background';
import { registerPanelFeatures } from '../../lib/background/panel-features';
import { startFactContextBackground } from '../../lib/background/start';

export default defineBackground(() => {
  registerPanelFeatures();
  startFactContextBackground();
});
