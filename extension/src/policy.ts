import * as v from 'valibot';

/** What an admin may fix through the browser's managed storage (ExtensionSettings / 3rdparty policy). */
export const ManagedPolicySchema = v.object({
  enabled: v.optional(v.boolean()),
  defaultCountry: v.optional(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'must be an ISO country code like GB'))),
  allowList: v.optional(v.array(v.pipe(v.string(), v.maxLength(253)))),
  blockList: v.optional(v.array(v.pipe(v.string(), v.maxLength(253)))),
});
/** The admin's policy, parsed. */
export type ManagedPolicy = v.InferOutput<typeof ManagedPolicySchema>;

/** What the agent chooses in the popup: the sites where marking is off. */
export const AgentChoicesSchema = v.object({ offSites: v.optional(v.array(v.string()), []) });
/** The agent's choices, parsed. */
export type AgentChoices = v.InferOutput<typeof AgentChoicesSchema>;

/** Whether a host name is a site or under it ("crm.example.com" is under "example.com"). */
const under = (host: string, site: string): boolean => host === site || host.endsWith(`.${site}`);

/** Marking on one site: whether it runs, the country national numbers belong to, and who decided. */
export interface SiteDecision {
  enabled: boolean;
  defaultCountry?: string;
  lockedBy?: 'policy';
}

/**
 * The admin's policy over the agent's choices: the admin's off, block-list and allow-list win and
 * are shown as locked; within them the agent turns sites off; the admin's country beats the app's.
 */
export function decideSite(
  host: string,
  policy: ManagedPolicy,
  agent: AgentChoices,
  appCountry: string | undefined,
): SiteDecision {
  const country = policy.defaultCountry ?? appCountry;
  const withCountry = country ? { defaultCountry: country } : {};
  const blocked =
    policy.enabled === false ||
    (policy.blockList ?? []).some((site) => under(host, site)) ||
    (policy.allowList !== undefined && !policy.allowList.some((site) => under(host, site)));
  if (blocked) return { enabled: false, lockedBy: 'policy', ...withCountry };
  return { enabled: !agent.offSites.some((site) => under(host, site)), ...withCountry };
}

/** Parses what managed storage holds; a policy that does not parse is reported and marking stays off (fail closed). */
export function parsePolicy(stored: unknown): { policy: ManagedPolicy; problems: string[] } {
  const parsed = v.safeParse(ManagedPolicySchema, stored ?? {});
  if (parsed.success) return { policy: parsed.output, problems: [] };
  return {
    policy: { enabled: false },
    problems: parsed.issues.map((issue) => `${v.getDotPath(issue) ?? ''}: ${issue.message}`),
  };
}
