import { createHash } from 'node:crypto';
import { join } from 'node:path';

/**
 * Where the running app listens for the native host: a Unix socket in a private folder of the data
 * folder, or on Windows a named pipe whose name is derived from the data folder (pipes live in their
 * own namespace), so two users, or two data folders, never meet.
 */
export function appSocketPath(dataDir: string, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') {
    const tag = createHash('sha256').update(dataDir.toLowerCase()).digest('hex').slice(0, 16);
    return `\\\\.\\pipe\\softdial-${tag}`;
  }
  return join(dataDir, 'run', 'app.sock');
}
