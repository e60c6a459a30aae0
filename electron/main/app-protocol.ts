import { protocol } from 'electron';
import { rendererFile } from '../core/web/static-files.js';
import { rendererCsp } from '../core/web/csp.js';
import { APP_HOST, APP_SCHEME } from './security.js';

/** Declares app:// as a standard, secure scheme; must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: false } },
  ]);
}

/** Serves the built renderer at app://softdial/ with its CSP; nothing outside that folder. */
export function setupAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const file = url.host === APP_HOST ? await rendererFile(rendererDir, url.pathname) : undefined;
    if (!file) return new Response('Not found', { status: 404 });
    return new Response(new Uint8Array(file.body), {
      headers: {
        'content-type': file.type,
        'content-security-policy': rendererCsp(),
        'x-content-type-options': 'nosniff',
      },
    });
  });
}
