import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { EXTRACTED_BLOCK_SEPARATOR } from '../../engine/html-text';
import { textToBlocks } from '../../engine/plain-text';
import { SENTENCE_PIECE_CHARS } from '../../engine/text/sentences';

// Each test starts the CLI (tsx compiles it first): slow on a busy machine, never hung.
vi.setConfig({ testTimeout: 180_000 });

const ROOT = join(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const TMP = mkdtempSync(join(tmpdir(), 'fc-cli-stream-'));

const CLAIM = 'Iran keeps sending Shahed drones to Russia for its war.';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI; `feed` writes its stdin (and must end it), if given. */
function run(
  args: string[],
  options: {
    env?: NodeJS.ProcessEnv;
    feed?: (stdin: Writable, stdout: NodeJS.ReadableStream) => void;
  } = {},
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, ['scripts/cli.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, ...options.env },
      stdio: [options.feed ? 'pipe' : 'ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    const out = child.stdout!;
    out.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    if (options.feed && child.stdin) options.feed(child.stdin, out);
  });
}

/** Runs a bash command line from the repository root (for pipes and process substitution). */
function bash(script: string): Run {
  const r = spawnSync('bash', ['-c', script], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, TSX },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const noStackTrace = (stderr: string) => expect(stderr).not.toMatch(/\n\s+at .*:\d+/);

interface MentionJson {
  topics: string[];
  text: string;
  start: number;
  end: number;
}

describe('scan streams its output', () => {
  it('completes a 2 MB input of mentions within a 32 MB heap (the whole report used to be built first)', async () => {
    const file = join(TMP, 'dense.txt');
    const count = Math.ceil((2 * 1024 * 1024) / (CLAIM.length + 1));
    writeFileSync(file, `${`${CLAIM} `.repeat(count)}\n`);
    const r = await run(['scan', file, '--json', '--limit', '0'], {
      env: { NODE_OPTIONS: '--max-old-space-size=32' },
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const { mentions } = JSON.parse(r.stdout) as { mentions: MentionJson[] };
    expect(mentions).toHaveLength(count);
    expect(mentions[count - 1]?.text).toBe(CLAIM);
  });

  it('writes the first mention before the input has ended', async () => {
    let sawOutputBeforeEnd = false;
    const r = await run(['scan', '-', '--limit', '1'], {
      feed: (stdin, stdout) => {
        stdin.write(`${CLAIM}\n\nA second paragraph follows.\n\n`);
        // The rest of the input is sent only once the first mention is out.
        stdout.once('data', () => {
          sawOutputBeforeEnd = true;
          stdin.end('The end of the article, about the weather.\n');
        });
      },
    });
    expect(sawOutputBeforeEnd).toBe(true);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(CLAIM);
    expect(r.stdout).toContain('stdin: 3 text block(s), 1 mention(s).');
  });

  it('stops quietly with exit 0 when the reader leaves (| head), even on endless input', () => {
    const line = JSON.stringify({ id: 'x', text: CLAIM });
    const r = bash(
      `yes '${line}' | "$TSX" scripts/cli.ts scan --jsonl - | head -n 2; echo "exit \${PIPESTATUS[1]}" >&2`,
    );
    expect(r.stdout.trim().split('\n')).toHaveLength(2);
    expect(JSON.parse(r.stdout.split('\n')[0]!)).toMatchObject({ id: 'x', topics: ['drones'] });
    expect(r.stderr.trim()).toBe('exit 0');
  });

  it('stops quietly when the reader of a document report leaves early', () => {
    const r = bash(
      `"$TSX" scripts/cli.ts scan tests/fixtures/cli/on-topic.html --json | head -c 20; echo "exit \${PIPESTATUS[0]}" >&2`,
    );
    expect(r.stdout).toBe('{\n  "mentions": [\n    {'.slice(0, 20));
    expect(r.stderr.trim()).toBe('exit 0');
    noStackTrace(r.stderr);
  });
  it('says so in one line, exit 1, when the output cannot be written (a full disk)', () => {
    const r = bash(`"$TSX" scripts/cli.ts scan tests/fixtures/cli/on-topic.txt > /dev/full`);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('error: cannot write output (ENOSPC)\n');
  });
});

describe('scan reads any readable input', () => {
  it('reads a FIFO', async () => {
    const fifo = join(TMP, 'input.fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const running = run(['scan', fifo, '--json', '--limit', '0']);
    // Opening a FIFO for writing waits for its reader: the CLI.
    await writeFile(fifo, `Headline\n\n${CLAIM}\n`);
    const r = await running;
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const { mentions } = JSON.parse(r.stdout) as { mentions: MentionJson[] };
    expect(mentions.map((m) => m.text)).toEqual([CLAIM]);
  });

  it('reads process substitution <(…) and a /proc file, whose size is 0 on stat', () => {
    const sub = bash(`"$TSX" scripts/cli.ts scan <(printf '%s\\n' '${CLAIM}') --limit 0`);
    expect(sub.stderr).toBe('');
    expect(sub.code).toBe(0);
    expect(sub.stdout).toMatch(/: 1 text block\(s\), 1 mention\(s\)\./);
    const proc = bash(`"$TSX" scripts/cli.ts scan /proc/version --limit 0`);
    expect(proc.stderr).toBe('');
    expect(proc.code).toBe(0);
    expect(proc.stdout).toContain('/proc/version: 1 text block(s), 0 mention(s).');
  });

  it('ends a JSON report that a pipe broke off mid-way with an "error" member, exit 1', async () => {
    const r = await run(['scan', '-', '--json', '--limit', '0'], {
      feed: (stdin, stdout) => {
        stdin.write(`${CLAIM}\n\nMore text.\n\n`);
        stdout.once('data', () => stdin.end(Buffer.from([0xff, 0xfe, 0x41])));
      },
    });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { mentions: MentionJson[]; error: string };
    expect(report.mentions.map((m) => m.text)).toEqual([CLAIM]);
    expect(report.error).toBe('stdin is not valid UTF-8 text');
    expect(r.stderr).toBe('error: stdin is not valid UTF-8 text\n');
  });
});

describe('scan caps a mention in a block with no sentence end', () => {
  it('prints the words around the terms, with offsets into the extracted text', () => {
    const filler = 'and the weather stayed mild while markets were calm across the region ';
    const block = `${filler.repeat(150)}${CLAIM.replace('.', '')} ${filler.repeat(150)}`;
    const doc = `A headline\n\n${block}\n\nLast words.\n`;
    const file = join(TMP, 'no-sentence-end.txt');
    writeFileSync(file, doc);
    const r = bash(`"$TSX" scripts/cli.ts scan ${file} --json --limit 0`);
    expect(r.code).toBe(0);
    const { mentions } = JSON.parse(r.stdout) as { mentions: MentionJson[] };
    expect(mentions).toHaveLength(1);
    const [m] = mentions;
    expect(m!.text).toContain('Iran keeps sending Shahed drones to Russia');
    expect(m!.text.length).toBeLessThanOrEqual(3 * SENTENCE_PIECE_CHARS);
    const extracted = textToBlocks(readFileSync(file, 'utf8'))
      .map((b) => b.text)
      .join(EXTRACTED_BLOCK_SEPARATOR);
    expect(extracted.slice(m!.start, m!.end)).toBe(m!.text);
  });

  it('gives offsets into the extracted text for mentions past the first window of a long block', () => {
    const sentence = 'The weather stayed mild while markets were calm across the region. ';
    const block = `${sentence.repeat(400)}${CLAIM} ${sentence.repeat(400)}${CLAIM}`;
    const file = join(TMP, 'long-block.txt');
    writeFileSync(file, `Headline\n\n${block}\n`);
    const r = bash(`"$TSX" scripts/cli.ts scan ${file} --json --limit 0`);
    expect(r.code).toBe(0);
    const { mentions } = JSON.parse(r.stdout) as { mentions: MentionJson[] };
    expect(mentions).toHaveLength(2);
    const extracted = `Headline${EXTRACTED_BLOCK_SEPARATOR}${block}`;
    for (const m of mentions) expect(extracted.slice(m.start, m.end)).toBe(CLAIM);
  });
});

describe('scan --jsonl', () => {
  it('answers each bad line with an error record and goes on', () => {
    const good = (id: string) => JSON.stringify({ id, text: CLAIM });
    const file = join(TMP, 'batch.jsonl');
    writeFileSync(
      file,
      Buffer.concat([
        Buffer.from(`${good('a')}\n{"id": "cut", "text": \n`),
        Buffer.from(`${JSON.stringify({ id: 'huge', text: 'word '.repeat(250_000) })}\n`),
        Buffer.from([0x7b, 0xff, 0xfe, 0x7d, 0x0a]), // "{", invalid UTF-8, "}"
        Buffer.from(`${good('b')}\n`),
      ]),
    );
    const r = bash(`"$TSX" scripts/cli.ts scan --jsonl ${file}`);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toEqual([
      expect.objectContaining({ id: 'a', topics: ['drones'] }),
      { line: 2, error: 'invalid JSON' },
      { line: 3, error: 'longer than 1 MB; skipped' },
      { line: 4, error: 'not valid UTF-8 text' },
      expect.objectContaining({ id: 'b', topics: ['drones'] }),
    ]);
  });
});
