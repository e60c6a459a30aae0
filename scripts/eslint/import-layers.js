// The `local/import-layers` ESLint rule: every import of a project file must be on its layer's
// allow-list (eslint.layers.js), and every file must belong to a layer. Specifiers are resolved before
// they are judged, so `./phone/../settings/x.js` is read as `./settings/x.js`; static, re-exporting,
// dynamic and type-position imports are all checked. Packages are judged by where the layer runs.
import { builtinModules } from 'node:module';
import { dirname, posix, relative, sep } from 'node:path';

const BUILTINS = new Set(builtinModules.filter((name) => !name.startsWith('_')));
/** Packages only a desktop process may load: Electron, the HTTP client, the keychain, sockets, proxies. */
const DESKTOP_ONLY = new Set(['electron', 'got', 'keytar', 'ws', 'hpagent']);

/** The project-relative path of a file, with forward slashes. */
const projectPath = (root, file) => relative(root, file).split(sep).join('/');

/** The layer a project path belongs to: the one whose folder (or file) holds it most closely. */
function layerOf(layers, path) {
  let found;
  for (const layer of layers) {
    const holds = layer.path.endsWith('/') ? path.startsWith(layer.path) : path.replace(/\.js$/, '.ts') === layer.path;
    if (holds && (found === undefined || layer.path.length > found.path.length)) found = layer;
  }
  return found;
}

/** Why a package may not be imported where this layer runs, or nothing when it may. */
function packageProblem(layer, specifier) {
  const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];
  const builtin = specifier.startsWith('node:') || BUILTINS.has(name);
  if (layer.runs === 'browser' && builtin) return `${layer.path} runs in the window too: no Node built-ins.`;
  if (layer.runs === 'browser' && DESKTOP_ONLY.has(name))
    return `${layer.path} runs in the window too: Electron, the HTTP client, the keychain and sockets stay in the core or main.`;
  if (layer.runs === 'node' && name === 'electron')
    return `${layer.path} runs under plain Node: only electron/main and electron/preload may import Electron.`;
  return undefined;
}

/** Whether an import declaration brings in types only (`import type`, or every specifier marked `type`). */
function typeOnly(node) {
  if (node.importKind === 'type' || node.exportKind === 'type') return true;
  const specifiers = node.specifiers ?? [];
  return specifiers.length > 0 && specifiers.every((item) => item.importKind === 'type' || item.exportKind === 'type');
}

export const importLayers = {
  meta: {
    type: 'problem',
    docs: { description: 'Each folder imports only the folders its layer allows; every folder has a layer.' },
    schema: [
      {
        type: 'object',
        properties: { root: { type: 'string' }, layers: { type: 'array' } },
        required: ['root', 'layers'],
        additionalProperties: false,
      },
    ],
  },
  create(context) {
    const [{ root, layers }] = context.options;
    const from = projectPath(root, context.filename);
    const layer = layerOf(layers, from);
    const check = (node, specifier, types) => {
      if (typeof specifier !== 'string') return;
      if (layer === undefined) {
        context.report({
          node,
          message: `${from} belongs to no layer: add its folder to eslint.layers.js, saying where it runs and what it may import.`,
        });
        return;
      }
      if (!specifier.startsWith('.')) {
        const problem = packageProblem(layer, specifier);
        if (problem) context.report({ node, message: problem });
        return;
      }
      const target = posix.normalize(posix.join(dirname(from), specifier));
      const to = layerOf(layers, target);
      if (to === layer) return;
      if (to !== undefined && (layer.may.includes(to.path) || (types && layer.types?.includes(to.path)))) return;
      context.report({
        node,
        message:
          `${layer.path} may not import ${to?.path ?? target}: ${layer.why} ` +
          `It may import ${layer.may.length ? layer.may.join(', ') : 'nothing of the project'}${layer.types?.length ? `, and types from ${layer.types.join(', ')}` : ''}.`,
      });
    };
    const declaration = (node) => {
      if (node.source) check(node.source, node.source.value, typeOnly(node));
    };
    return {
      ImportDeclaration: declaration,
      ExportNamedDeclaration: declaration,
      ExportAllDeclaration: (node) => check(node.source, node.source.value, node.exportKind === 'type'),
      ImportExpression: (node) =>
        node.source.type === 'Literal'
          ? check(node.source, node.source.value, false)
          : context.report({
              node,
              message: 'A dynamic import names its module in a string literal, so its layer can be checked.',
            }),
      TSImportType: (node) => {
        const literal = node.argument?.literal ?? node.argument;
        if (literal?.type === 'Literal') check(node, literal.value, true);
      },
    };
  },
};
