/**
 * Measures retrieval on a judged file:
 *   npm run eval:retrieval -- FILE.jsonl [--facets FACETS.json] [--key KEY.json] [--json]
 * Each line: {"id", "text", "topics", "lang", "matters"?}; items without "matters" take them
 * from --facets (`shared/eval/dev_facets.json`'s "items"). Every on-topic item is scanned as a
 * document, exactly as `npm run scan` does; the passages shown for its first mention of the
 * item's topic are judged with the key of passage labels (default
 * `tests/fixtures/retrieval/corpus-gold.json`, made by hand apart from the product's labels).
 * Prints P@1, Success@3 and MAP@5 overall, per topic, for English and other languages, and the
 * misses. Items the corpus cannot answer are reported apart, with whether the product said so.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpus, fuseIndexJson } from '../data/corpus';
import { createRetriever } from '../engine/retrieval/retriever';
import type { Topic } from '../engine/types';
import { ROOT } from './cli/corpus-files';
import { scanBlocks, toBlocks, type MentionOut } from './cli/scan';
import { parseLines } from './eval';
import { meanScores, scoreItem, type ItemScore, type JudgedItem } from './eval-retrieval/metrics';

const SHOWN = 5;

interface Options {
  file: string;
  facets?: string;
  key: string;
  json: boolean;
}

function parseArgs(argv: string[]): Options {
  const opts: Options = {
    file: '',
    key: join(ROOT, 'tests/fixtures/retrieval/corpus-gold.json'),
    json: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') opts.json = true;
    else if (a === '--facets') opts.facets = argv[++i];
    else if (a === '--key') opts.key = argv[++i] ?? opts.key;
    else if (!a.startsWith('--')) opts.file = a;
  }
  if (!opts.file) {
    console.error(
      'usage: npm run eval:retrieval -- FILE.jsonl [--facets FACETS.json] [--key KEY.json] [--json]',
    );
    process.exit(2);
  }
  return opts;
}

/** The key: passage id → matters. */
function readKey(path: string): Map<string, string[]> {
  const json = JSON.parse(readFileSync(path, 'utf8')) as {
    passages?: Record<string, { matters?: string[] }>;
  };
  return new Map(Object.entries(json.passages ?? {}).map(([id, v]) => [id, v.matters ?? []]));
}

interface Row {
  item: JudgedItem;
  score: ItemScore;
  mention: MentionOut;
  shownIds: string[];
}

function main(): void {
  const opts = parseArgs(process.argv.slice(2));
  const { items, errors } = parseLines(readFileSync(opts.file, 'utf8'));
  const raw = readFileSync(opts.file, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim())
    .map((l) => {
      try {
        return JSON.parse(l) as { id?: string; matters?: unknown };
      } catch {
        return {};
      }
    });
  const mattersInFile = new Map(
    raw.filter((r) => Array.isArray(r.matters)).map((r) => [r.id, r.matters as string[]]),
  );
  const facets = opts.facets
    ? ((JSON.parse(readFileSync(opts.facets, 'utf8')) as { items?: Record<string, string[]> })
        .items ?? {})
    : {};
  const key = readKey(opts.key);
  const retriever = createRetriever(corpus, fuseIndexJson);

  const rows: Row[] = [];
  const undetected: Array<{ id: string; lang: string; matters: string[] }> = [];
  for (const it of items) {
    const matters = mattersInFile.get(it.id) ?? facets[it.id] ?? [];
    if (it.topics.length === 0 || matters.length === 0) continue;
    const mentions = scanBlocks(toBlocks(it.text, 'text'), retriever, SHOWN);
    const mention = mentions.find((m) => m.topics.some((t) => it.topics.includes(t)));
    if (!mention) {
      undetected.push({ id: it.id, lang: it.lang, matters });
      continue;
    }
    const allowed = new Set<Topic>(mention.topics);
    const relevantInCorpus = corpus.passages.filter(
      (p) =>
        p.topics.some((t) => allowed.has(t)) &&
        (key.get(p.id) ?? []).some((m) => matters.includes(m)),
    ).length;
    const shownIds = (mention.passages ?? []).map((p) => p.id);
    const item: JudgedItem = {
      id: it.id,
      lang: it.lang,
      topic: it.topics[0]!,
      matters,
      shown: shownIds.map((id) => key.get(id) ?? []),
      relevantInCorpus,
    };
    rows.push({ item, score: scoreItem(item), mention, shownIds });
  }

  const answerable = rows.filter((r) => r.item.relevantInCorpus > 0);
  const unanswerable = rows.filter((r) => r.item.relevantInCorpus === 0);
  const group = (pick: (r: Row) => boolean) =>
    meanScores(answerable.filter(pick).map((r) => r.score));
  const report = {
    file: opts.file,
    onTopicItems: rows.length + undetected.length,
    detected: rows.length,
    answerable: {
      overall: group(() => true),
      drones: group((r) => r.item.topic === 'drones'),
      syria: group((r) => r.item.topic === 'syria'),
      english: group((r) => r.item.lang === 'en'),
      otherLanguages: group((r) => r.item.lang !== 'en'),
    },
    allDetected: meanScores(rows.map((r) => r.score)),
    unanswerable: {
      n: unanswerable.length,
      saidNotCovered: unanswerable.filter((r) => !(r.mention.matters?.[0]?.covered ?? false))
        .length,
    },
    misses: answerable
      .filter((r) => r.score.p1 === 0)
      .map((r) => ({
        id: r.item.id,
        lang: r.item.lang,
        matters: r.item.matters,
        recognised: (r.mention.matters ?? []).map((m) => m.id),
        first: r.shownIds[0] ?? null,
        firstAbout: r.item.shown[0] ?? [],
        inTop3: r.score.s3 === 1,
      })),
    undetected,
    badLines: errors,
  };
  if (opts.json) {
    console.log(JSON.stringify(report, null, 2));
    return;
  }
  const f = (x: number) => x.toFixed(2);
  const line = (name: string, s: ReturnType<typeof meanScores>) =>
    `  ${name.padEnd(16)} n=${String(s.n).padStart(3)}  P@1 ${f(s.p1)}  Success@3 ${f(s.s3)}  MAP@5 ${f(s.ap5)}`;
  const out = [
    `${opts.file}: ${report.onTopicItems} on-topic items with matters, ${rows.length} detected, ${answerable.length} answerable by the corpus.`,
    'Answerable items (the corpus has a passage on one of their matters):',
    line('overall', report.answerable.overall),
    line('drones', report.answerable.drones),
    line('syria', report.answerable.syria),
    line('English', report.answerable.english),
    line('other languages', report.answerable.otherLanguages),
    line('all detected', report.allDetected),
    `Not answerable by the corpus: ${unanswerable.length}; the product said so (first matter not covered, or none recognised) for ${report.unanswerable.saidNotCovered}.`,
    `Not detected: ${undetected.length}${undetected.length ? ` (${undetected.map((u) => u.id).join(', ')})` : ''}.`,
    '',
    `Misses at P@1 (${report.misses.length}):`,
    ...report.misses.map(
      (m) =>
        `  ${m.id} [${m.lang}] is about ${m.matters.join(', ')}; recognised ${m.recognised.join(', ') || 'nothing'}; first passage ${m.first ?? '-'} is about ${m.firstAbout.join(', ') || 'nothing'}${m.inTop3 ? ' (a right one is in the top 3)' : ''}`,
    ),
  ];
  if (errors.length) out.push('', `Bad lines: ${errors.join('; ')}`);
  console.log(out.join('\n'));
}

main();
