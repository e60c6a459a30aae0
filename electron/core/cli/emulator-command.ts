import { parseArgs } from 'node:util';
import { GenesysEmulator } from '../emulator/emulator.js';
import { DEMO } from '../emulator/demo-org.js';
import { EXIT, UsageError } from './io.js';
import type { CliIo } from './io.js';

/** `softdial emulator [--port N] [--refresh-tokens]`: runs the Genesys Cloud emulator until interrupted. */
export async function emulatorCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    strict: true,
    options: { port: { type: 'string' }, 'refresh-tokens': { type: 'boolean' } },
  });
  const port = values.port === undefined ? 9000 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`--port "${values.port}" must be a port number from 0 to 65535.`);
  const refresh = values['refresh-tokens'] ?? false;
  const emulator = await GenesysEmulator.start({ port, issueRefreshTokens: refresh, controlRoutes: true });
  io.stdout.write(
    [
      `Genesys Cloud emulator listening on ${emulator.url}`,
      `  GENESYSCLOUD_REGION=${emulator.url}`,
      `  agent sign-in client:       ${DEMO.agentClientId} (PKCE, loopback redirect; ${refresh ? 'refresh tokens on, as for a confidential client' : 'no refresh tokens, as Genesys gives a public client; --refresh-tokens turns them on'})`,
      `  client credentials:         ${DEMO.serviceClientId} / ${DEMO.serviceClientSecret} (sandbox only)`,
      `  dial on behalf of:          SOFTDIAL_USER_ID=${DEMO.agentUserId} (no station: ${DEMO.noStationUserId}, no permission: ${DEMO.noPermissionUserId})`,
      `  faults: POST ${emulator.url}/__emulator/faults {"path":"/api/v2/conversations/calls","status":429,"headers":{"retry-after":"5"}}`,
      `  call states: POST ${emulator.url}/__emulator/calls/{id}/state {"state":"terminated"}; sockets: POST ${emulator.url}/__emulator/notifications/drop | socket-closing | refuse?times=N`,
      'Press Ctrl+C to stop.',
      '',
    ].join('\n'),
  );
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await emulator.close();
  return EXIT.ok;
}
