/** Date, provenance and match formatting shared by the popover, the side panel and the popup. */
export * from './dates';
export * from './mark';
export * from './provenance';
