/**
 * Reports this frame's mentions to the background (debounced; the whole list each time). A
 * frame that never had a mention sends nothing at all, so pages without mentions cost no
 * messages and never wake the background.
 */
import { LIMITS, sendMessage, type MentionSummary } from '../../lib/messages';

const DEBOUNCE_MS = 250;

export interface Reporter {
  /** Report the list soon (coalesces bursts). */
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
      clearTimeout(timer);
      timer = setTimeout(() => {
        try {
          send(read());
        } catch {
          // Never throw into the page.
        }
      }, DEBOUNCE_MS);
    },
    retract() {
      clearTimeout(timer);
      try {
        send([]);
      } catch {
        // The extension context is gone; the background forgets the tab on its own.
      }
    },
  };
}
