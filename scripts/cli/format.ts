/** Human-readable CLI output: scan reports and the corpus summary. */
import { pageFramingLine, passageFramingLine } from '../../lib/format/framing';
import type { Corpus, DateMention, Source } from '../../engine/types';
import type { MentionOut, PassageOut } from './scan';

/** "2022-07-12", or "about 2022-11" when the date is inferred. */
export function publishedLabel(s: Pick<Source, 'published' | 'publishedBasis'>): string {
  return s.publishedBasis === 'inferred' ? `about ${s.published}` : s.published;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

function dateLabel(d: Pick<DateMention, 'text' | 'date' | 'precision'>): string {
  if (d.precision === 'relative') return `"${d.text}" (relative${d.date ? ` to ${d.date}` : ''})`;
  return `"${d.text}" = ${d.date ?? '?'} (${d.precision})`;
}

/** How the page frames the mention, in the popover's words (nothing when asserted or unsure). */
function framingLines(m: MentionOut): string[] {
  const line = pageFramingLine({ stance: m.stance ?? null, speaker: m.speaker, hedge: null });
  return line ? [`    framing: ${line}`] : [];
}

/** What the mention is about, and whether the corpus covers it. */
function matterLines(m: MentionOut): string[] {
  if (!m.matters) return [];
  const first = m.matters[0];
  if (!first) return ['    about: no specific matter recognised; passages are topic context'];
  const lines = m.matters.map(
    (x) =>
      `    about: ${x.label} [${x.id}]${x.from === 'context' ? ' (from the surrounding text)' : ''} — cues: ${x.cues.join(', ')}`,
  );
  if (!first.covered) {
    lines.push(`    the bundled articles do not cover "${first.label}"; nearest context follows`);
  }
  return lines;
}

function passageLines(p: PassageOut): string[] {
  const how = p.match === 'matter' ? ` · on ${p.matters.join(', ')}` : p.match ? ' · context' : '';
  const lines = [
    `    → ${p.id}${how} score ${p.score.toFixed(2)} · ${p.outlet} · ${publishedLabel(p)} · "${clip(p.title, 80)}"`,
  ];
  if (p.part) lines.push(`      (${p.part})`);
  lines.push(`      “${clip(p.text, 280)}”`);
  const framing = passageFramingLine(
    { ...(p.stance ? { stance: p.stance } : {}), speaker: p.speaker },
    p,
  );
  if (framing) lines.push(`      framing: ${framing}`);
  if (p.dates.length) lines.push(`      dates: ${p.dates.map(dateLabel).join('; ')}`);
  if (p.matched.length) lines.push(`      matched: ${p.matched.join(', ')}`);
  lines.push(`      source note: ${p.sourceNote}`);
  return lines;
}

/** The first line of a scan report. */
export const SCAN_NOTE =
  'Passages come from a small bundled corpus of mixed quality; they give context, not verified facts.';

/** One mention of a scan report (`index` from 0), after a blank line. */
export function formatMention(m: MentionOut, index: number): string {
  const lines = [
    '',
    `[${index + 1}] ${m.topics.join(' + ')} · chars ${m.start}–${m.end} · terms: ${m.terms.join(', ') || '-'}`,
    `    "${clip(m.text, 300)}"`,
    ...framingLines(m),
    ...matterLines(m),
  ];
  const passages = m.passages ?? [];
  if (passages.length === 0) lines.push('    (no passage in the corpus for this topic)');
  for (const p of passages) lines.push(...passageLines(p));
  return `${lines.join('\n')}\n`;
}

/** The last line of a scan report, after a blank line. */
export function formatScanSummary(name: string, blockCount: number, mentionCount: number): string {
  return `\n${name}: ${blockCount} text block(s), ${mentionCount} mention(s).\n`;
}

/** The readable corpus summary. */
export function formatCorpus(corpus: Corpus): string {
  const lines = [`Corpus: ${corpus.sources.length} sources, ${corpus.passages.length} passages.`];
  for (const s of corpus.sources) {
    const ps = corpus.passages.filter((p) => p.sourceId === s.id);
    const count = (t: string) => ps.filter((p) => p.topics.some((x) => x === t)).length;
    lines.push('');
    lines.push(`${s.id}  ${s.title}`);
    lines.push(
      `      outlet: ${s.outlet}${s.attribution ? ` · attribution: ${s.attribution}` : ''}`,
    );
    lines.push(
      `      published: ${publishedLabel(s)} (${s.publishedPrecision}, ${s.publishedBasis}) — ${s.publishedNote}`,
    );
    lines.push(
      `      passages: ${ps.length} (drones ${count('drones')}, syria ${count('syria')}, no topic ${ps.filter((p) => p.topics.length === 0).length}) · dates found: ${ps.reduce((n, p) => n + p.dates.length, 0)}`,
    );
    lines.push(`      note: ${s.sourceNote}`);
  }
  return `${lines.join('\n')}\n`;
}
