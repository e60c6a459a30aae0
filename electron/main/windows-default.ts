import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { PRODUCT_NAME } from './desktop-identity.js';

const run = promisify(execFile);
const USER_CHOICE = 'HKCU\\Software\\Microsoft\\Windows\\Shell\\Associations\\UrlAssociations\\tel\\UserChoice';

/**
 * Reads the ProgId out of `reg query … /v ProgId` output: the agent's own choice for a scheme on Windows 10
 * and 11, which wins over any HKCU\Software\Classes key (so Electron's registry check alone can say "yes" wrongly).
 */
export function userChoiceProgId(regOutput: string): string | undefined {
  return /^\s*ProgId\s+REG_SZ\s+(\S.*?)\s*$/m.exec(regOutput)?.[1];
}

/** Whether the agent chose softdial for tel: in Default apps; undefined when Windows holds no choice. */
export async function chosenForTel(): Promise<boolean | undefined> {
  try {
    const { stdout } = await run('reg', ['query', USER_CHOICE, '/v', 'ProgId'], { windowsHide: true });
    const progId = userChoiceProgId(stdout);
    return progId === undefined ? undefined : progId === `${PRODUCT_NAME}.tel`;
  } catch {
    return undefined;
  }
}
