/**
 * Generators of large and hostile test pages, shared by the browser benchmark
 * (`scripts/bench-browser.ts`) and the hostile-page e2e tests.
 *
 * Every generator is deterministic: the same options give the same HTML byte for byte
 * (a seeded PRNG, no clock, no Math.random), so a benchmark run can be compared with the
 * previous one and a failing test can be replayed.
 *
 * Filler text is built from word banks that contain none of the topic vocabulary (not even
 * as a substring: no "Russell", no "Miranda"), so the only mentions on a page are the ones
 * a generator plants on purpose.
 */
import { createRng, type Rng } from '../../../scripts/lib/rng';

/** The planted drone-transfer mention; any sound detector flags it as `drones`. */
export const DRONES_SENTENCE =
  'Iran has supplied Russia with hundreds of Shahed-136 drones that Moscow launches at Ukrainian cities.';

/** The planted Syria-alliance mention; any sound detector flags it as `syria`. */
export const SYRIA_SENTENCE =
  "Russia and Iran, Assad's main backers, coordinated their military intervention in Syria in 2015.";

/** Both planted sentences, in the order generators plant them. */
export const PLANTED_SENTENCES: readonly string[] = [DRONES_SENTENCE, SYRIA_SENTENCE];

/**
 * The topic vocabulary the reference highlighter (mark.js) is asked to mark: what a
 * keyword highlighter would need to find the same mentions.
 */
export const TOPIC_TERMS: readonly string[] = [
  'Iran',
  'Iranian',
  'Tehran',
  'Russia',
  'Russian',
  'Moscow',
  'Kremlin',
  'Putin',
  'Shahed',
  'Geran',
  'drone',
  'UAV',
  'Syria',
  'Syrian',
  'Assad',
  'Damascus',
];

/** Matches any topic term anywhere (case-insensitive), used to prove filler is clean. */
export const TOPIC_TERM_PATTERN =
  /iran|tehran|russ|moscow|kremlin|putin|shahed|geran|drone|uav|syria|assad|damascus/i;

// ---------------------------------------------------------------------------------------
// Deterministic randomness

export { createRng, type Rng };

// ---------------------------------------------------------------------------------------
// Off-topic filler (local news, weather, sport, economy)

const SUBJECTS = [
  'The city council',
  'A spokesperson for the transit authority',
  'Local shop owners',
  'The regional water board',
  'Economists at the central bank',
  'The head coach',
  'Residents of the northern district',
  'The school board',
  'Hospital administrators',
  'Organisers of the summer festival',
  'The weather service',
  'Farmers in the valley',
  'The harbour master',
  'Volunteers at the food bank',
  'A committee of engineers',
];
const VERBS = [
  'announced',
  'questioned',
  'approved',
  'postponed',
  'welcomed',
  'criticised',
  'reviewed',
  'outlined',
  'defended',
  'expanded',
  'delayed',
  'celebrated',
];
const OBJECTS = [
  'a new budget for road repairs',
  'the plan to extend the tram line',
  'higher fees for parking permits',
  'the renovation of the public library',
  'a forecast of heavy rain for the weekend',
  'the results of the spring tournament',
  'rising prices for fresh vegetables',
  'a pilot scheme for bicycle lanes',
  'the closure of two branch offices',
  'longer opening hours at the swimming pool',
  'an agreement with the bus drivers union',
  'a study of air quality near the motorway',
  'the reopening of the old market hall',
  'new rules for outdoor concerts',
];
const TAILS = [
  'after a long debate on Tuesday evening',
  'despite objections from several members',
  'according to figures published this morning',
  'in a statement to reporters',
  'ahead of the elections next spring',
  'citing the cost of materials',
  'following months of consultation',
  'while promising further updates',
  'as the season drew to a close',
  'with support from neighbouring towns',
];
const LINK_TEXTS = [
  'full report',
  'earlier coverage',
  'the council minutes',
  'our explainer',
  'live updates',
  'the forecast',
  'the statement',
  'previous story',
];
const NAMES = [
  'Ana Lopes',
  'Tom Becker',
  'Priya Nair',
  'Jonas Berg',
  'Lea Martin',
  'Sam Okafor',
  'Mia Novak',
  'Chen Wei',
  'Olga Petrova',
  'Luis Ortega',
];
const SECTIONS = ['World', 'Politics', 'Business', 'Science', 'Sport', 'Culture', 'Opinion'];

