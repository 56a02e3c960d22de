/**
 * `npm run bench [-- --json] [-- --mb N]`: detector throughput and retrieval latency.
 *
 * - Detector: `detectMentions` over a deterministic news-like document (default ~8 MB: corpus
 *   passages mixed with off-topic filler paragraphs, about one in four on topic), already
 *   split into blocks; throughput in MB/s (1 MB = 10^6 bytes of UTF-8), median of 3 runs.
 * - Matters: the first `classifyMatters` call of the process (what the first hover after a
 *   background start waits for: it reads the cue matcher compiled at build time), a fresh
 *   compile of the cue lexicons for comparison, and the warm latency p50/p95 on the mentions.
 * - Stance: the first `stanceOf` call of the process (it reads the stance cue matcher compiled
 *   at build time), a fresh compile of the stance cues for comparison, latency p50/p95 (ms) on
 *   the same mentions' text, and the slowest input it accepts (6,000 characters of cue words).
 * - Retrieval: `forMention` latency p50/p95 (ms) for mention sentences found in that document,
 *   on the real corpus and on a synthetic corpus 100× its size (deterministic variants of the
 *   real passages); `search` latency on the same.
 * A benchmark, not a test: it prints what it measures, targets alongside.
 */
import { performance } from 'node:perf_hooks';
import { corpus, fuseIndexJson } from '../data/corpus';
import { findEntities } from '../engine/corpus/entities';
import { detectMentions } from '../engine/detect';
import { textToBlocks } from '../engine/plain-text';
import { createRetriever, type Retriever } from '../engine/retrieval/retriever';
import { classifyMatters } from '../engine/matters/classify';
import { compileCues } from '../engine/matters/compile-cues';
import { stanceOf } from '../engine/stance';
import { compileStanceCues } from '../engine/stance/compile-cues';
import type { Corpus, Passage, RetrievalQuery, TextBlock } from '../engine/types';
import { sentenceAround } from './cli/scan';
import { createRng } from './lib/rng';

const TARGET_MB_S = 50;
const TARGET_P95_MS = 5;

const FILLER = (
  'council budget library school weather market football season festival bakery train ' +
  'station mayor election hospital river bridge museum concert farmers harvest traffic ' +
  'police court tax company shares profit startup software airport tourism hotel beach ' +
  'storm rain summer recipe garden teacher student university research climate energy ' +
  'prices inflation housing rent workers union strike league coach players stadium film'
).split(' ');

function fillerParagraph(next: () => number): string {
  const sentences: string[] = [];
  const count = 2 + Math.floor(next() * 4);
  for (let s = 0; s < count; s++) {
    const words: string[] = [];
    const len = 8 + Math.floor(next() * 14);
    for (let w = 0; w < len; w++) words.push(FILLER[Math.floor(next() * FILLER.length)]!);
    const first = words[0]!;
    words[0] = first[0]!.toUpperCase() + first.slice(1);
    sentences.push(`${words.join(' ')}.`);
  }
  return sentences.join(' ');
}

/** A deterministic document of about `mb` MB. */
function newsDocument(mb: number): string {
  const next = createRng(42).next;
  const parts: string[] = [];
  let size = 0;
  let i = 0;
  while (size < mb * 1e6) {
    const onTopic = next() < 0.25;
    const para = onTopic
      ? corpus.passages[i++ % corpus.passages.length]!.text
      : fillerParagraph(next);
    parts.push(para);
    size += Buffer.byteLength(para) + 2;
  }
  return parts.join('\n\n');
}

/** Corpus with `factor` deterministic variants of each real passage. */
function syntheticCorpus(factor: number): Corpus {
  const next = createRng(7).next;
  const passages: Passage[] = [];
  for (let k = 0; k < factor; k++) {
    for (const p of corpus.passages) {
      const sentences = p.text.split(/(?<=[.!?])\s+/);
      const rotated = [
        ...sentences.slice(k % sentences.length),
        ...sentences.slice(0, k % sentences.length),
      ];
      const words = rotated.join(' ').split(' ');
      for (let w = 0; w < words.length; w++) {
        if (next() < 0.1 && /^[a-z]{4,}$/.test(words[w]!))
          words[w] = FILLER[Math.floor(next() * FILLER.length)]!;
      }
      const text = words.join(' ');
      passages.push({
        ...p,
        id: `${p.id}-v${k}`,
        index: passages.length,
        text,
        entities: findEntities(text),
      });
    }
  }
  return { sources: corpus.sources, passages };
}

function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

function latency(run: () => void, times: number): { p50: number; p95: number } {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const t = performance.now();
    run();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  const r = (x: number) => Math.round(x * 1000) / 1000;
  return { p50: r(percentile(samples, 0.5)), p95: r(percentile(samples, 0.95)) };
}

function measureRetrieval(retriever: Retriever, queries: readonly RetrievalQuery[]) {
  for (const q of queries.slice(0, 20)) retriever.forMention(q); // warm-up
  let i = 0;
  const forMention = latency(
    () => retriever.forMention(queries[i++ % queries.length]!, 5),
    queries.length,
  );
  const words = [
    'Astana',
    'Soleimani Moscow',
    'Shahed drones Crimea',
    'Gazprom memorandum',
    'cash plane',
  ];
  let j = 0;
  const search = latency(() => retriever.search(words[j++ % words.length]!, 10), 200);
  return { forMention, search };
}

/** Milliseconds `run` takes, to a tenth. */
function timed(run: () => void): number {
  const t = performance.now();
  run();
  return Math.round((performance.now() - t) * 10) / 10;
}

