import { dialCommand } from './dial-command.js';
import { doctorCommand } from './doctor-command.js';
import { emulatorCommand } from './emulator-command.js';
import { explainCommand } from './explain-command.js';
import { normalizeCommand } from './normalize-command.js';
import { signInCommand, signOutCommand } from './sign-in-command.js';
import { webCommand } from './web-command.js';
import { EXIT, UsageError } from './io.js';
import type { CliIo } from './io.js';

const USAGE = `Usage: softdial <command> [options]

Commands:
  normalize [--region CC] [TEXT...]   Read phone numbers (from TEXT or stdin lines), print JSON lines
  dial TEXT [--as-user ID] [--queue ID] [--caller-id E164] [--caller-id-name NAME] [--dry-run] [--json] [--yes]
                                      Place a call (exit 0 placed, 1 refused and explained, 2 bad input)
  doctor [--json]                     Check configuration, keychain, token, user and station
  explain FILE|- [--json]             Diagnose a request (body, curl command, raw HTTP) or a Genesys error body
  emulator [--port N] [--refresh-tokens]
                                      Run the Genesys Cloud emulator (default port 9000)
  web [--port N]                      Run the app in a browser on 127.0.0.1 (URL with a one-time token)
  signin | signout                    Agent sign-in in the browser / sign out and revoke

With no GENESYSCLOUD_REGION (and no region in settings), dial and doctor use a built-in emulator.
`;

type Command = (args: string[], io: CliIo) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  normalize: normalizeCommand,
  dial: dialCommand,
  doctor: doctorCommand,
  explain: explainCommand,
  emulator: emulatorCommand,
  signin: signInCommand,
  signout: signOutCommand,
  web: webCommand,
};

/** Runs one CLI invocation and returns its exit status; every expected failure is a message, not a stack. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(USAGE);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    io.stderr.write(`softdial: unknown command "${name}".\n\n${USAGE}`);
    return EXIT.usage;
  }
  try {
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

/** The process entry point used by bin/softdial.js. */
export async function main(): Promise<void> {
  process.exitCode = await runCli(process.argv.slice(2), {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
  });
}
