/**
 * The Fact Context CLI (a stable interface used to measure the product):
 *   corpus [--json]                     the bundled corpus
 *   scan FILE|- [--json] [--limit N]    mentions in a .txt/.html document, with passages
 *   scan --jsonl FILE|- [--passages]    batch: one JSON result line per {"id","text"} line
 * Errors print one line on stderr: exit 2 for usage errors, 1 for unreadable input.
 */
import { corpus, fuseIndexJson } from '../data/corpus';
import { createRetriever, type Retriever } from '../engine/retrieve';
import { InputError, UsageError } from './cli/errors';
import { formatCorpus, formatScan } from './cli/format';
import { inputKind, readInputText } from './cli/input';
import { runJsonl } from './cli/jsonl';
import { scanBlocks, toBlocks } from './cli/scan';

const USAGE = `Usage:
  npm run -s corpus -- [--json]
      The bundled corpus: sources (outlet, date and how it is known) and passages.
  npm run -s scan -- FILE [--json] [--limit N]
      Find topic mentions in FILE (.txt or .html; "-" reads stdin) and show the best
      corpus passages for each (default 3). Offsets are in the extracted text: the
      document's blocks joined with a blank line ("\\n\\n").
  npm run -s scan -- --jsonl FILE [--passages] [--limit N]
      Batch mode: each line of FILE ("-" = stdin) is {"id", "text"}; prints one line
      {"id", "topics", "mentions"} per input line (with passages if --passages).
Options:
  --json       machine-readable output
  --help       this text
Exit codes: 0 ok, 1 unreadable input, 2 usage error.
`;

interface Args {
  command: 'corpus' | 'scan' | 'help';
  file: string | null;
  json: boolean;
  jsonl: boolean;
  passages: boolean;
  limit: number;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = {
    command: 'help',
    file: null,
    json: false,
    jsonl: false,
    passages: false,
    limit: 3,
  };
  const rest = [...argv];
  const command = rest.shift();
  if (command === undefined || command === '--help' || command === '-h' || command === 'help')
    return args;
  if (command !== 'corpus' && command !== 'scan')
    throw new UsageError(`unknown command "${command}" (try --help)`);
  args.command = command;
  while (rest.length) {
    const a = rest.shift()!;
    if (a === '--help' || a === '-h') args.command = 'help';
    else if (a === '--json') args.json = true;
    else if (a === '--jsonl') args.jsonl = true;
    else if (a === '--passages') args.passages = true;
    else if (a === '--limit') {
      const n = Number(rest.shift());
      if (!Number.isInteger(n) || n < 0 || n > 50)
        throw new UsageError('--limit needs a whole number from 0 to 50');
      args.limit = n;
    } else if (a.startsWith('--')) throw new UsageError(`unknown option "${a}" (try --help)`);
    else if (args.file === null) args.file = a;
    else throw new UsageError(`unexpected argument "${a}": scan reads one file`);
  }
  if (args.command === 'corpus' && args.file !== null) throw new UsageError('corpus takes no file');
  if (args.command === 'scan' && args.file === null)
    throw new UsageError('scan needs a FILE (or "-" for stdin); try --help');
  return args;
}

function write(text: string): void {
  process.stdout.write(text);
}

function runCorpus(args: Args): void {
  if (!args.json) return write(formatCorpus(corpus));
  const { articles: _articles, ...rest } = corpus;
  write(`${JSON.stringify(rest, null, 2)}\n`);
}

function runScan(args: Args, retriever: Retriever): void {
  const file = args.file ?? '-';
  const text = readInputText(file);
  if (args.jsonl) {
    runJsonl(text, args.passages ? retriever : null, args.limit, write);
    return;
  }
  const blocks = toBlocks(text, inputKind(file, text));
  const mentions = scanBlocks(blocks, retriever, args.limit);
  if (args.json) write(`${JSON.stringify({ mentions }, null, 2)}\n`);
  else write(formatScan(file === '-' ? 'stdin' : file, blocks.length, mentions));
}

function main(argv: readonly string[]): number {
  try {
    const args = parseArgs(argv);
    if (args.command === 'help') {
      write(USAGE);
      return 0;
    }
    if (args.command === 'corpus') runCorpus(args);
    else runScan(args, createRetriever(corpus, fuseIndexJson));
    return 0;
  } catch (err) {
    if (err instanceof UsageError || err instanceof InputError) {
      process.stderr.write(`error: ${err.message}\n`);
      return err.exitCode;
    }
    process.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}

// A closed pipe (e.g. `| head`) is not an error worth a stack trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
});
process.exitCode = main(process.argv.slice(2));
