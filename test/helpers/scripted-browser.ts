import { fireAndForget } from '../../electron/shared/unexpected-errors.js';

/**
 * A person using the system browser for agent sign-in, over real HTTP: opens the authorize page, picks a
 * user (or cancels), and follows the redirect to softdial's loopback listener.
 */
export function scriptedBrowser(
  choice: {
    userId?: string;
    deny?: boolean;
    /** Pages another site would open at the redirect first (a forged state, a bare error): their answers land here. */
    forgeries?: { url: string; status: number; csp: string | null; body: string }[];
  } = {},
): (url: string) => Promise<void> {
  return async (url) => {
    const page = await fetch(url);
    const html = await page.text();
    if (page.status !== 200) throw new Error(`authorize page answered ${page.status}: ${html}`);
    const form = new URLSearchParams();
    for (const match of html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)) {
      const [, name = '', value = ''] = match;
      form.set(name, value.replace(/&amp;/g, '&').replace(/&quot;/g, '"'));
    }
    if (choice.deny) form.set('deny', '1');
    else form.set('user_id', choice.userId ?? 'user-ada');
    const decision = await fetch(new URL('/oauth/authorize', url), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
      redirect: 'manual',
    });
    const location = decision.headers.get('location');
    if (!location) throw new Error(`no redirect from the authorize decision (${decision.status})`);
    if (choice.forgeries) {
      const callback = new URL(location);
      const forged = [
        `${callback.origin}${callback.pathname}?state=forged&code=stolen`,
        `${callback.origin}${callback.pathname}?error=access_denied&error_description=${encodeURIComponent('<script>alert(1)</script>')}`,
      ];
      for (const forgery of forged) {
        const answer = await fetch(forgery);
        choice.forgeries.push({
          url: forgery,
          status: answer.status,
          csp: answer.headers.get('content-security-policy'),
          body: await answer.text(),
        });
      }
    }
    fireAndForget(
      fetch(location).then((response) => response.text()),
      'following the sign-in redirect',
    );
  };
}
