import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

/** Which project files each file imports: every relative specifier, type-only and dynamic imports included. */
export type ImportGraph = Map<string, string[]>;

const SOURCE = /\.(ts|svelte)$/;

/** Every .ts and .svelte file under `folder` (relative to `root`), skipping what the build writes. */
function sourceFiles(root: string, folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => SOURCE.test(file) && !file.split('/').includes('dist'))
    .map((file) => join(folder, file));
}

/** The project file a relative specifier names (`./x.js` is `./x.ts` in the source tree), if it is one. */
function target(from: string, specifier: string, known: Set<string>): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const named = relative('.', resolve(dirname(from), specifier));
  return [named, named.replace(/\.js$/, '.ts')].find((file) => known.has(file));
}

/** Reads the imports of every source file under `folders`, as TypeScript's own pre-processor finds them. */
export function importGraph(root: string, folders: readonly string[]): ImportGraph {
  const files = folders.flatMap((folder) => sourceFiles(root, folder));
  const known = new Set(files);
  const graph: ImportGraph = new Map();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(readFileSync(join(root, file), 'utf8'), true, true);
    const targets = importedFiles.flatMap(({ fileName }) => target(file, fileName, known) ?? []);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** The graph between groups of files (`groupOf` names each file's group); imports within a group drop out. */
export function groupGraph(graph: ImportGraph, groupOf: (file: string) => string): ImportGraph {
  const groups: ImportGraph = new Map();
  for (const [file, targets] of graph) {
    const from = groupOf(file);
    const edges = new Set(groups.get(from));
    for (const to of targets.map(groupOf)) if (to !== from) edges.add(to);
    groups.set(from, [...edges]);
  }
  return groups;
}

/** Every circle in the graph, each as the path that closes it (`a → b → a`); none means the graph is acyclic. */
export function circles(graph: ImportGraph): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (node: string): void => {
    state.set(node, 'open');
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') found.push([...path.slice(path.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(node, 'done');
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return found;
}
