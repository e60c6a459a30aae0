import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fail, ok } from '../shared/outcome.js';
import type { Outcome } from '../shared/outcome.js';
import { xdgConfigHome } from './autostart-entry.js';
import { writeDesktopFile } from './autostart.js';

/** The groups of mimeapps.list that name an app for a scheme. */
const GROUPS = new Set(['[Default Applications]', '[Added Associations]']);

/**
 * mimeapps.list without softdial as the handler of these schemes: its .desktop name is taken out of each
 * `x-scheme-handler/<scheme>=` line of the default and added groups (a line left empty goes); every other line
 * and app stays as it was. Electron cannot unregister a scheme on Linux, so this is how a "no" takes effect.
 */
export function withoutSchemeHandlers(text: string, desktopName: string, schemes: readonly string[]): string {
  const keys = new Set(schemes.map((scheme) => `x-scheme-handler/${scheme}`));
  let group = '';
  const kept: string[] = [];
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed.startsWith('[')) group = trimmed;
    const equals = line.indexOf('=');
    const key = equals < 0 ? '' : line.slice(0, equals).trim();
    if (!GROUPS.has(group) || !keys.has(key)) {
      kept.push(line);
      continue;
    }
    const apps = line
      .slice(equals + 1)
      .split(';')
      .map((app) => app.trim())
      .filter((app) => app !== '' && app !== desktopName);
    if (apps.length > 0) kept.push(`${key}=${apps.join(';')};`);
  }
  return kept.join('\n');
}

/** The user's mimeapps.list (XDG_CONFIG_HOME, else ~/.config), where `xdg-settings` records a default handler. */
export const mimeappsPath = (env: NodeJS.ProcessEnv, home: string): string =>
  join(xdgConfigHome(env, home), 'mimeapps.list');

/** Gives the schemes back on Linux: rewrites mimeapps.list without softdial (atomically); no file means nothing to undo. */
export async function unregisterLinuxSchemes(
  path: string,
  desktopName: string,
  schemes: readonly string[],
): Promise<Outcome<void, string>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const missing = error instanceof Error && 'code' in error && error.code === 'ENOENT';
    return missing
      ? ok(undefined)
      : fail(`Could not read ${path} (${error instanceof Error ? error.message : String(error)}).`);
  }
  const edited = withoutSchemeHandlers(text, desktopName, schemes);
  return edited === text ? ok(undefined) : writeDesktopFile(path, edited);
}
