/**
 * The Fact Context CLI (a stable interface used to measure the product):
 *   corpus [--json]                     the bundled corpus
 *   scan FILE|- [--json] [--limit N]    mentions in a .txt/.html document, with passages
 *   scan --jsonl FILE|- [--passages]    batch: one JSON result line per {"id","text"} line
 * Output is written as it is found, at the pace of its reader. Errors print one line on
 * stderr: exit 2 for usage errors, 1 for unreadable input; a reader that stops reading
 * (`| head`) ends the run quietly with exit 0.
 */
import { corpus, fuseIndexJson } from '../data/corpus';
import { createHtmlBlockStream } from '../engine/html-text';
import { createTextBlockStream, type TextLayout } from '../engine/plain-text';
import { createRetriever, type Retriever } from '../engine/retrieval/retriever';
import { LONG_SENTENCE_CHARS, SENTENCE_PIECE_CHARS } from '../engine/text/sentences';
import { InputError, UsageError } from './cli/errors';
import { formatCorpus } from './cli/format';
import { checkWhole, openInput, readText, sniffKind } from './cli/input';
import { MAX_LINE_BYTES, runJsonl } from './cli/jsonl';
import { createOutput, OutputClosed, type Output } from './cli/output';
import { jsonReport, textReport, type ScanReport } from './cli/report';
import { createDocumentScan, withPassages } from './cli/scan';

const USAGE = `Usage:
  npm run -s corpus -- [--json]
      The bundled corpus: sources (outlet, date and how it is known) and passages.
  npm run -s scan -- FILE [--json] [--limit N]
      Find topic mentions in FILE (.txt or .html; "-" reads stdin; pipes and <(...) work)
      and show the best corpus passages for each (default 3), each mention as it is found.
      Offsets are in the extracted text: the document's blocks joined with a blank line
      ("\\n\\n"). Where ${LONG_SENTENCE_CHARS}+ characters run without a sentence end, a mention
      is cut to the ${SENTENCE_PIECE_CHARS}-character piece(s) around its terms (at most 3).
  npm run -s scan -- --jsonl FILE [--passages] [--limit N]
      Batch mode: each line of FILE ("-" = stdin) is {"id", "text"}; prints one line
      {"id", "topics", "mentions"} per input line (with passages if --passages), or
      {"line", "error"} for a line that is not such an object or is over ${MAX_LINE_BYTES / 1024 / 1024} MB.
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

const stdout = createOutput(process.stdout);

async function runCorpus(args: Args): Promise<void> {
  if (!args.json) return stdout.write(formatCorpus(corpus));
  const { articles: _articles, ...rest } = corpus;
  await stdout.write(`${JSON.stringify(rest, null, 2)}\n`);
}

/** Scans one document, writing each mention as soon as it has its passages. */
async function scanDocument(args: Args, retriever: Retriever, report: ScanReport): Promise<void> {
  const file = args.file ?? '-';
  const input = openInput(file);
  // A regular file is checked whole first, so an unreadable one prints nothing at all.
  const layout: TextLayout | 'auto' = input.rereadable ? await checkWhole(input) : 'auto';
  const { kind, text } = await sniffKind(file, readText(input));
  const scan = createDocumentScan();
  const blocks =
    kind === 'html' ? createHtmlBlockStream(scan) : createTextBlockStream(scan, layout);
  const flush = async () => {
    for (const found of scan.take())
      await report.mention(withPassages(found, retriever, args.limit));
  };
  for await (const chunk of text) {
    blocks.push(chunk);
    await flush();
  }
  blocks.end();
  await flush();
  await report.end(scan.blocks());
}

async function runScan(args: Args, retriever: Retriever, out: Output): Promise<void> {
  if (args.jsonl) {
    await runJsonl(openInput(args.file ?? '-'), args.passages ? retriever : null, args.limit, out);
    return;
  }
  const name = args.file === '-' || args.file === null ? 'stdin' : args.file;
  const report = args.json ? jsonReport(out) : textReport(out, name);
  try {
    await scanDocument(args, retriever, report);
  } catch (err) {
    // Input that fails after output began (a pipe is checked as it comes): end the report.
    if (err instanceof InputError) await report.fail(err.message);
    throw err;
  }
}

async function main(argv: readonly string[]): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args.command === 'help') await stdout.write(USAGE);
    else if (args.command === 'corpus') await runCorpus(args);
    else await runScan(args, createRetriever(corpus, fuseIndexJson), stdout);
    await stdout.finish();
    return 0;
  } catch (err) {
    // The reader went away (`| head`): what it wanted was written.
    if (err instanceof OutputClosed) return 0;
    if (err instanceof UsageError || err instanceof InputError) {
      process.stderr.write(`error: ${err.message}\n`);
      return err.exitCode;
    }
    // Anything else, a full disk under the output (`OutputFailed`) say: one line, exit 1.
    process.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
