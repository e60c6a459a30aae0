import type { Recent } from './contacts.svelte.js';
import type { Dialled } from './dial-pad.svelte.js';

/** A call this window placed, as a recent call, for when the core keeps no recent calls. */
export function sessionRecent(dialled: Dialled): Recent {
  return {
    id: `${dialled.at}-${dialled.number.e164}`,
    dial: dialled.number.e164,
    display: dialled.number.international,
    at: dialled.at,
    outcome: dialled.outcome,
    ...(dialled.contactName ? { name: dialled.contactName } : {}),
    ...(dialled.seconds !== undefined ? { seconds: dialled.seconds } : {}),
  };
}
