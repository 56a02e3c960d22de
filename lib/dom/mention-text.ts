/**
 * The texts a tracked mention carries besides its own: its sentence context and a wider window
 * of its block, whitespace collapsed, as the popover, the panel and retrieval read them.
 */

const CONTEXT_CHARS = 300;
/** The paragraph window sent with a mention (the page title is added beside it). */
const AROUND_CHARS = 800;

export const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The text around `[start, end)`, widened to sentence edges within CONTEXT_CHARS. */
export function contextOf(text: string, start: number, end: number): string {
  let from = Math.max(0, start - CONTEXT_CHARS);
  let to = Math.min(text.length, end + CONTEXT_CHARS);
  const before = text.slice(from, start);
  const stop = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'));
  if (stop >= 0) from += stop + 1;
  const after = text.slice(end, to);
  const next = after.search(/[.!?](\s|$)/);
  if (next >= 0) to = end + next + 1;
  return collapse(text.slice(from, to)).slice(0, 2000);
}

/** The block text around `[start, end)`, at most AROUND_CHARS, whitespace collapsed. */
export function aroundOf(text: string, start: number, end: number): string {
  const spare = Math.max(0, AROUND_CHARS - (end - start)) / 2;
  const from = Math.max(0, Math.floor(start - spare));
  return collapse(text.slice(from, Math.min(text.length, Math.ceil(end + spare)))).slice(
    0,
    AROUND_CHARS,
  );
}
