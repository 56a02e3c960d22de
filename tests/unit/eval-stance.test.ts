import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Framing } from '../../engine/stance';
import {
  normalizeSpeaker,
  parseStanceLines,
  scoreStance,
  speakerMatches,
  type StanceItem,
} from '../../scripts/eval-stance/metrics';

vi.setConfig({ testTimeout: 120_000 });
const ROOT = join(import.meta.dirname, '../..');

const item = (
  id: string,
  stance: StanceItem['stance'],
  speaker: string | null = null,
  speakerAlt: string[] = [],
): StanceItem => ({ id, lang: 'en', text: id, stance, speaker, speakerAlt });

describe('speaker matching', () => {
  it('ignores case, surrounding punctuation and a leading article', () => {
    expect(normalizeSpeaker('The Kremlin')).toBe('kremlin');
    expect(normalizeSpeaker('  «Le Monde», ')).toBe('monde');
    expect(normalizeSpeaker("L'Iran")).toBe('iran');
    expect(normalizeSpeaker('Die Ukraine')).toBe('ukraine');
    expect(normalizeSpeaker('US officials')).toBe('us officials');
    // An article alone is kept rather than emptied.
    expect(normalizeSpeaker('The')).toBe('the');
  });

  it('hits the labelled speaker or any alternative, never a missing one', () => {
    const x = item('x', 'denied', 'Nasser Kanaani', ["Iran's foreign ministry spokesman"]);
    expect(speakerMatches('nasser kanaani', x)).toBe(true);
    expect(speakerMatches("the Iran's foreign ministry spokesman", x)).toBe(true);
    expect(speakerMatches('Kanaani', x)).toBe(false);
    expect(speakerMatches(null, x)).toBe(false);
    expect(speakerMatches('Tehran', item('y', 'asserted'))).toBe(false);
  });
});

describe('stance scores', () => {
  it('counts precision and recall per stance, an unsure answer only against recall', () => {
    const items = [
      item('a', 'denied', 'Tehran'),
      item('b', 'denied', 'Moscow'),
      item('c', 'attributed', 'US officials'),
      item('d', 'asserted'),
      item('e', 'hedged'),
    ];
    const answers: Record<string, Framing> = {
      a: { stance: 'denied', speaker: 'tehran' },
      b: { speaker: null },
      c: { stance: 'denied', speaker: 'The US officials' },
      d: { stance: 'asserted', speaker: 'Iran' },
      e: { stance: 'hedged', speaker: null },
    };
    const { report, misses } = scoreStance(items, (t) => answers[t]!);
    expect(report.items).toBe(5);
    expect(report.covered).toBe(4);
    expect(report.accuracy).toBeCloseTo(3 / 5);
    expect(report.perStance.denied).toEqual({
      tp: 1,
      fp: 1,
      fn: 1,
      precision: 0.5,
      recall: 0.5,
    });
    expect(report.perStance.attributed).toMatchObject({ tp: 0, fn: 1, precision: null, recall: 0 });
    expect(report.perStance.asserted).toMatchObject({ precision: 1, recall: 1 });
    expect(report.speaker).toEqual({ named: 3, exact: 2, rate: 2 / 3, spurious: 1 });
    expect(misses.map((m) => m.id)).toEqual(['b', 'c', 'd']);
  });

  it('reads labelled lines and names the bad ones', () => {
    const { items, errors } = parseStanceLines(
      [
        JSON.stringify({ id: 'ok', lang: 'fa', text: 't', stance: 'hedged', speaker: null }),
        'not json',
        JSON.stringify({ id: 'x', text: 't', stance: 'maybe', speaker: null }),
        JSON.stringify({ id: 'y', text: 't', stance: 'denied', speaker: 3 }),
        '',
      ].join('\n'),
    );
    expect(items).toEqual([
      { id: 'ok', lang: 'fa', text: 't', stance: 'hedged', speaker: null, speakerAlt: [] },
    ]);
    expect(errors).toHaveLength(3);
    expect(errors[0]).toMatch(/^line 2: not JSON/);
  });
});

describe('npm run eval:stance', () => {
  const run = (args: string[]) =>
    spawnSync(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/eval-stance.ts', ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });

  it('prints figures per stance and per language as JSON', () => {
    const r = run(['tests/fixtures/stance/dev.jsonl', '--json']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as {
      overall: { items: number; perStance: Record<string, unknown>; speaker: unknown };
      languages: Record<string, unknown>;
      misses?: unknown;
    };
    expect(out.overall.items).toBeGreaterThanOrEqual(100);
    expect(Object.keys(out.overall.perStance)).toEqual([
      'asserted',
      'attributed',
      'denied',
      'hedged',
    ]);
    expect(Object.keys(out.languages).sort()).toEqual(['ar', 'de', 'en', 'fa', 'fr', 'ru', 'uk']);
    expect(out.misses).toBeUndefined();
  });

  it('refuses to list the misses of a frozen file, and says so', () => {
    const r = run(['tests/fixtures/frozen/2026-11-30-stance.jsonl', '--misses']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/refused on a frozen file/);
  });

  it('answers a missing file and an unknown option with one line', () => {
    const missing = run(['tests/fixtures/stance/none.jsonl']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/cannot read/);
    expect(run(['--bogus']).status).toBe(2);
  });
});
