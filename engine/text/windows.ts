/**
 * Windows of a long block: detection reads a block longer than WINDOW_CHARS in windows cut at
 * sentence ends (or spaces), so one call never runs long and never holds a huge block's
 * analysis at once. The probe and the page UI read whole blocks (`readInWindows`); the CLI
 * cuts a block that arrives in pieces (`createWindower`), into the same windows.
 */
import type { DocumentReader } from '../detect-core';
import type { Mention } from '../types';

/** Blocks longer than this are detected in windows. */
export const WINDOW_CHARS = 20_000;

/** A window: its text and its offset in the block. */
export interface TextWindow {
  offset: number;
  text: string;
}

/** Length of the window at the start of `rest`, which is longer than WINDOW_CHARS. */
function cutLength(rest: string): number {
  const slice = rest.slice(0, WINDOW_CHARS);
  const cut = Math.max(slice.lastIndexOf('. '), slice.lastIndexOf('\n'));
  const space = slice.lastIndexOf(' ');
  return cut > WINDOW_CHARS / 2 ? cut + 1 : space > 0 ? space : slice.length;
}

/** Splits a long block text at sentence ends (or spaces) into windows of at most WINDOW_CHARS. */
export function windowsOf(text: string): TextWindow[] {
  const windower = createWindower();
  const out = windower.push(text);
  for (const w of windower.end()) out.push(w);
  return out;
}

/**
 * Reads one block with `reader`, window by window, and yields after each window so a caller
 * can pause between them. Returns the block's mentions, offsets into the whole block.
 */
export function* readInWindows(reader: DocumentReader, text: string): Generator<null, Mention[]> {
  const out: Mention[] = [];
  for (const win of windowsOf(text)) {
    for (const m of reader.read(win.text)) {
      out.push({ ...m, start: win.offset + m.start, end: win.offset + m.end });
    }
    yield null;
  }
  return out;
}

/** Cuts one block, given in pieces, into windows as they become complete. */
export interface Windower {
  /** The windows completed by this piece of the block. */
  push(piece: string): TextWindow[];
  /** The block's last windows. */
  end(): TextWindow[];
}

export function createWindower(): Windower {
  let rest = '';
  let offset = 0;
  const take = (out: TextWindow[], all: boolean): TextWindow[] => {
    // A window is cut only once the text beyond it has arrived, as `windowsOf` would cut it.
    while (rest.length > WINDOW_CHARS || (all && rest.length > 0)) {
      const n = rest.length > WINDOW_CHARS ? cutLength(rest) : rest.length;
      out.push({ offset, text: rest.slice(0, n) });
      offset += n;
      rest = rest.slice(n);
    }
    return out;
  };
  return {
    push(piece) {
      rest += piece;
      return take([], false);
    },
    end() {
      return take([], true);
    },
  };
}