/** One off-topic filler sentence. */
export function fillerSentence(rng: Rng): string {
  return `${rng.pick(SUBJECTS)} ${rng.pick(VERBS)} ${rng.pick(OBJECTS)} ${rng.pick(TAILS)}.`;
}

/** Off-topic filler text of about `chars` characters (whole sentences, at least one). */
export function fillerText(rng: Rng, chars: number): string {
  const parts: string[] = [];
  let length = 0;
  do {
    const s = fillerSentence(rng);
    parts.push(s);
    length += s.length + 1;
  } while (length < chars);
  return parts.join(' ');
}

/** On-topic (but not necessarily mention-worthy) sentences a real article on the topic has. */
const TOPIC_CONTEXT = [
  'Officials in Kyiv said the attacks came in waves overnight.',
  'Analysts in Tehran and Moscow declined to comment on the report.',
  'The Kremlin has repeatedly denied the claims.',
  'Damascus airport was closed for several hours.',
  'Drone debris was found in a field near the border.',
  'Iranian state media did not mention the shipment.',
];

// ---------------------------------------------------------------------------------------
// HTML emission with node counting

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/**
 * Accumulates HTML while counting DOM nodes (elements + text nodes) and text characters,
 * so a generator can steer towards a target size without a DOM.
 */
class HtmlWriter {
  private readonly parts: string[] = [];
  nodes = 0;
  textChars = 0;

  open(tag: string, attrs = ''): void {
    this.parts.push(attrs ? `<${tag} ${attrs}>` : `<${tag}>`);
    this.nodes += 1;
  }

  close(tag: string): void {
    this.parts.push(`</${tag}>`);
  }

  text(text: string): void {
    if (!text) return;
    this.parts.push(escapeHtml(text));
    this.nodes += 1;
    this.textChars += text.length;
  }

  /** An element whose only child is a text node. */
  leaf(tag: string, text: string, attrs = ''): void {
    this.open(tag, attrs);
    this.text(text);
    this.close(tag);
  }

  /** Markup that adds no nodes the counters need to know about (doctype, head). */
  raw(html: string): void {
    this.parts.push(html);
  }

  toString(): string {
    return this.parts.join('');
  }
}

// ---------------------------------------------------------------------------------------
// News pages

/** Options of {@link newsPage}. */
export interface NewsPageOptions {
  seed: number;
  /** Target amount of text (characters of `document.body.textContent`, approximately). */
  textChars: number;
  /** Target number of DOM nodes (elements + text nodes) in the body, approximately. */
  nodes: number;
  /**
   * How many paragraphs carry a planted mention (alternating drones / syria), spread
   * evenly through the article. 0 = a page with no mention at all.
   */
  plantedParagraphs: number;
  /** Page title; a neutral one by default. */
  title?: string;
  /** Extra markup for the end of `<head>` (e.g. an inline script of the mutation page). */
  headExtra?: string;
}

/** A generated page and what was put in it. */
export interface GeneratedPage {
  html: string;
  /** Approximate body node count (elements + text nodes) as generated. */
  nodes: number;
  /** Characters of text as generated. */
  textChars: number;
  /** The planted sentences, in document order (one entry per occurrence). */
  planted: string[];
}

/** Keeps the browser from requesting /favicon.ico (a 404 is a console error). */
const NO_FAVICON = '<link rel="icon" href="data:,">';

const PAGE_STYLE = `
body{font:16px/1.5 Georgia,serif;margin:0;color:#222}
.site-header{display:flex;gap:2rem;padding:1rem 2rem;border-bottom:1px solid #ddd}
.site-header ul{display:flex;gap:1rem;list-style:none;margin:0;padding:0}
main{display:grid;grid-template-columns:minmax(0,42rem) 16rem;gap:2rem;padding:1rem 2rem}
.comments,.site-footer{grid-column:1/-1}
aside.related{font-size:.9rem;border-left:3px solid #eee;padding-left:1rem}
.comment{border-top:1px solid #eee;padding:.5rem 0}
.comment .meta{font-size:.8rem;color:#666}
.site-footer{padding:2rem;background:#f4f4f4}
`;

