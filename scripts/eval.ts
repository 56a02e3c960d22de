/**
 * Measures topic detection on a labelled JSONL file:
 *   npm run eval -- FILE.jsonl [--json] [--lexicons=en,ru]
 * Each line: {"id", "text", "topics", "lang", ...}. Prints precision, recall and F1 per topic,
 * overall and for English alone, then the misses. Bad lines are reported and skipped.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { DEFAULT_LEXICONS, detectTopics } from '../engine/detect';
import { EN } from '../engine/lexicon/en';
import { RU } from '../engine/lexicon/ru';
import type { Lexicon } from '../engine/lexicon/types';
import { TOPICS, type Topic } from '../engine/types';

/** One labelled line. */
export interface EvalItem {
  id: string;
  text: string;
  topics: Topic[];
  lang: string;
}

/** Precision, recall and F1 from counts; an empty denominator scores 1 (nothing to get wrong). */
export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/** A wrong prediction for one topic. */
export interface Miss {
  id: string;
  topic: Topic;
  kind: 'false positive' | 'false negative';
  text: string;
}

/** Figures for one subset of the lines. */
export interface Report {
  items: number;
  perTopic: Record<Topic, Score>;
  /** Micro-average over both topics. */
  overall: Score;
}

/** Computes precision, recall and F1 from true positives, false positives and false negatives. */
export function score(tp: number, fp: number, fn: number): Score {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

/** Parses JSONL; returns the valid items and one message per bad line. */
export function parseLines(content: string): { items: EvalItem[]; errors: string[] } {
  const items: EvalItem[] = [];
  const errors: string[] = [];
  content.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      errors.push(`line ${i + 1}: not JSON`);
      return;
    }
    const v = value as Partial<Record<keyof EvalItem, unknown>> | null;
    const topics = v?.topics;
    if (
      !v ||
      typeof v.text !== 'string' ||
      !Array.isArray(topics) ||
      !topics.every((t) => TOPICS.includes(t as Topic))
    ) {
      errors.push(
        `line ${i + 1}: needs "text" (string) and "topics" (array of ${TOPICS.join('/')})`,
      );
      return;
    }
    items.push({
      id: typeof v.id === 'string' ? v.id : `line-${i + 1}`,
      text: v.text,
      topics: topics as Topic[],
      lang: typeof v.lang === 'string' ? v.lang : 'und',
    });
  });
  return { items, errors };
}

/** Scores predictions against labels, per topic and micro-averaged. */
export function evaluate(
  items: readonly EvalItem[],
  predict: (text: string) => Topic[],
): { report: Report; misses: Miss[] } {
  const counts = Object.fromEntries(TOPICS.map((t) => [t, { tp: 0, fp: 0, fn: 0 }])) as Record<
    Topic,
    { tp: number; fp: number; fn: number }
  >;
  const misses: Miss[] = [];
  for (const item of items) {
    const predicted = predict(item.text);
    for (const topic of TOPICS) {
      const want = item.topics.includes(topic);
      const got = predicted.includes(topic);
      const c = counts[topic];
      if (want && got) c.tp++;
      else if (got) c.fp++;
      else if (want) c.fn++;
      if (want !== got) {
        const kind = got ? 'false positive' : 'false negative';
        misses.push({ id: item.id, topic, kind, text: item.text });
      }
    }
  }
  const perTopic = Object.fromEntries(
    TOPICS.map((t) => [t, score(counts[t].tp, counts[t].fp, counts[t].fn)]),
  ) as Record<Topic, Score>;
  const sum = (k: 'tp' | 'fp' | 'fn'): number => TOPICS.reduce((n, t) => n + counts[t][k], 0);
  return {
    report: { items: items.length, perTopic, overall: score(sum('tp'), sum('fp'), sum('fn')) },
    misses,
  };
}

/** Lexicons selectable with `--lexicons=`; without the flag, the product's default set. */
const LEXICONS: Record<string, Lexicon> = { en: EN, ru: RU };

function pickLexicons(list: string | undefined): readonly Lexicon[] | undefined {
  if (list === undefined) return DEFAULT_LEXICONS;
  const picked = list.split(',').map((code) => LEXICONS[code]);
  return picked.every((l) => l !== undefined) ? (picked as Lexicon[]) : undefined;
}

const pct = (x: number): string => x.toFixed(3);

function printReport(title: string, r: Report): void {
  console.log(`\n${title} (${r.items} items)`);
  console.log('topic     P      R      F1     tp  fp  fn');
  const row = (name: string, s: Score): string =>
    `${name.padEnd(8)}  ${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.f1)}  ${String(s.tp).padStart(3)} ${String(s.fp).padStart(3)} ${String(s.fn).padStart(3)}`;
  for (const t of TOPICS) console.log(row(t, r.perTopic[t]));
  console.log(row('overall', r.overall));
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > 140 ? `${flat.slice(0, 137)}...` : flat;
}

function main(argv: readonly string[]): number {
  const json = argv.includes('--json');
  const lexicons = pickLexicons(argv.find((a) => a.startsWith('--lexicons='))?.slice(11));
  if (!lexicons) {
    console.error(`unknown lexicon; available: ${Object.keys(LEXICONS).join(', ')}`);
    return 2;
  }
  const file = argv.find((a) => !a.startsWith('--'));
  if (!file) {
    console.error('usage: npm run eval -- FILE.jsonl [--json] [--lexicons=en,ru]');
    return 2;
  }
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (e) {
    console.error(`cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
  const { items, errors } = parseLines(content);
  const predict = (text: string): Topic[] => detectTopics(text, { lexicons });
  const all = evaluate(items, predict);
  const english = evaluate(
    items.filter((i) => i.lang === 'en'),
    predict,
  );
  if (json) {
    console.log(
      JSON.stringify(
        { overall: all.report, english: english.report, misses: all.misses, errors },
        null,
        2,
      ),
    );
    return 0;
  }
  for (const e of errors) console.error(`skipped ${e}`);
  printReport('All languages', all.report);
  printReport('English (lang "en")', english.report);
  console.log(`\nMisses (${all.misses.length}):`);
  for (const m of all.misses) {
    const lang = items.find((i) => i.id === m.id)?.lang ?? '?';
    console.log(
      `  ${m.kind === 'false positive' ? 'FP' : 'FN'} ${m.topic.padEnd(6)} ${m.id} [${lang}] ${excerpt(m.text)}`,
    );
  }
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
