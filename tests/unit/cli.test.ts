import { spawnSync } from 'node:child_process';
import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

// Each test starts the CLI (tsx compiles it first): slow on a busy machine, never hung.
vi.setConfig({ testTimeout: 120_000 });

const ROOT = join(import.meta.dirname, '../..');
const FIX = 'tests/fixtures/cli';

function cli(args: string[], input?: string) {
  const r = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/cli.ts', ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface PassageJson {
  id: string;
  sourceId: string;
  title: string;
  outlet: string;
  published: string;
  dates: Array<{ text: string; date: string | null; precision: string }>;
  text: string;
  score: number;
}
interface MentionJson {
  topics: string[];
  text: string;
  start: number;
  end: number;
  terms: string[];
  passages: PassageJson[];
}

describe('corpus command', () => {
  it('prints sources and passages as JSON', () => {
    const { code, stdout } = cli(['corpus', '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as {
      sources: Array<Record<string, unknown>>;
      passages: Array<Record<string, unknown>>;
    };
    expect(json.sources).toHaveLength(5);
    for (const key of [
      'id',
      'file',
      'title',
      'outlet',
      'attribution',
      'published',
      'publishedPrecision',
      'publishedBasis',
    ]) {
      expect(json.sources[0]).toHaveProperty(key);
    }
    expect(json.passages.length).toBeGreaterThan(100);
    for (const key of ['id', 'sourceId', 'text', 'topics', 'dates'])
      expect(json.passages[0]).toHaveProperty(key);
  });

  it('prints a readable summary without --json', () => {
    const { code, stdout } = cli(['corpus']);
    expect(code).toBe(0);
    expect(stdout).toContain('Mohakeme');
    expect(stdout).toContain('about 2018-05');
  });
});

describe('scan command', () => {
  it('finds both topics in an on-topic text file, with passages of the same topic', () => {
    const { code, stdout } = cli(['scan', `${FIX}/on-topic.txt`, '--json']);
    expect(code).toBe(0);
    const { mentions } = JSON.parse(stdout) as { mentions: MentionJson[] };
    const topics = new Set(mentions.flatMap((m) => m.topics));
    expect([...topics].sort()).toEqual(['drones', 'syria']);
    for (const m of mentions) {
      expect(m.end).toBeGreaterThan(m.start);
      expect(m.passages.length).toBeGreaterThan(0);
      for (const p of m.passages) {
        expect(p).toMatchObject({
          id: expect.any(String),
          sourceId: expect.any(String),
          title: expect.any(String),
          outlet: expect.any(String),
          published: expect.any(String),
          text: expect.any(String),
        });
        expect(p.score).toBeGreaterThanOrEqual(0);
        expect(p.score).toBeLessThanOrEqual(1);
      }
    }
  });

  it('says what each mention is about and, per passage, whether it is on that matter', () => {
    const { code, stdout } = cli(['scan', `${FIX}/on-topic.txt`, '--json']);
    expect(code).toBe(0);
    const { mentions } = JSON.parse(stdout) as {
      mentions: Array<{
        matters: Array<{ id: string; label: string; covered: boolean; cues: string[] }>;
        passages: Array<{ match: string; matters: string[] }>;
      }>;
    };
    const strikes = mentions.find((m) => m.matters[0]?.id === 'D-STRIKES');
    expect(strikes?.matters[0]).toMatchObject({ covered: true, cues: expect.any(Array) });
    for (const m of mentions) {
      for (const p of m.passages) {
        expect(['matter', 'context']).toContain(p.match);
        if (p.match === 'matter') {
          expect(p.matters.every((id) => m.matters.some((x) => x.id === id))).toBe(true);
        } else expect(p.matters).toEqual([]);
      }
    }
    const text = cli(['scan', `${FIX}/on-topic.txt`]).stdout;
    expect(text).toMatch(/about: .+ \[D-STRIKES\]/);
  });

  it('reads HTML, skipping scripts, and reports offsets in the extracted text', () => {
    const { code, stdout } = cli(['scan', `${FIX}/on-topic.html`, '--json']);
    expect(code).toBe(0);
    const { mentions } = JSON.parse(stdout) as { mentions: MentionJson[] };
    expect(mentions.length).toBeGreaterThan(0);
    expect(mentions.some((m) => m.text.includes('Shahed'))).toBe(true);
    expect(mentions.every((m) => !m.text.includes('var s'))).toBe(true);
    // Blocks: Home, World, heading, paragraph...: offsets count "\n\n" between blocks.
    const heading = mentions.find((m) => m.text.startsWith('Tehran'));
    expect(heading?.start).toBe('Home\n\nWorld\n\n'.length);
  });

  it('reads stdin with "-" and prints a readable report', () => {
    const { code, stdout } = cli(
      ['scan', '-'],
      'Iran keeps sending Shahed drones to Russia for the war in Ukraine.\n',
    );
    expect(code).toBe(0);
    expect(stdout).toContain('1 mention(s)');
    expect(stdout).toContain('source note:');
  });

  it('reports no mentions for an off-topic file', () => {
    const { code, stdout } = cli(['scan', `${FIX}/off-topic.txt`, '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ mentions: [] });
  });

  it('processes a JSONL batch in order, with an error line for each bad line', () => {
    const { code, stdout } = cli(['scan', '--jsonl', `${FIX}/batch.jsonl`]);
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatchObject({ id: 'a1', topics: ['drones'] });
    expect(lines[1]).toMatchObject({ id: 'a2', topics: [], mentions: [] });
    expect(lines[2]).toMatchObject({ line: 4, error: expect.stringContaining('JSON') });
    expect(lines[3]).toMatchObject({ id: 'a4', error: expect.stringContaining('text') });
    expect(lines[4]).toMatchObject({ id: 'a5', topics: ['drones', 'syria'] });
  });

  it('carries the stance and speaker of each mention and passage', () => {
    const line = (id: string, text: string) => JSON.stringify({ id, text });
    const { code, stdout } = cli(
      ['scan', '--jsonl', '-', '--passages'],
      [
        line('d', 'Tehran denied sending Shahed drones to Russia for the war in Ukraine.'),
        line('h', 'Iran reportedly sent a new batch of Shahed drones to Russia.'),
      ].join('\n'),
    );
    expect(code).toBe(0);
    const [denied, hedged] = stdout
      .trim()
      .split('\n')
      .map(
        (l) =>
          JSON.parse(l) as {
            mentions: Array<{ stance: unknown; speaker: unknown; passages: PassageJson[] }>;
          },
      );
    expect(denied?.mentions[0]).toMatchObject({ stance: 'denied', speaker: 'Tehran' });
    expect(hedged?.mentions[0]).toMatchObject({ stance: 'hedged', speaker: null });
    const passages = [...(denied?.mentions[0]?.passages ?? [])];
    expect(passages.length).toBeGreaterThan(0);
    for (const p of passages as unknown as Array<Record<string, unknown>>) {
      expect([null, 'asserted', 'attributed', 'denied', 'hedged']).toContain(p.stance);
      expect(p.speaker === null || typeof p.speaker === 'string').toBe(true);
    }
    const readable = cli(['scan', '-'], 'Tehran denied sending Shahed drones to Russia.\n');
    expect(readable.stdout).toContain('framing: The page reports a denial by Tehran');
  });
});

describe('bad input', () => {
  const huge = join(mkdtempSync(join(tmpdir(), 'fc-cli-')), 'huge.txt');
  writeFileSync(huge, 'Iran drones Russia\n');
  truncateSync(huge, 51 * 1024 * 1024); // sparse: no 51 MB written to disk
  const cases: Array<[string, number, string[], RegExp]> = [
    ['missing file', 1, ['scan', `${FIX}/missing.txt`], /no such file/],
    ['directory', 1, ['scan', FIX], /directory/],
    ['binary file', 1, ['scan', `${FIX}/binary.bin`], /binary/],
    ['empty file', 1, ['scan', `${FIX}/empty.txt`], /empty/],
    ['invalid UTF-8', 1, ['scan', `${FIX}/invalid-utf8.txt`], /UTF-8/],
    ['file over 50 MB', 1, ['scan', huge], /50 MB/],
    ['no file', 2, ['scan'], /needs a FILE/],
    ['unknown option', 2, ['scan', `${FIX}/on-topic.txt`, '--frobnicate'], /unknown option/],
    ['unknown command', 2, ['frob'], /unknown command/],
  ];
  it.each(cases)('%s: one-line message, exit %i', (_name, exit, args, message) => {
    const { code, stdout, stderr } = cli(args);
    expect(code).toBe(exit);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it('scans malformed HTML without failing', () => {
    const { code, stdout } = cli(['scan', `${FIX}/malformed.html`, '--json']);
    expect(code).toBe(0);
    const { mentions } = JSON.parse(stdout) as { mentions: MentionJson[] };
    expect(mentions.some((m) => m.text.includes('drones'))).toBe(true);
    expect(mentions.every((m) => !m.text.includes('never closed'))).toBe(true);
  });

  it('prints usage with --help', () => {
    const { code, stdout } = cli(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('Usage:');
    expect(stdout).toContain('--jsonl');
  });
});