function writeHeader(w: HtmlWriter, rng: Rng): void {
  w.open('header', 'class="site-header"');
  w.open('div', 'class="logo"');
  w.leaf('a', 'The Daily Ledger', 'href="/"');
  w.close('div');
  w.open('nav', 'aria-label="Sections"');
  w.open('ul');
  for (const section of SECTIONS) {
    w.open('li');
    w.leaf('a', section, `href="/section/${section.toLowerCase()}"`);
    w.close('li');
  }
  w.close('ul');
  w.close('nav');
  w.leaf('button', `Subscribe for ${1 + rng.int(9)} a month`, 'type="button"');
  w.close('header');
}

/**
 * A paragraph of ~`chars` characters with `inlines` inline elements (links, emphasis),
 * optionally containing a planted sentence as its own text run.
 */
function writeParagraph(
  w: HtmlWriter,
  rng: Rng,
  chars: number,
  inlines: number,
  planted: string | null,
): void {
  w.open('p');
  // Split the paragraph's words into runs with an inline element between runs. A planted
  // sentence opens the paragraph (a sentence boundary, like a lede), whole in the first run.
  const words = fillerText(rng, chars).split(' ');
  const runs = Math.min(inlines + 1, words.length);
  for (let i = 0; i < runs; i++) {
    const run = words
      .slice(Math.floor((i * words.length) / runs), Math.floor(((i + 1) * words.length) / runs))
      .join(' ');
    w.text(i === 0 && planted ? `${planted} ${run} ` : `${run} `);
    if (i < runs - 1) {
      if (rng.next() < 0.6) w.leaf('a', rng.pick(LINK_TEXTS), `href="/story/${rng.int(100000)}"`);
      else w.leaf('em', rng.pick(LINK_TEXTS));
    }
  }
  w.close('p');
}

function writeRelated(w: HtmlWriter, rng: Rng): void {
  w.open('aside', 'class="related"');
  w.leaf('h3', 'Related');
  w.open('ul');
  for (let i = 0; i < 4; i++) {
    w.open('li');
    w.leaf('a', fillerSentence(rng), `href="/story/${rng.int(100000)}"`);
    w.close('li');
  }
  w.close('ul');
  w.close('aside');
}

function writeComment(w: HtmlWriter, rng: Rng, chars: number): void {
  w.open('li', 'class="comment"');
  w.open('div', 'class="meta"');
  w.leaf('span', rng.pick(NAMES), 'class="author"');
  w.leaf('time', `${1 + rng.int(23)} hours ago`);
  w.close('div');
  w.leaf('p', fillerText(rng, chars));
  w.open('div', 'class="actions"');
  w.leaf('button', 'Reply', 'type="button"');
  w.leaf('button', `Like (${rng.int(500)})`, 'type="button"');
  w.close('div');
  w.close('li');
}

function writeFooter(w: HtmlWriter, rng: Rng): void {
  w.open('footer', 'class="site-footer"');
  w.open('ul');
  for (const label of ['About us', 'Contact', 'Privacy', 'Terms', 'Archive']) {
    w.open('li');
    w.leaf('a', label, `href="/${label.toLowerCase().replace(' ', '-')}"`);
    w.close('li');
  }
  w.close('ul');
  w.leaf('p', `Copyright ${2000 + rng.int(30)} The Daily Ledger. ${fillerSentence(rng)}`);
  w.close('footer');
}

/**
 * A realistic news page: header and nav, an article of sections with paragraphs, figures
 * and related-story asides, a long comment thread and a footer. Sized by text and node
 * count; the article keeps ~60% of the text, the comments the rest (as on big news sites).
 */
