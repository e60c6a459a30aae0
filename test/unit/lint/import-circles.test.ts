import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { circles, groupGraph, importGraph } from '../../helpers/import-graph.js';

// No circle of imports, type-only ones included: a circle means two modules cannot be understood (or
// moved, or tested) one without the other. Files first, then the folders of the core, whose order the
// layer rules describe.

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const graph = importGraph(ROOT, ['electron', 'renderer/src']);

/** A file's folder as a layer: the core's first-level folder (contacts/files is contacts), else its folder. */
function layerOf(file: string): string {
  const parts = file.split('/');
  return parts.slice(0, parts[1] === 'core' ? Math.min(3, parts.length - 1) : parts.length - 1).join('/');
}

const shown = (found: string[][]) => found.map((circle) => circle.join(' → '));

describe('import circles', () => {
  it('reads the imports of the whole tree, type-only ones too', () => {
    expect(graph.size).toBeGreaterThan(200);
    expect(graph.get('electron/core/diagnostics/doctor.ts')).toContain('electron/core/connection/core-status.ts');
  });

  it('no file imports itself back, directly or through others', () => {
    expect(shown(circles(graph))).toEqual([]);
  });

  it('no folder of the core imports itself back through another folder', () => {
    const folders = groupGraph(graph, layerOf);
    expect(folders.has('electron/core/contacts')).toBe(true);
    expect(folders.has('electron/core/contacts/files')).toBe(false);
    expect(shown(circles(folders))).toEqual([]);
  });

  it('finds a circle when there is one, and names its path', () => {
    const looped = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a', 'd']],
      ['d', []],
    ]);
    expect(shown(circles(looped))).toEqual(['a → b → c → a']);
    expect(shown(circles(groupGraph(looped, (node) => (node === 'd' ? 'd' : 'abc'))))).toEqual([]);
  });
});
