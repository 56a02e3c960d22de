/**
 * Boilerplate removal: turns a raw seed (a web page saved as text) into the article alone,
 * as a list of headings and paragraphs. Rules are line-based and curated from the seeds; each
 * says which site furniture it removes.
 */

/** A line of the cleaned article. `part` starts a separate piece republished in the source. */
export interface ArticleBlock {
  kind: 'heading' | 'paragraph' | 'part';
  text: string;
}

/** What the cleaner needs to know of the source. */
export interface CleanOptions {
  /** The article's headline: it and everything above it (site header, menus) are dropped. */
  title: string;
  /** Lines that start a separate republished piece, e.g. "R E L A T E D :". */
  partMarkers?: readonly string[];
}

/**
 * Lines from which everything to the end is site furniture (comments, credits, related
 * posts). The article's attribution credit lines are among them: they are kept on the Source
 * (`attribution`), not as passages.
 */
const FOOTER_STARTS: readonly RegExp[] = [
  /^Leave A Reply$/i, // s000 comment form
  /^Your email address will not be published/i,
  /^Based on the materials of /i, // s001 credit (kept as Source.attribution)
  /^Blog and articles$/i, // s001 section footer
  /^[•·-]?\s*This article is based in part on/i, // s004 credit (kept as Source.attribution)
  /^Related posts:?$/i, // s004 related-post list
  /^Sputnik News$/, // s003 credit line opening the network's republication footer
  /^Submitted by /i,
  /^Re-publications are welcome/i,
];

/** Single lines that are never article text. */
const DROP_LINES: readonly RegExp[] = [
  /^(READ MORE|SEE ALSO|ALSO READ|RELATED|Related)\s*:/, // teasers for other articles
  /^[\s,.;·•|-]*$/, // runs of stray commas, lone dots, separators
  /^[•·]\s/, // bulleted menus, category lists, "Recent Posts"
  /^\d+\.\s.{0,120}$/, // numbered related-post lists
  /^(Main Menu|Header Banner|Categories|Recent Posts|Share|Share this|Tags?:.*|Menu|Home)$/i,
  /^\d{1,6}$/, // comment/share counters
  /^By [\p{Lu}][\p{L}.'-]*(?: [\p{Lu}][\p{L}.'-]*){0,3}$/u, // byline
  /^(?:[A-Z][a-z]+day,? )?[A-Z][a-z]+ \d{1,2}, \d{4}$/, // dateline (the date is on the Source)
  /›|»/, // breadcrumbs
];

/** Normalizes whitespace: CRLF, no-break spaces, repeated spaces, trailing blanks. */
function normalizeLine(line: string): string {
  return line
    .replace(/[\u00a0\u2007\u202f\t]/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** A short line without closing punctuation reads as a sub-heading. */
function looksLikeHeading(line: string): boolean {
  if (line.length > 100 || /^["“‘'([]/.test(line)) return false;
  if (/[.!?:;,"”’'…)\]]$/.test(line)) return false;
  const words = line.split(' ').length;
  return words <= 14 && /^[\p{Lu}\p{N}]/u.test(line);
}

/** The article's headings and paragraphs, boilerplate removed. Deterministic. */
export function cleanArticle(raw: string, options: CleanOptions): ArticleBlock[] {
  const lines = raw.replace(/\r\n?/g, '\n').split('\n').map(normalizeLine);
  const titleAt = lines.findIndex((l) => l === normalizeLine(options.title));
  const markers = new Set((options.partMarkers ?? []).map(normalizeLine));
  const blocks: ArticleBlock[] = [];
  for (const line of lines.slice(titleAt + 1)) {
    if (markers.has(line)) {
      blocks.push({ kind: 'part', text: line });
      continue;
    }
    if (FOOTER_STARTS.some((re) => re.test(line))) break;
    if (line === '' || DROP_LINES.some((re) => re.test(line))) continue;
    const prev = blocks[blocks.length - 1];
    if (prev?.kind === 'paragraph' && prev.text.endsWith(':') && !looksLikeHeading(line)) {
      // "He added:" introduces the next paragraph: keep them together.
      prev.text = `${prev.text} ${line}`;
      continue;
    }
    blocks.push({ kind: looksLikeHeading(line) ? 'heading' : 'paragraph', text: line });
  }
  return blocks;
}
