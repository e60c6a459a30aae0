import { readFileSync } from 'node:fs';
import type { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

// Each layer's folder opens with a README that says where its code runs, as eslint.layers.js has it: a
// newcomer reads electron/ as "needs Electron", and most of it does not.

interface Layer {
  path: string;
  runs: 'browser' | 'node' | 'electron';
}

const RUNS = {
  browser: 'Runs under plain Node and in the window',
  node: 'Runs under plain Node',
  electron: 'Runs in Electron only',
} as const;

const ROOT = new URL('../../../', import.meta.url);
const { LAYERS } = (await import(new URL('eslint.layers.js', ROOT).href)) as {
  LAYERS: Layer[];
  layerRules: Linter.Config[];
};
const folders = LAYERS.filter((layer) => layer.path.endsWith('/'));

describe('folder headers', () => {
  it('cover every folder layer', () => {
    expect(folders.length).toBeGreaterThan(20);
  });

  it.each(folders.map((layer) => [layer.path, layer.runs] as const))('%s says it %s', (path, runs) => {
    const [title, , line] = readFileSync(new URL(`${path}README.md`, ROOT), 'utf8').split('\n');
    expect(title).toBe(`# ${path.slice(0, -1)}`);
    expect(line?.startsWith(`${RUNS[runs]} `) || line?.startsWith(`${RUNS[runs]}.`)).toBe(true);
    if (runs !== 'browser') expect(line).not.toMatch(/in the window/);
  });
});
