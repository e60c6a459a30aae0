import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import { fail, ok } from '../../shared/outcome.js';
import type { Outcome } from '../../shared/outcome.js';
import { fireAndForget } from '../../shared/unexpected-errors.js';

/** What the browser brought back to the loopback redirect: the authorization code, or why there is none. */
export type RedirectResult = Outcome<string, string>;

const describedAs = (description: string | null): string => (description ? `: ${description}` : '');

const PAGE = (message: string): string =>
  `<!doctype html><meta charset="utf-8"><title>softdial</title><body style="font-family:system-ui;margin:3rem"><h1>softdial</h1><p>${message}</p></body>`;

/**
 * Listens on 127.0.0.1 for the one OAuth redirect of a sign-in, checks its state, and answers the
 * browser with a page saying whether to go back to softdial. Nothing else is served.
 */
export async function listenForRedirect(options: {
  port: number;
  path: string;
  state: string;
  timeoutMs: number;
}): Promise<{ redirectUri: string; result: Promise<RedirectResult>; close(): void }> {
  let settle: (result: RedirectResult) => void = () => undefined;
  const result = new Promise<RedirectResult>((resolve) => (settle = resolve));
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (request.method !== 'GET' || url.pathname !== options.path) {
      response.writeHead(404).end();
      return;
    }
    const error = url.searchParams.get('error');
    const code = url.searchParams.get('code');
    const outcome: RedirectResult =
      error !== null
        ? fail(`Genesys Cloud returned ${error}${describedAs(url.searchParams.get('error_description'))}.`)
        : url.searchParams.get('state') !== options.state
          ? fail('The sign-in answer did not carry the state softdial sent; it was ignored (possible forgery).')
          : code
            ? ok(code)
            : fail('The sign-in answer had no authorization code.');
    response.writeHead(outcome.ok ? 200 : 400, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
    });
    response.end(
      PAGE(
        outcome.ok
          ? 'You are signed in. You can close this tab and go back to softdial.'
          : `Sign-in failed: ${outcome.error}`,
      ),
    );
    settle(outcome);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const timer = setTimeout(() => settle(fail('The browser sign-in was not completed in time.')), options.timeoutMs);
  const close = (): void => {
    clearTimeout(timer);
    server.close();
    server.closeAllConnections();
  };
  fireAndForget(result.then(close), 'closing the sign-in listener');
  const { port } = server.address() as AddressInfo;
  return { redirectUri: `http://127.0.0.1:${port}${options.path}`, result, close };
}
