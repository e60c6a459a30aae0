import { join } from 'node:path';
import { DESKTOP_NAME, HIDDEN_ARG, PRODUCT_NAME } from './desktop-identity.js';

const NEEDS_QUOTES = /[\s"'\\><~|&;$*?#()`]/;

/** One argument of a desktop entry's Exec key, quoted by the Desktop Entry rules when it must be. */
function execArg(arg: string): string {
  const percent = arg.replaceAll('%', '%%');
  return NEEDS_QUOTES.test(percent) ? `"${percent.replace(/["`$\\]/g, (c) => `\\${c}`)}"` : percent;
}

/** A desktop entry string value with its own escapes (applied on top of Exec's quoting, as the spec orders). */
function entryValue(value: string): string {
  return value.replace(/[\\\n\t\r]/g, (c) => ({ '\\': '\\\\', '\n': '\\n', '\t': '\\t', '\r': '\\r' })[c] ?? c);
}

/**
 * The program the autostart entry runs: the AppImage file itself when run from one (its executable path lies
 * inside a mount that is gone after a restart), else the installed executable; always started hidden.
 */
export function autostartCommand(execPath: string, env: NodeJS.ProcessEnv): string[] {
  return [env['APPIMAGE'] || execPath, HIDDEN_ARG];
}

/** The XDG autostart entry that starts softdial in the tray at login (Electron's login items do nothing on Linux). */
export function autostartEntry(command: readonly string[]): string {
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Version=1.0',
    `Name=${PRODUCT_NAME}`,
    'Comment=Click-to-dial for Genesys Cloud, waiting in the tray',
    `Exec=${entryValue(command.map(execArg).join(' '))}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

/** Where the autostart entry lives: $XDG_CONFIG_HOME/autostart, by default ~/.config/autostart. */
export function autostartPath(env: NodeJS.ProcessEnv, home: string): string {
  return join(xdgConfigHome(env, home), 'autostart', DESKTOP_NAME);
}

/** The user's XDG config folder: XDG_CONFIG_HOME when it is an absolute path (the spec ignores others), else ~/.config. */
export const xdgConfigHome = (env: NodeJS.ProcessEnv, home: string): string =>
  env['XDG_CONFIG_HOME']?.startsWith('/') ? env['XDG_CONFIG_HOME'] : join(home, '.config');
