/**
 * Reports this frame's mentions to the background (the whole list each time, changes within
 * REPORT_DELAY_MS coalesced into one report). A frame that never had a mention sends nothing
 * at all, so pages without mentions cost no messages and never wake the background.
 */
import { LIMITS, sendMessage, type MentionSummary } from '../../lib/messages';

/**
 * A report goes at most this long after the first change it carries. A throttle, not a
 * debounce: a page changing (or firing navigation events) without pause would postpone a
 * debounced report forever.
 */
export const REPORT_DELAY_MS = 250;

export interface Reporter {
  /** Report the list read by `read` soon (bursts coalesced; the latest `read` is used). */
  schedule(read: () => MentionSummary[]): void;
  /** Report an empty list now if anything was reported before (paused, unloaded, stopped). */
  retract(): void;
}

/**
 * A random token for this document's reports. Not `crypto.randomUUID()`: that exists only in
 * secure contexts, and news is still read over plain http.
 */
function newToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function createReporter(): Reporter {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest: () => MentionSummary[] = () => [];
  let reported = false;
  const documentToken = newToken();

  const send = (mentions: MentionSummary[]) => {
    if (!mentions.length && !reported) return;
    reported = mentions.length > 0;
    sendMessage<'mentions/report'>({
      type: 'mentions/report',
      document: documentToken,
      url: location.href.slice(0, LIMITS.url),
      title: document.title.slice(0, LIMITS.title),
      mentions: mentions.slice(0, LIMITS.mentions),
    }).catch(() => {
      // The background may be restarting or the extension reloading; the next change resends.
    });
  };

  return {
    schedule(read) {
      latest = read;
      timer ??= setTimeout(() => {
        timer = undefined;
        try {
          send(latest());
        } catch {
          // Never throw into the page.
        }
      }, REPORT_DELAY_MS);
    },
    retract() {
      clearTimeout(timer);
      timer = undefined;
      try {
        send([]);
      } catch {
        // The extension context is gone; the background forgets the tab on its own.
      }
    },
  };
}
