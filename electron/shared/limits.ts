// Every bound softdial puts on outside input, in one place, each with the reason for its value.
// Outside input: files a person hands over, answers from Genesys, other processes' files, the network.

/** Longest field name the free-text redaction recognises (`client_secret=`): real names are far shorter, and a bounded name keeps the scan linear. */
export const MAX_NAME_IN_TEXT = 64;
/** Most spaces between a name and its `:`/`=` or after a scheme (`Bearer   x`) in free text; a bound keeps each try constant. */
export const MAX_GAP_IN_TEXT = 16;
/** Most characters of a URL scheme in free text (`https`, `git+ssh`): the longest registered schemes are under 32. */
export const MAX_SCHEME_LENGTH = 32;
/** Rounds of `\u`/`%` decoding before redaction: a value encoded twice (`%2573`) is still read, without looping on hostile text. */
export const DECODE_ROUNDS = 3;
/** Secrets remembered for blanking (client secrets, Basic values, issued tokens): a day of hourly tokens and every stored secret fit. */
export const MAX_REMEMBERED_SECRETS = 64;

/** The largest contacts file softdial imports; larger ones are refused with this limit named, before any work. */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;
/** Most numbers kept per imported contact, as a person entering them would; the rest are reported, not kept. */
export const MAX_NUMBERS_PER_CONTACT = 20;
/** Most characters kept of an imported name, company, title, label or note: a whole address fits, a megabyte does not. */
export const MAX_IMPORTED_FIELD = 256;
/** Most characters of another contact's name when a report line refers to it ("Shares a number with …"). */
export const MAX_REFERENCE_LABEL = 40;
/** Most characters the listed lines of an import report hold together; the counts stay complete past it. */
export const MAX_REPORT_CHARS = 256 * 1024;

/** Largest settings or policy file read: a real one is a few KB; a `/dev/zero` link costs at most this. */
export const MAX_SETTINGS_BYTES = 1024 * 1024;
/** Largest contacts, favourites or recents file read back (100,000 contacts of real size fit). */
export const MAX_STORED_CONTACTS_BYTES = 64 * 1024 * 1024;

/** A lock file older than this was left by a process that died: writes under a lock take milliseconds. */
export const LOCK_STALE_MS = 10_000;
/** Longest wait for another process's lock before giving up with an error that says so. */
export const LOCK_WAIT_MS = 15_000;
/** Pause between tries for a held lock: short against a write of milliseconds, long enough not to spin. */
export const LOCK_RETRY_MS = 15;

/** A dial another process claimed and has not placed after this long was abandoned (longer than a POST with its retries). */
export const DIAL_CLAIM_STALE_MS = 120_000;

/** Largest message the emulator's notification socket reads: a client sends only pings (a few bytes). */
export const NOTIFICATION_MESSAGE_BYTES = 64 * 1024;
/** Most fragments of one message on the emulator's notification socket. */
export const NOTIFICATION_FRAGMENTS = 16;
