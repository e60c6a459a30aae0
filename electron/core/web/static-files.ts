import { readFile } from 'node:fs/promises';
import { extname, join, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

/**
 * A file of the built renderer, or undefined when the path is not one. The path is the request's own,
 * undecoded and unnormalised: this is the one guard, so a ".." segment (however encoded, with / or \)
 * or a NUL refuses the request, and the result must still lie inside the folder.
 */
export async function rendererFile(root: string, urlPath: string): Promise<{ body: Buffer; type: string } | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const segments = decoded.split(/[/\\]+/).filter((segment) => segment !== '');
  if (segments.includes('..') || decoded.includes('\0')) return undefined;
  const path = join(root, ...(segments.length > 0 ? segments : ['index.html']));
  if (!path.startsWith(root.endsWith(sep) ? root : root + sep)) return undefined;
  try {
    return { body: await readFile(path), type: TYPES[extname(path)] ?? 'application/octet-stream' };
  } catch {
    return undefined;
  }
}