export function newsPage(options: NewsPageOptions): GeneratedPage {
  const rng = createRng(options.seed);
  const w = new HtmlWriter();
  const planted: string[] = [];
  const title = options.title ?? 'Council approves budget as weekend storm nears';
  w.raw(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>` +
      `<meta name="viewport" content="width=device-width">${NO_FAVICON}<style>${PAGE_STYLE}</style>` +
      `${options.headExtra ?? ''}</head><body>`,
  );
  writeHeader(w, rng);
  w.open('main');
  w.open('article');
  w.leaf('h1', title);
  w.open('p', 'class="byline"');
  w.text('By ');
  w.leaf('a', rng.pick(NAMES), 'href="/author"');
  w.leaf('time', 'Updated 14 minutes ago', 'datetime="2024-05-02T10:00:00Z"');
  w.close('p');

  // Node density: how many characters of text per node the targets ask for. Paragraphs
  // get as many inline elements as keep the running ratio on target.
  const charsPerNode = options.textChars / options.nodes;
  const articleChars = options.textChars * 0.6;
  const paragraphChars = 420;
  const expectedParagraphs = Math.max(1, Math.round(articleChars / paragraphChars));
  const plantEvery =
    options.plantedParagraphs > 0
      ? Math.max(1, Math.floor(expectedParagraphs / options.plantedParagraphs))
      : Infinity;
  const inlinesFor = (): number => {
    const wantedNodes = (w.textChars + paragraphChars) / charsPerNode;
    return Math.max(0, Math.min(40, Math.round((wantedNodes - w.nodes - 2) / 2)));
  };

  let paragraph = 0;
  let plantedSoFar = 0;
  while (w.textChars < articleChars) {
    w.open('section');
    w.leaf('h2', fillerSentence(rng).slice(0, 60));
    for (let i = 0; i < 8 && w.textChars < articleChars; i++, paragraph++) {
      let sentence: string | null = null;
      if (plantedSoFar < options.plantedParagraphs && paragraph % plantEvery === plantEvery - 1) {
        sentence = PLANTED_SENTENCES[plantedSoFar % PLANTED_SENTENCES.length]!;
        plantedSoFar++;
        planted.push(sentence);
      }
      writeParagraph(w, rng, paragraphChars, inlinesFor(), sentence);
      // Pages on the topic also carry context sentences that name a term but are no mention.
      if (options.plantedParagraphs > 0 && i === 3) w.leaf('p', rng.pick(TOPIC_CONTEXT));
    }
    if (rng.next() < 0.5) {
      w.open('figure');
      w.raw(`<img alt="" width="640" height="360">`);
      w.nodes += 1;
      w.leaf('figcaption', fillerSentence(rng));
      w.close('figure');
    }
    w.close('section');
    if (rng.next() < 0.3) writeRelated(w, rng);
  }
  // Top up plantings a short article could not fit (tiny pages in tests).
  while (plantedSoFar < options.plantedParagraphs) {
    const sentence = PLANTED_SENTENCES[plantedSoFar % PLANTED_SENTENCES.length]!;
    writeParagraph(w, rng, paragraphChars, 1, sentence);
    planted.push(sentence);
    plantedSoFar++;
  }
  w.close('article');
  writeRelated(w, rng);

  w.open('section', 'class="comments"');
  w.leaf('h2', 'Comments');
  w.open('ol');
  while (w.textChars < options.textChars) {
    // Comment length steers the node density of the thread: each comment is 9 nodes.
    const remainingNodes = Math.max(1, options.nodes - w.nodes);
    const remainingChars = Math.max(1, options.textChars - w.textChars);
    const perComment = Math.max(
      40,
      Math.min(2000, Math.round((remainingChars / remainingNodes) * 9)),
    );
    writeComment(w, rng, perComment);
  }
  w.close('ol');
  w.close('section');
  w.close('main');
  writeFooter(w, rng);
  w.raw('</body></html>');
  return { html: w.toString(), nodes: w.nodes, textChars: w.textChars, planted };
}

// ---------------------------------------------------------------------------------------
// Benchmark page set

/** The sizes of the benchmark pages (text characters, nodes, planted paragraphs). */
export const BENCH_PAGE_SIZES = {
  none: { textChars: 60_000, nodes: 2_500, plantedParagraphs: 0 },
  '0.8MB': { textChars: 800_000, nodes: 18_000, plantedParagraphs: 12 },
  '2MB': { textChars: 2_000_000, nodes: 45_000, plantedParagraphs: 24 },
  '200k-nodes': { textChars: 3_000_000, nodes: 200_000, plantedParagraphs: 24 },
} as const;

export type BenchPageName = keyof typeof BENCH_PAGE_SIZES;

/** One of the benchmark's static pages. */
export function benchPage(name: BenchPageName, seed = 1): GeneratedPage {
  return newsPage({ seed, ...BENCH_PAGE_SIZES[name] });
}

/**
 * A news page whose own script mutates the DOM `ratePerSecond` times a second for
 * `durationMs`: appending paragraphs to a live blog and replacing old ones, every 25th
 * mutation on topic. The live blog keeps at most 300 entries (old ones are removed), like a
 * real live ticker. Sets `window.__mutationsDone = <count>` when it stops.
 */
export function mutatingPage(options: {
  seed: number;
  durationMs: number;
  ratePerSecond?: number;
}): GeneratedPage {
  const rate = options.ratePerSecond ?? 1000;
  // The page's script gets its own copy of the filler banks and PRNG (it runs in the page).
  const script = `
(() => {
  const SUBJECTS = ${JSON.stringify(SUBJECTS)};
  const VERBS = ${JSON.stringify(VERBS)};
  const OBJECTS = ${JSON.stringify(OBJECTS)};
  const PLANTED = ${JSON.stringify(PLANTED_SENTENCES)};
  let state = ${options.seed >>> 0};
  const rnd = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = (l) => l[Math.floor(rnd() * l.length)];
  const sentence = () => pick(SUBJECTS) + ' ' + pick(VERBS) + ' ' + pick(OBJECTS) + '.';
  let count = 0;
  const mutate = (live) => {
    count++;
    const p = document.createElement('p');
    p.textContent = count % 25 === 0 ? sentence() + ' ' + PLANTED[(count / 25) % 2] : sentence() + ' ' + sentence();
    if (count % 2 === 0 && live.children.length > 0) {
      live.replaceChild(p, live.children[Math.floor(rnd() * live.children.length)]);
    } else {
      live.prepend(p);
      if (live.children.length > 300) live.lastElementChild.remove();
    }
  };
  const start = () => {
    const live = document.getElementById('live');
    const began = performance.now();
    const perTick = ${Math.max(1, Math.round(rate / 100))};
    const timer = setInterval(() => {
      for (let i = 0; i < perTick; i++) mutate(live);
      if (performance.now() - began >= ${options.durationMs}) {
        clearInterval(timer);
        window.__mutationsDone = count;
      }
    }, 10);
  };
  document.addEventListener('DOMContentLoaded', start);
})();`;
  const base = newsPage({
    seed: options.seed,
    textChars: 40_000,
    nodes: 2_000,
    plantedParagraphs: 2,
    title: 'Live: latest updates',
    headExtra: `<script>${script}</script>`,
  });
  const html = base.html.replace(
    '<main>',
    '<main><section id="live" aria-live="polite"></section>',
  );
  return { ...base, html };
}

// ---------------------------------------------------------------------------------------
// Hostile pages

/** Minimal HTML document around `body` (markup), with optional head markup. */
export function htmlDocument(body: string, head = '', title = 'Hostile page'): string {
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>` +
    `${head}</head><body>${body}</body></html>`
  );
}

