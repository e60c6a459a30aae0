import { homedir } from 'node:os';
import { join } from 'node:path';

/** Where settings, contacts and logs live: SOFTDIAL_DATA_DIR, else the OS's per-user app-data folder. */
export function dataDirectory(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  const configured = env['SOFTDIAL_DATA_DIR']?.trim();
  if (configured) return configured;
  switch (platform) {
    case 'win32':
      return join(env['APPDATA'] ?? join(homedir(), 'AppData', 'Roaming'), 'softdial');
    case 'darwin':
      return join(homedir(), 'Library', 'Application Support', 'softdial');
    default:
      return join(env['XDG_CONFIG_HOME'] ?? join(homedir(), '.config'), 'softdial');
  }
}

/** The admin policy file's fixed, OS-specific system path (SOFTDIAL_POLICY_FILE overrides it, for tests and staging). */
export function policyFile(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  const configured = env['SOFTDIAL_POLICY_FILE']?.trim();
  if (configured) return configured;
  switch (platform) {
    case 'win32':
      return join(env['ProgramData'] ?? 'C:\\ProgramData', 'softdial', 'policy.json');
    case 'darwin':
      return '/Library/Application Support/softdial/policy.json';
    default:
      return '/etc/softdial/policy.json';
  }
}
