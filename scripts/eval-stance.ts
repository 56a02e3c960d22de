/**
 * Measures stance and speaker on a labelled file:
 *   npm run eval:stance -- [FILE.jsonl] [--json] [--misses]
 * Default file: the frozen held-out set, `tests/fixtures/frozen/2026-11-30-stance.jsonl`.
 * Prints precision and recall per stance and the speaker exact-match, overall and per language.
 * `--misses` lists the lines the rules got wrong; it is refused on a frozen file, whose lines
 * are held out (only its aggregate figures are read).
 */
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { stanceOf, STANCES } from '../engine/stance';
import { ROOT } from './cli/corpus-files';
import { parseStanceLines, scoreByLanguage, type StanceReport } from './eval-stance/metrics';

export const FROZEN_STANCE = join(ROOT, 'tests/fixtures/frozen/2026-11-30-stance.jsonl');
const FROZEN_DIR = join(ROOT, 'tests/fixtures/frozen');

const fmt = (x: number | null) => (x === null ? '  –  ' : x.toFixed(3));

function printReport(title: string, r: StanceReport): void {
  console.log(`\n${title} (${r.items} items; a stance for ${r.covered}, right ${fmt(r.accuracy)})`);
  console.log('stance       P      R      tp  fp  fn');
  for (const s of STANCES) {
    const x = r.perStance[s];
    console.log(
      `${s.padEnd(10)}  ${fmt(x.precision)}  ${fmt(x.recall)}  ${String(x.tp).padStart(3)} ${String(x.fp).padStart(3)} ${String(x.fn).padStart(3)}`,
    );
  }
  const sp = r.speaker;
  console.log(
    `speaker exact-match ${fmt(sp.rate)} (${sp.exact} of ${sp.named} named); a speaker where none is named: ${sp.spurious}`,
  );
}

function main(argv: readonly string[]): number {
  const json = argv.includes('--json');
  const wantMisses = argv.includes('--misses');
  const unknown = argv.find((a) => a.startsWith('--') && a !== '--json' && a !== '--misses');
  if (unknown) {
    console.error(
      `unknown option ${unknown}; usage: npm run eval:stance -- [FILE.jsonl] [--json] [--misses]`,
    );
    return 2;
  }
  const file = resolve(argv.find((a) => !a.startsWith('--')) ?? FROZEN_STANCE);
  const frozen = !relative(FROZEN_DIR, file).startsWith('..');
  if (wantMisses && frozen) {
    console.error(
      '--misses is refused on a frozen file: its lines are held out, only its figures are read.',
    );
    return 2;
  }
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (e) {
    console.error(`cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
  const { items, errors } = parseStanceLines(content);
  if (items.length === 0) {
    console.error(
      `${relative(ROOT, file)}: no labelled line${errors.length ? ` (${errors[0]})` : ''}`,
    );
    return 1;
  }
  const { overall, languages, misses } = scoreByLanguage(items, stanceOf);
  if (json) {
    const out = { file: relative(ROOT, file), overall, languages, errors };
    console.log(JSON.stringify(wantMisses ? { ...out, misses } : out, null, 2));
    return 0;
  }
  for (const e of errors) console.error(`skipped ${e}`);
  console.log(`Stance on ${relative(ROOT, file)}`);
  printReport('All languages', overall);
  for (const [lang, r] of Object.entries(languages)) printReport(`Language "${lang}"`, r);
  if (wantMisses) {
    console.log(`\nMisses (${misses.length}):`);
    for (const m of misses) {
      const want = `${m.want.stance}${m.want.speaker ? ` by "${m.want.speaker}"` : ''}`;
      const got = `${m.got.stance ?? 'unsure'}${m.got.speaker ? ` by "${m.got.speaker}"` : ''}`;
      console.log(`  ${m.id} [${m.lang}] want ${want}, got ${got}: ${m.text}`);
    }
  }
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