/** Paragraphs carrying both planted sentences, each in its own `<p>` with a stable id. */
export function plantedParagraphs(idPrefix = 'planted'): string {
  return PLANTED_SENTENCES.map(
    (s, i) => `<p id="${idPrefix}-${i}">${escapeHtml(`Reporting from the region. ${s}`)}</p>`,
  ).join('');
}

/**
 * A heartbeat the tests read to prove the page's own event loop keeps running:
 * `window.__beats` counts ticks, `window.__maxGap` is the longest gap between ticks (ms).
 */
export const HEARTBEAT_SCRIPT = `<script>
(() => {
  // Captured now: a hostile page may patch setTimeout later; the heartbeat must keep going.
  const schedule = window.setTimeout.bind(window);
  let last = performance.now();
  window.__beats = 0;
  window.__maxGap = 0;
  const tick = () => {
    const now = performance.now();
    window.__maxGap = Math.max(window.__maxGap, now - last);
    last = now;
    window.__beats++;
    schedule(tick, 20);
  };
  schedule(tick, 20);
})();
</script>`;

/** A page whose one text node holds `chars` characters of filler; the mentions follow it. */
export function hugeTextNodePage(chars = 10 * 1024 * 1024, seed = 7): string {
  const rng = createRng(seed);
  // Repeat a block of filler instead of generating 10 MB of sentences one by one.
  const block = fillerText(rng, 64 * 1024);
  const text = block.repeat(Math.ceil(chars / block.length)).slice(0, chars);
  return htmlDocument(
    `<h1>Archive</h1><pre id="huge">${escapeHtml(text)}</pre>${plantedParagraphs()}`,
    HEARTBEAT_SCRIPT,
  );
}

