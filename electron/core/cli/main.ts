import { installProcessLog } from '../logging/error-sink.js';
import { dataDirectory } from '../settings/paths.js';
import { EXIT, UsageError } from './io.js';
import type { CliIo } from './io.js';
import { switchLanguage } from '../../shared/i18n/language.js';
import { chosenLanguage, languageFromEnvironment, unknownLanguageProblem } from '../i18n/resolve-language.js';
import '../i18n/core-messages.js';

const USAGE = `Usage: softdial <command> [options]

Commands:
  normalize [--region CC] [--all] [TEXT...]
                                      Read phone numbers (from TEXT or stdin lines), print JSON lines;
                                      --all lists every number each input holds
  dial TEXT [--as-user ID] [--queue ID] [--caller-id E164] [--caller-id-name NAME] [--expect E164] [--dry-run] [--json] [--yes]
                                      Place a call (exit 0 placed, 1 refused and explained, 2 bad input)
  doctor [--json]                     Check configuration, keychain, token, user and station
  explain FILE|- [--json]             Diagnose a request (body, curl command, raw HTTP) or a Genesys error body
  emulator [--port N] [--refresh-tokens]
                                      Run the Genesys Cloud emulator (default port 9000)
  web [--port N]                      Run the app in a browser on 127.0.0.1 (URL with a one-time token)
  signin | signout                    Agent sign-in in the browser / sign out and revoke
  extension install-host|uninstall-host [--browser chromium|chrome|edge|firefox]... [--user-data-dir DIR]
                                      Let the browser extension reach softdial (writes the host manifest)
  native-host                         The browser extension's host (started by the browser, stdio)
  contacts import FILE [--dry-run] [--format csv|vcard] [--json]
                                      Import CSV or vCard into your contacts; prints the report
                                      (exit 0 when anything was imported, 2 when nothing could be)
  contacts search TEXT                Search every contact source; one JSON line per hit
  contacts export [--format csv|vcard] [--source local|users|external]...
                                      Write contacts to stdout (default: your own, as CSV)
  contacts sync                       Sync the Genesys directory now (a progress bar on a terminal)

Every command takes --lang TAG (de, ja, pt-BR, ...); without it LC_ALL, LC_MESSAGES, LANG, then the OS
choose the language of messages. JSON keeps its codes and field names in every language.

With no GENESYSCLOUD_REGION (and no region in settings), dial and doctor use a built-in emulator.
`;

/** `--lang TAG` or `--lang=TAG` anywhere in the arguments, taken out so each command's own parser never sees it. */
function takeLanguage(argv: string[]): { args: string[]; lang?: string } {
  const args: string[] = [];
  let lang: string | undefined;
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] ?? '';
    if (arg === '--') {
      args.push(...argv.slice(index));
      break;
    }
    if (arg === '--lang') {
      lang = argv[index + 1] ?? '';
      index++;
    } else if (arg.startsWith('--lang=')) lang = arg.slice('--lang='.length);
    else args.push(arg);
  }
  return lang === undefined ? { args } : { args, lang };
}

type Command = (args: string[], io: CliIo) => Promise<number>;

/** Each command loads only its own modules, so a one-shot `softdial normalize` never loads the Genesys client. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  normalize: async () => (await import('./normalize-command.js')).normalizeCommand,
  dial: async () => (await import('./dial-command.js')).dialCommand,
  contacts: async () => (await import('./contacts-command.js')).contactsCommand,
  doctor: async () => (await import('./doctor-command.js')).doctorCommand,
  explain: async () => (await import('./explain-command.js')).explainCommand,
  emulator: async () => (await import('./emulator-command.js')).emulatorCommand,
  signin: async () => (await import('./sign-in-command.js')).signInCommand,
  signout: async () => (await import('./sign-in-command.js')).signOutCommand,
  web: async () => (await import('./web-command.js')).webCommand,
  extension: async () => (await import('./extension-command.js')).extensionCommand,
  'native-host': async () => (await import('./native-host-command.js')).nativeHostCommand,
};

/** Runs one CLI invocation and returns its exit status; every expected failure is a message, not a stack. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const taken = takeLanguage(argv);
  const language = taken.lang === undefined ? languageFromEnvironment(io.env) : chosenLanguage(taken.lang);
  if (language === undefined) {
    io.stderr.write(`softdial: --lang ${unknownLanguageProblem(taken.lang ?? '')}\n`);
    return EXIT.usage;
  }
  await switchLanguage(language);
  const [name, ...args] = taken.args;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(USAGE);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!load) {
    io.stderr.write(`softdial: unknown command "${name}".\n\n${USAGE}`);
    return EXIT.usage;
  }
  try {
    const command = await load();
    return await command(args, io);
  } catch (error) {
    if (
      error instanceof UsageError ||
      (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))
    ) {
      io.stderr.write(`softdial ${name}: ${error.message}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}

/**
 * The process entry point used by bin/softdial.js. The error sink comes first, so an error in any
 * command reaches stderr and the support log (which is opened only if something is written to it).
 */
export async function main(): Promise<void> {
  const log = installProcessLog(process, dataDirectory(process.env));
  process.exitCode = await runCli(process.argv.slice(2), {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    log,
  });
}
