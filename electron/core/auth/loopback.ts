import { escapeHtml } from '../net/html.js';
import { closeServer, createGuardedServer, listen } from '../net/guarded-server.js';
import { fail, ok } from '../../shared/outcome.js';
import type { Outcome } from '../../shared/outcome.js';
import { fireAndForget, onUnexpectedError } from '../../shared/unexpected-errors.js';

/** What the browser brought back to the loopback redirect: the authorization code, or why there is none. */
export type RedirectResult = Outcome<string, string>;

const describedAs = (description: string | null): string => (description ? `: ${description}` : '');

/** The callback page allows nothing but its own inline style: no script, no frame, no form, no fetch. */
const PAGE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const PAGE = (message: string): string =>
  `<!doctype html><meta charset="utf-8"><title>softdial</title><body style="font-family:system-ui;margin:3rem"><h1>softdial</h1><p>${escapeHtml(message)}</p></body>`;

/**
 * What one request to the redirect path means: only an answer carrying our state ends the sign-in
 * (`settles`); anything else (a wrong state, a bare `error=`) is answered and ignored, so no other page
 * can cancel a sign-in with an image tag.
 */
function readRedirect(query: URLSearchParams, state: string): { outcome: RedirectResult; settles: boolean } {
  if (query.get('state') !== state)
    return {
      outcome: fail('The sign-in answer did not carry the state softdial sent; it was ignored (possible forgery).'),
      settles: false,
    };
  const error = query.get('error');
  const description = query.get('error_description');
  if (error !== null)
    return {
      outcome: fail(`Genesys Cloud returned ${error}${describedAs(description)}.`),
      settles: true,
    };
  const code = query.get('code');
  return {
    outcome: code ? ok(code) : fail('The sign-in answer had no authorization code.'),
    settles: true,
  };
}

/**
 * Listens on 127.0.0.1 for the one OAuth redirect of a sign-in, checks its state, and answers the
 * browser with a page saying whether to go back to softdial. Nothing else is served.
 */
export async function listenForRedirect(options: {
  port: number;
  path: string;
  state: string;
  timeoutMs: number;
  onUnexpected?: (error: unknown) => void;
}): Promise<{ redirectUri: string; result: Promise<RedirectResult>; close(): void }> {
  let settle: (result: RedirectResult) => void = () => undefined;
  const result = new Promise<RedirectResult>((resolve) => (settle = resolve));
  const server = createGuardedServer(
    (request, response, target) => {
      if (request.method !== 'GET' || target.pathname !== options.path) {
        response.writeHead(404).end();
        return;
      }
      const { outcome, settles } = readRedirect(target.searchParams, options.state);
      response.writeHead(outcome.ok ? 200 : 400, {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': PAGE_CSP,
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
        'cache-control': 'no-store',
      });
      response.end(
        PAGE(
          outcome.ok
            ? 'You are signed in. You can close this tab and go back to softdial.'
            : settles
              ? `Sign-in failed: ${outcome.error}`
              : outcome.error,
        ),
      );
      if (settles) settle(outcome);
    },
    {
      onUnexpected: options.onUnexpected ?? ((error) => onUnexpectedError(error, 'answering the sign-in redirect')),
    },
  );
  const port = await listen(server, options.port, '127.0.0.1');
  const timer = setTimeout(() => settle(fail('The browser sign-in was not completed in time.')), options.timeoutMs);
  const close = (): void => {
    clearTimeout(timer);
    fireAndForget(closeServer(server), 'closing the sign-in listener');
  };
  fireAndForget(result.then(close), 'closing the sign-in listener');
  return { redirectUri: `http://127.0.0.1:${port}${options.path}`, result, close };
}
