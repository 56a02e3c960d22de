/**
 * The hover floor: what the harness measures on a page without the extension whose own
 * script shows a box 300 ms after the pointer comes onto a highlighted phrase. It is timed by
 * the same `hoverLatencies` as the extension, so it is the part of a hover figure that any
 * popover pays (the wait for the next frame after a timer, the measurement's own share), not
 * the extension's. The box is shaped like ours for the probes: a popover-API host in the top
 * layer with a shadow root, and the phrases registered under a mention highlight name.
 */
import { MENTION_HIGHLIGHTS } from './probes';

/** The page, for a hover delay of `delayMs`. */
export function hoverFloorPage(delayMs: number): string {
  const phrase = (n: number) =>
    `<p style="margin: 40px">Filler before <span class="target">target phrase ${n}</span> after.</p>`;
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>Hover floor</title></head>
<body style="font: 16px/1.5 serif; margin: 120px 40px">
${[1, 2, 3].map(phrase).join('\n')}
<div id="host" popover="manual"></div>
<script>
  const host = document.getElementById('host');
  const root = host.attachShadow({ mode: 'open' });
  const box = document.createElement('div');
  box.textContent = 'A popover shown by the page itself';
  box.style.cssText = 'position: fixed; top: 500px; left: 40px; width: 400px; height: 200px;' +
    'background: #eee; border: 1px solid #999; visibility: hidden';
  root.append(box);
  // Staged in the top layer, hidden, as the extension stages its popover.
  host.showPopover();
  const highlight = new Highlight();
  CSS.highlights.set(${JSON.stringify(MENTION_HIGHLIGHTS[0])}, highlight);
  let timer;
  for (const target of document.querySelectorAll('.target')) {
    const range = new Range();
    range.selectNodeContents(target);
    highlight.add(range);
    target.addEventListener('pointerover', () => {
      clearTimeout(timer);
      timer = setTimeout(() => { box.style.visibility = 'visible'; }, ${delayMs});
    });
    target.addEventListener('pointerout', () => {
      clearTimeout(timer);
      box.style.visibility = 'hidden';
    });
  }
</script>
</body></html>`;
}
