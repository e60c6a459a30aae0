import type { Session } from 'electron';
import { isAppUrl } from './security.js';

/** The only permission the window is given: writing the clipboard, for its Copy buttons and menu. */
const GRANTED: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

/** Whether a permission is granted: the clipboard write, to our own page (`app://softdial`) only; nothing else, to nobody. */
export function isPermissionGranted(permission: string, origin: string | undefined): boolean {
  return GRANTED.has(permission) && isAppUrl(origin);
}

/** Answers every permission request and check of the window's session by `isPermissionGranted`. */
export function guardPermissions(
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>,
): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(isPermissionGranted(permission, details.requestingUrl)),
  );
  session.setPermissionCheckHandler((_contents, permission, origin) => isPermissionGranted(permission, origin));
}
