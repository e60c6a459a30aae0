// The closed sets of the contacts domain, shared by the core and the contract so both derive their types
// from one list.

/** Where a contact comes from: the Genesys users directory, Genesys external contacts, or the agent's own list. */
export const CONTACT_SOURCES = ['users', 'external', 'local'] as const;
/** One contact source. */
export type ContactSource = (typeof CONTACT_SOURCES)[number];

/** How a search matched a contact, best first; the ranking follows this order before favourites and recents. */
export const MATCH_KINDS = ['exact', 'prefix', 'initials', 'words', 'organization', 'number'] as const;
/** One kind of match. */
export type MatchKind = (typeof MATCH_KINDS)[number];

/** How a recent call ended, as far as softdial knows. */
export const RECENT_OUTCOMES = ['placed', 'connected', 'not_connected', 'refused', 'uncertain'] as const;
/** One recent call's outcome. */
export type RecentOutcome = (typeof RECENT_OUTCOMES)[number];

/** What a contact source is doing: switched off (permission, setting), working, or ready. */
export const SOURCE_STATES = ['off', 'idle', 'syncing', 'ready', 'search_only', 'failed'] as const;
/** The state of one contact source. */
export type SourceState = (typeof SOURCE_STATES)[number];

/** File formats softdial reads and writes contacts in. */
export const CONTACT_FILE_FORMATS = ['csv', 'vcard'] as const;
/** One contact file format. */
export type ContactFileFormat = (typeof CONTACT_FILE_FORMATS)[number];

/** A Genesys system presence, as the API names it; anything else is shown as unknown. */
export const SYSTEM_PRESENCES = [
  'Available',
  'Away',
  'Busy',
  'Offline',
  'Idle',
  'On Queue',
  'Meal',
  'Training',
  'Meeting',
  'Break',
  'Unknown',
] as const;
/** One system presence. */
export type SystemPresence = (typeof SYSTEM_PRESENCES)[number];

/** A Genesys routing status (queue activity). */
export const ROUTING_STATUSES = ['OFF_QUEUE', 'IDLE', 'INTERACTING', 'NOT_RESPONDING', 'COMMUNICATING'] as const;
/** One routing status. */
export type RoutingStatus = (typeof ROUTING_STATUSES)[number];