/** The first calls of the process, before anything else warmed them. */
function firstCalls() {
  const text = 'Tehran denied that it had sent Shahed drones to Russia.';
  return {
    mattersMs: timed(() => classifyMatters({ text, topics: ['drones'] })),
    stanceMs: timed(() => stanceOf(text)),
  };
}

/** Matter classification of each mention text, warm, and a compile of the cue files. */
function measureMatters(queries: readonly RetrievalQuery[], firstCallMs: number) {
  const compileFromCuesMs = Math.round(timed(() => compileCues()));
  for (const q of queries.slice(0, 50)) classifyMatters(q); // warm-up
  let i = 0;
  const { p50, p95 } = latency(() => classifyMatters(queries[i++ % queries.length]!), 500);
  return { mentions: queries.length, firstCallMs, compileFromCuesMs, p50, p95 };
}

/** Stance latency per mention text, and a worst-case input. */
function measureStance(texts: readonly string[], firstCallMs: number) {
  const compileFromCuesMs = Math.round(timed(() => compileStanceCues()));
  const sample = texts.slice(0, 2000);
  for (const t of sample.slice(0, 50)) stanceOf(t); // warm-up
  let i = 0;
  const { p50, p95 } = latency(() => stanceOf(sample[i++ % sample.length] ?? ''), sample.length);
  const worst = 'Officials said, which denied, although not supplied, reportedly: '.repeat(100);
  const worstMs = timed(() => stanceOf(worst));
  return { mentions: sample.length, firstCallMs, compileFromCuesMs, p50, p95, worstMs };
}

function main(): void {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const mbArg = args.indexOf('--mb');
  const mb = mbArg >= 0 ? Number(args[mbArg + 1]) : 8;
  if (!Number.isFinite(mb) || mb <= 0 || mb > 200) {
    console.error('error: --mb needs a number of megabytes between 0 and 200');
    process.exit(2);
  }

  const first = firstCalls();
  const doc = newsDocument(mb);
  const bytes = Buffer.byteLength(doc);
  const blocks: TextBlock[] = textToBlocks(doc);
  detectMentions(blocks.slice(0, 2000)); // warm-up
  const runs: number[] = [];
  let mentions = detectMentions([]);
  for (let r = 0; r < 3; r++) {
    const t = performance.now();
    mentions = detectMentions(blocks);
    runs.push(performance.now() - t);
  }
  runs.sort((a, b) => a - b);
  const seconds = runs[1]! / 1000;
  const detector = {
    megabytes: Math.round(bytes / 1e4) / 100,
    blocks: blocks.length,
    mentions: mentions.length,
    seconds: Math.round(seconds * 1000) / 1000,
    mbPerSecond: Math.round((bytes / 1e6 / seconds) * 10) / 10,
    targetMbPerSecond: TARGET_MB_S,
  };

  const queries: RetrievalQuery[] = [];
  const step = Math.max(1, Math.floor(mentions.length / 500));
  for (let i = 0; i < mentions.length && queries.length < 500; i += step) {
    const m = mentions[i]!;
    const text = sentenceAround(blocks[m.block]?.text ?? m.text, m.start, m.end);
    queries.push({ text, topics: m.topics, terms: m.terms });
  }

  const matters = measureMatters(queries, first.mattersMs);
  const stance = measureStance(
    mentions.map((m) => m.text),
    first.stanceMs,
  );
  const real = measureRetrieval(createRetriever(corpus, fuseIndexJson), queries);
  const big = syntheticCorpus(100);
  const t0 = performance.now();
  const bigRetriever = createRetriever(big);
  const buildMs = Math.round(performance.now() - t0);
  const synthetic = measureRetrieval(bigRetriever, queries);

  const result = {
    detector,
    matters,
    stance,
    retrieval: {
      queries: queries.length,
      targetP95Ms: TARGET_P95_MS,
      corpus: { passages: corpus.passages.length, ...real },
      synthetic100x: { passages: big.passages.length, indexBuildMs: buildMs, ...synthetic },
    },
  };
  if (json) {
    console.log(JSON.stringify(result, null, 2));
    return;
  }
  const ok = (good: boolean) => (good ? 'ok' : 'MISSES TARGET');
  console.log(
    `Detector: ${detector.mbPerSecond} MB/s on ${detector.megabytes} MB (${detector.blocks} blocks, ${detector.mentions} mentions) — target ≥ ${TARGET_MB_S} MB/s: ${ok(detector.mbPerSecond >= TARGET_MB_S)}`,
  );
  console.log(
    `Matters of a mention (${matters.mentions} mentions): first call of the process ${matters.firstCallMs} ms (compiling the cue files instead: ${matters.compileFromCuesMs} ms); warm p50 ${matters.p50} ms, p95 ${matters.p95} ms`,
  );
  console.log(
    `Stance of a mention (${stance.mentions} mentions): first call of the process ${stance.firstCallMs} ms (compiling the stance cues instead: ${stance.compileFromCuesMs} ms); warm p50 ${stance.p50} ms, p95 ${stance.p95} ms; 6,000 characters of cue words in ${stance.worstMs} ms`,
  );
  for (const [name, r, n] of [
    ['corpus', real, corpus.passages.length],
    ['synthetic 100x', synthetic, big.passages.length],
  ] as const) {
    console.log(
      `Retrieval on ${name} (${n} passages, ${queries.length} mention queries): forMention p50 ${r.forMention.p50} ms, p95 ${r.forMention.p95} ms — target p95 ≤ ${TARGET_P95_MS} ms: ${ok(r.forMention.p95 <= TARGET_P95_MS)}; search p50 ${r.search.p50} ms, p95 ${r.search.p95} ms`,
    );
  }
  console.log(`(synthetic retriever built in ${buildMs} ms, fuse index included)`);
}

main();