/** A page of `count` small elements (a giant table of off-topic cells) plus the mentions. */
export function manyElementsPage(count = 200_000, seed = 11): string {
  const rng = createRng(seed);
  const words = ['rain', 'bus', 'park', 'score', 'budget', 'tram', 'school', 'market'];
  const rows: string[] = [];
  // 1 row + 4 cells = 5 elements per row.
  for (let i = 0; i < count / 5; i++) {
    rows.push(
      `<tr><td>${i}</td><td>${rng.pick(words)}</td><td>${rng.pick(words)}</td><td>${rng.int(999)}</td></tr>`,
    );
  }
  return htmlDocument(
    `${plantedParagraphs('top')}<table><tbody>${rows.join('')}</tbody></table>${plantedParagraphs('bottom')}`,
    HEARTBEAT_SCRIPT,
  );
}

/**
 * Mentions nested `depth` levels deep, plus one at the top. The nesting is built by the
 * page's own script while it loads: HTML parsers cap tree depth (Blink at 512), a script does
 * not. The wrappers are `display: contents` (see below), so this is a deep DOM, not deep layout.
 */
export function deepNestingPage(depth = 5_000): string {
  const script = `<script>
(() => {
  let parent = document.getElementById('nest');
  for (let i = 0; i < ${depth}; i++) {
    const next = document.createElement(i % 2 === 0 ? 'div' : 'section');
    parent.appendChild(next);
    parent = next;
  }
  const deep = document.createElement('b');
  deep.id = 'deep';
  deep.textContent = ${JSON.stringify(SYRIA_SENTENCE)};
  parent.appendChild(deep);
})();
</script>`;
  return htmlDocument(
    `<p id="shallow">${escapeHtml(DRONES_SENTENCE)}</p><div id="nest"></div>${script}`,
    // Without this Chromium's own layout overflows its stack at ~5,000 levels and the tab
    // crashes (with or without the extension). display:contents keeps the DOM 5,000 deep
    // while the box tree stays flat.
    `${HEARTBEAT_SCRIPT}<style>#nest div, #nest section { display: contents; }</style>`,
  );
}

/**
 * Head markup that sabotages the page's own globals the way hostile or badly written sites
 * do. None of it throws (the page itself must keep working); all of it returns wrong
 * results, so code running in the page's world would silently break.
 */
export const PROTOTYPE_PATCHES = `<script>
(() => {
  Array.prototype.map = function () { return []; };
  Array.prototype.filter = function () { return []; };
  Array.prototype.forEach = function () {};
  Array.from = function () { return []; };
  JSON.parse = function () { return {}; };
  JSON.stringify = function () { return '"patched"'; };
  String.prototype.toLowerCase = function () { return ''; };
  RegExp.prototype.exec = function () { return null; };
  Node.prototype.appendChild = function (n) { return n; };
  Node.prototype.insertBefore = function (n) { return n; };
  Element.prototype.attachShadow = function () { return document.createElement('div'); };
  window.addEventListener = function () {};
  document.addEventListener = function () {};
  EventTarget.prototype.addEventListener = function () {};
  window.MutationObserver = function () { return { observe() {}, disconnect() {}, takeRecords() { return []; } }; };
  window.Highlight = function () {};
  Promise.prototype.then = function () { return this; };
  window.setTimeout = function () { return 0; };
  window.requestIdleCallback = function () { return 0; };
  if (window.CSS && CSS.highlights) {
    Object.getPrototypeOf(CSS.highlights).set = function () { return this; };
  }
})();
</script>`;

