/**
 * The names the manifest declares (`lib/manifest-names.ts`) stand for files that exist: a
 * renamed entrypoint or `public/` file would otherwise build an extension whose manifest
 * points at nothing (no probe on any page, or no detector stage to import).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STAGE_LEXICONS } from '../../engine/lexicon/stages';
import {
  DETECTOR_STAGE_ENTRYPOINTS,
  HIGHLIGHTS_CSS_FILE,
  PAGE_UI_ENTRYPOINT,
  PROBE_ENTRYPOINT,
  WORLD_AT_START_FILE,
  scriptOf,
} from '../../lib/manifest-names';

const ROOT = resolve(import.meta.dirname, '../..');
const entrypoint = (name: string) =>
  ['index.ts', 'index.tsx'].some((f) => existsSync(resolve(ROOT, 'entrypoints', name, f)));

describe('manifest names', () => {
  it('name entrypoints that exist', () => {
    for (const name of [PROBE_ENTRYPOINT, PAGE_UI_ENTRYPOINT, ...DETECTOR_STAGE_ENTRYPOINTS]) {
      expect(entrypoint(name), `entrypoints/${name}/index.ts`).toBe(true);
    }
  });

  it('name one detector entrypoint per lexicon stage', () => {
    expect(DETECTOR_STAGE_ENTRYPOINTS).toHaveLength(Object.keys(STAGE_LEXICONS).length);
  });

  it('name public files that exist', () => {
    for (const file of [WORLD_AT_START_FILE, HIGHLIGHTS_CSS_FILE]) {
      expect(existsSync(resolve(ROOT, 'public', file)), `public/${file}`).toBe(true);
    }
  });

  it('give each entrypoint the script WXT builds from it', () => {
    expect(scriptOf(PAGE_UI_ENTRYPOINT)).toBe('page-ui.js');
    expect(DETECTOR_STAGE_ENTRYPOINTS.map(scriptOf)).toEqual([
      'probe-detector.js',
      'probe-detector-2.js',
      'probe-detector-3.js',
      'probe-detector-4.js',
      'probe-detector-5.js',
      'probe-detector-6.js',
    ]);
  });
});
