/**
 * Background-side features of the side panel, popup and settings: the side panel's open
 * behaviour, the "Find fact context for selection" context-menu entry and what it hands the
 * panel. Called once from the background entrypoint at startup.
 *
 * PLACEHOLDER: implemented by the panel owner.
 */
export function registerPanelFeatures(): void {}
