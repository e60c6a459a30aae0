import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { PRODUCT_NAME } from './desktop-identity.js';

const run = promisify(execFile);
const ASSOCIATION = 'HKCU\\Software\\Microsoft\\Windows\\Shell\\Associations\\UrlAssociations\\tel';
/** Where Windows keeps the agent's choice: `UserChoiceLatest` on current Windows 11, `UserChoice` before it. */
export const USER_CHOICE_KEYS = [`${ASSOCIATION}\\UserChoiceLatest`, `${ASSOCIATION}\\UserChoice`] as const;

/**
 * Reads the ProgId out of `reg query … /v ProgId` output: the agent's own choice for a scheme on Windows 10
 * and 11, which wins over any HKCU\Software\Classes key (so Electron's registry check alone can say "yes" wrongly).
 */
export function userChoiceProgId(regOutput: string): string | undefined {
  return /^\s*ProgId\s+REG_SZ\s+(\S.*?)\s*$/m.exec(regOutput)?.[1];
}

/** The agent's choice from the first key that holds one: the newer key wins; undefined when none can be read. */
export async function firstChoice(read: (key: string) => Promise<string | undefined>): Promise<string | undefined> {
  for (const key of USER_CHOICE_KEYS) {
    const progId = await read(key).catch(() => undefined);
    if (progId !== undefined) return progId;
  }
  return undefined;
}

/** Whether the agent chose softdial for tel: in Default apps; undefined when Windows' choice cannot be read. */
export async function chosenForTel(): Promise<boolean | undefined> {
  const progId = await firstChoice(async (key) => {
    const { stdout } = await run('reg', ['query', key, '/v', 'ProgId'], { windowsHide: true });
    return userChoiceProgId(stdout);
  });
  return progId === undefined ? undefined : progId === `${PRODUCT_NAME}.tel`;
}
