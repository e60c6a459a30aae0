import { formatExplained, exitStatusOf } from './explained-output.js';
import { EXIT } from './io.js';
import type { CliIo } from './io.js';
import { openCore } from './open-core.js';

/** `softdial signin`: agent sign-in in the system browser; the refresh token goes to the keychain. */
export async function signInCommand(_args: string[], io: CliIo): Promise<number> {
  const { core, close } = await openCore(io);
  try {
    const result = await core.signIn();
    if (!result.ok) {
      io.stderr.write(formatExplained(result.error));
      return exitStatusOf(result.error);
    }
    io.stdout.write('Signed in.\n');
    return EXIT.ok;
  } finally {
    await close();
  }
}

/** `softdial signout`: revokes the token at Genesys and forgets the refresh token. */
export async function signOutCommand(_args: string[], io: CliIo): Promise<number> {
  const { core, close } = await openCore(io);
  try {
    const result = await core.signOut();
    io.stdout.write(result.revoked ? 'Signed out; the token was revoked.\n' : 'Signed out.\n');
    return EXIT.ok;
  } finally {
    await close();
  }
}