/** Styles that fight every element's styling: `all: unset` on everything, `!important` wars. */
export const STYLE_WAR_CSS = `<style>
* { all: unset !important; }
html, body, div, p, section, article { display: block !important; }
* { z-index: 1 !important; position: static !important; opacity: 1 !important; }
body > * { transform: none !important; visibility: visible !important; }
</style>`;

/**
 * A page that measures its own main thread: `window.__longestTask()` is the longest task
 * (ms, from `PerformanceObserver('longtask')`, or 0 where the browser has none) that started
 * after `window.__since` (set at `load`, or by `window.__resetLongest()`); `window.__longTasks`
 * lists them. Blocked time is what a user feels as a frozen page, whichever script caused it.
 */
export const LONG_TASK_SCRIPT = `<script>
(() => {
  const tasks = [];
  window.__longTasks = tasks;
  window.__since = Infinity;
  addEventListener('load', () => { window.__since = performance.now(); });
  window.__resetLongest = () => { window.__since = performance.now(); };
  window.__longestTask = () =>
    tasks.reduce((max, t) => (t.start >= window.__since ? Math.max(max, t.duration) : max), 0);
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
})();
</script>`;

/** Options of {@link deepChurnPage}. */
export interface DeepChurnOptions {
  /** Nesting levels of the churning tree. */
  depth: number;
  /** How long the page keeps changing its text after `load`, ms. */
  durationMs: number;
  /** Levels whose text changes per tick (round robin through the tree). */
  changesPerTick?: number;
  /** Milliseconds between ticks. */
  tickMs?: number;
}

/**
 * A deep tree whose text keeps changing: `depth` nested elements (built by the page's script,
 * as in {@link deepNestingPage}), each with a short text of its own, and a Syria mention at the
 * bottom whose sentence is rewritten now and then. For `durationMs` after `load`, every
 * `tickMs` the page rewrites the text of `changesPerTick` levels, so a mutation batch has
 * thousands of targets thousands of levels deep. `window.__churnTicks` counts ticks,
 * `window.__churnDone` is set when the churn stops. Measures itself with
 * {@link LONG_TASK_SCRIPT} and the heartbeat.
 */
export function deepChurnPage(options: DeepChurnOptions): string {
  const { depth, durationMs, changesPerTick = 150, tickMs = 30 } = options;
  const script = `<script>
(() => {
  const lines = [];
  let parent = document.getElementById('nest');
  for (let i = 0; i < ${depth}; i++) {
    const next = document.createElement(i % 2 === 0 ? 'div' : 'section');
    // Short texts: the page's own relayout of them stays cheap.
    const line = document.createTextNode(' 0');
    next.appendChild(line);
    lines.push(line);
    parent.appendChild(next);
    parent = next;
  }
  const deep = document.createElement('b');
  deep.id = 'deep';
  deep.textContent = ${JSON.stringify(SYRIA_SENTENCE)};
  parent.appendChild(deep);
  window.__churnTicks = 0;
  window.__churnDone = false;
  addEventListener('load', () => {
    // The heartbeat counts from here: building the tree is the page's own long task.
    window.__maxGap = 0;
    const began = performance.now();
    let next = 0;
    const timer = setInterval(() => {
      const tick = ++window.__churnTicks;
      for (let k = 0; k < ${changesPerTick}; k++) {
        lines[next].data = ' ' + (tick % 10);
        next = (next + 1) % lines.length;
      }
      if (tick % 10 === 0) deep.textContent = 'Update ' + tick + '. ' + ${JSON.stringify(SYRIA_SENTENCE)};
      if (performance.now() - began >= ${durationMs}) {
        clearInterval(timer);
        window.__churnDone = true;
      }
    }, ${tickMs});
  });
})();
</script>`;
  return htmlDocument(
    `<p id="shallow">${escapeHtml(DRONES_SENTENCE)}</p><div id="nest"></div>${script}`,
    // display:contents: a deep DOM, not deep layout (see deepNestingPage).
    `${LONG_TASK_SCRIPT}${HEARTBEAT_SCRIPT}<style>#nest div, #nest section { display: contents; }</style>`,
  );
}
