/**
 * Shared passage components for the popover, the side panel and the popup.
 *
 * Styles: extension pages `import '…/components/passage/passage.css'`; a shadow-root host
 * (the popover) imports the text with `import css from '…/components/passage/passage.css?inline'`.
 */
export { PassageCard, RetrievedPassageCard, type PassageCardProps } from './PassageCard';
export { Marked, type MarkedProps } from './Marked';
export { PublishedDate } from './PublishedDate';
export { EventDates } from './EventDates';
export { MatterSummary, matchLabel, type MatterSummaryProps } from './MatterSummary';
