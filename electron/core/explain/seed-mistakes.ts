/** What `softdial explain` recognises in code or configuration copied from the outbound-call tutorial. */
export interface SeedExplanation {
  kind: 'seed';
  findings: string[];
}

/** Each mistake the tutorial teaches, how to spot it in pasted text, and the documented truth. */
const MISTAKES: { pattern: RegExp; text: string }[] = [
  {
    pattern: /https:\/\/\{[^}]*region[^}]*\}\/(oauth|api)/i,
    text: 'https://{region}/oauth/token and https://{region}/api/v2/… with a region such as "mypurecloud.com" reach neither service: sign in at https://login.<domain>, call the API at https://api.<domain>.',
  },
  {
    pattern: /"?type"?\s*[:=]\s*["']call["']|from_addr|to_addr/i,
    text: "CreateCallRequest has no type, from or to field: the destination is the flat field phoneNumber (E.164); the caller is the token's user, or {userId} in /calls/user/{userId}.",
  },
  {
    pattern: /status_code\s*==\s*201|status\s*===?\s*201|\b201\b.*success/i,
    text: 'POST /api/v2/conversations/calls answers 200 (CreateCallResponse {id, name, selfUri}), not 201: a check for 201 reports every placed call as a failure.',
  },
  {
    pattern: /conversation:call:(write|read)/i,
    text: "conversation:call:write and :read are not Genesys scopes or permissions. Placing a call lists conversation:conference:add (agent token) or conversation:agentlessCall:add or conversation:call:add (client credentials, on the OAuth client's role).",
  },
  {
    pattern: /expire[sd]?\s+after\s+1\s+hour|\b3600\b/i,
    text: 'Token lifetime is set per OAuth client (24 h by default, 5 min to 48 h) and orgs may add an idle timeout: read expires_in from the token response, never assume an hour.',
  },
  {
    pattern: /^[ \t]*(client_secret|CLIENT_SECRET|GENESYSCLOUD_OAUTHCLIENT_SECRET)[ \t]*=|env_file\s*=\s*["']\.env/m,
    text: 'A client secret in a .env file ends up in backups, screenshots and repositories. softdial keeps it in the OS keychain, or takes GENESYSCLOUD_OAUTHCLIENT_SECRET from the environment at run time and never writes it anywhere.',
  },
  {
    pattern: /["']?client_secret["']?\s*:/,
    text: 'The token request sends client_id and client_secret as form fields; the documented client authentication is Authorization: Basic base64(id:secret).',
  },
  {
    pattern: /Client Credentials|client_credentials/i,
    text: 'A client-credentials token has no user: POST /api/v2/conversations/calls answers 400 not.a.user. Use POST /api/v2/conversations/calls/user/{userId}, or sign in as the agent (Authorization Code + PKCE).',
  },
];

/** Names every tutorial mistake found in pasted code or configuration, or undefined when none is there. */
export function explainSeedText(text: string): SeedExplanation | undefined {
  const findings = MISTAKES.filter((mistake) => mistake.pattern.test(text)).map((mistake) => mistake.text);
  return findings.length > 0 ? { kind: 'seed', findings } : undefined;
}
