import * as v from 'valibot';
import { DOT_SEGMENT_PROBLEM, contactIdIsDotSegment } from '../shared/path-ids.js';
import { DIAL_SOURCES } from '../shared/closed-sets.js';
import {
  CONTACT_FILE_FORMATS,
  CONTACT_SOURCES,
  MATCH_KINDS,
  RECENT_OUTCOMES,
  ROUTING_STATUSES,
  SOURCE_STATES,
  SYSTEM_PRESENCES,
} from '../shared/contact-sets.js';
import { ExplainedErrorSchema } from './schemas.js';

// Runtime schemas of the contacts part of the contract. The core's types (core/contacts/types.ts) are
// proved to fit them in contract.ts.

const text = v.string();
const optionalText = v.optional(text);
const field = (max: number, name: string) =>
  v.pipe(v.string(), v.trim(), v.maxLength(max, `${name} must be at most ${max} characters`));

/** A contact id as the renderer passes it back. */
export const ContactIdSchema = v.pipe(
  v.string(),
  v.regex(/^(user|external|local):[\w.@-]{1,120}$/, 'must be a contact id such as user:ID, external:ID or local:ID'),
  v.check((contactId) => !contactIdIsDotSegment(contactId), DOT_SEGMENT_PROBLEM),
);
/** A number id within a contact. */
export const NumberIdSchema = v.pipe(v.string(), v.regex(/^[\w-]{1,40}$/, 'must be a number id of the contact'));
/** The id the renderer gives a search so that late answers to older keystrokes are dropped. */
export const RequestIdSchema = v.pipe(v.string(), v.regex(/^[\w-]{1,64}$/, 'must be a request id (letters, digits)'));
/** What the agent typed in the box. */
export const SearchQuerySchema = v.pipe(v.string(), v.maxLength(200, 'a search is at most 200 characters'));

/** One contact source. */
export const ContactSourceSchema = v.picklist(CONTACT_SOURCES);

/** How one number was read. */
export const NumberReadingSchema = v.object({
  international: text,
  national: text,
  country: text,
  type: optionalText,
  notes: v.pipe(v.array(text), v.readonly()),
  problem: optionalText,
});

/** One number of a contact. */
export const ContactNumberSchema = v.object({
  id: text,
  label: text,
  raw: text,
  e164: optionalText,
  extension: optionalText,
  reading: v.optional(NumberReadingSchema),
});

/** A user's presence; absent means unknown. */
export const PresenceSchema = v.object({
  systemPresence: v.picklist(SYSTEM_PRESENCES),
  message: optionalText,
  routingStatus: v.optional(v.picklist(ROUTING_STATUSES)),
  since: optionalText,
});

/** One contact from any source. */
export const ContactSchema = v.object({
  id: text,
  source: ContactSourceSchema,
  name: text,
  organization: optionalText,
  title: optionalText,
  department: optionalText,
  email: optionalText,
  numbers: v.array(ContactNumberSchema),
  /**
   * The number a double-click calls at once: the one the agent chose ("Always use this number"), else the
   * only dialable one. Absent when several are dialable and none was chosen: the window asks which.
   */
  preferredNumberId: optionalText,
  favourite: v.boolean(),
  presence: v.optional(PresenceSchema),
});

/** One search result with why it matched. */
export const SearchHitSchema = v.object({
  contact: ContactSchema,
  match: v.object({ kind: v.picklist(MATCH_KINDS), field: text, numberId: optionalText }),
});

/** The immediate, local answer to a search. */
export const SearchResultsSchema = v.object({
  requestId: text,
  query: text,
  hits: v.array(SearchHitSchema),
  sources: v.array(
    v.object({ source: ContactSourceSchema, pending: v.boolean(), cut: optionalText, off: optionalText }),
  ),
});

/** Remote results that arrive after the immediate answer. */
export const SearchResultsPushSchema = v.object({
  requestId: text,
  source: ContactSourceSchema,
  hits: v.array(SearchHitSchema),
  done: v.boolean(),
  cut: optionalText,
  error: v.optional(ExplainedErrorSchema),
});

/** Which contacts to page through without a query. */
export const ContactPageRequestSchema = v.strictObject({
  source: v.optional(ContactSourceSchema),
  offset: v.pipe(v.number(), v.integer(), v.minValue(0)),
  limit: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(500, 'limit is at most 500')),
});

/** A page of contacts in name order. */
export const ContactPageSchema = v.object({ total: v.number(), offset: v.number(), contacts: v.array(ContactSchema) });

/** One quick-dial entry. */
export const FavouriteSchema = v.object({
  contactId: text,
  numberId: optionalText,
  name: text,
  number: text,
  contact: v.optional(ContactSchema),
});

/** The favourites in the agent's order. */
export const FavouritesSchema = v.array(FavouriteSchema);

/** One recent call. */
export const RecentCallSchema = v.object({
  id: text,
  number: text,
  international: optionalText,
  extension: optionalText,
  contactId: optionalText,
  name: optionalText,
  at: v.number(),
  source: v.picklist(DIAL_SOURCES),
  outcome: v.picklist(RECENT_OUTCOMES),
  durationSeconds: v.optional(v.number()),
  conversationId: optionalText,
});

/** The recent calls, newest first. */
export const RecentCallsSchema = v.array(RecentCallSchema);

/** A local contact as the agent adds or edits it. */
export const ContactDraftSchema = v.strictObject({
  name: v.pipe(field(200, 'name'), v.minLength(1, 'name must not be empty')),
  organization: v.optional(field(200, 'organization')),
  title: v.optional(field(200, 'title')),
  email: v.optional(field(254, 'email')),
  numbers: v.pipe(
    v.array(
      v.strictObject({
        id: v.optional(NumberIdSchema),
        label: field(40, 'label'),
        raw: v.pipe(field(100, 'number'), v.minLength(1)),
      }),
    ),
    v.minLength(1, 'give at least one number'),
    v.maxLength(20, 'at most 20 numbers per contact'),
  ),
});

/** The largest file the window may hand over (base64); larger files go through `softdial contacts import`. */
export const MAX_IMPORT_BASE64 = 24 * 1024 * 1024;

/** A file to import, as the window read it. */
export const ImportRequestSchema = v.strictObject({
  fileName: v.pipe(v.string(), v.maxLength(260)),
  /** The file's bytes, base64 (the core detects the encoding). */
  data: v.pipe(
    v.string(),
    v.maxLength(MAX_IMPORT_BASE64, 'the file is too large for the window: use softdial contacts import FILE'),
  ),
  format: v.optional(v.picklist(CONTACT_FILE_FORMATS)),
  dryRun: v.boolean(),
});

const importedLine = v.object({ line: v.number(), name: text, numbers: v.array(text), notes: v.array(text) });
/** What an import did. */
export const ImportReportSchema = v.object({
  format: v.picklist(CONTACT_FILE_FORMATS),
  encoding: text,
  separator: optionalText,
  dryRun: v.boolean(),
  counts: v.object({
    records: v.number(),
    imported: v.number(),
    fixed: v.number(),
    merged: v.number(),
    refused: v.number(),
  }),
  imported: v.array(importedLine),
  fixed: v.array(importedLine),
  merged: v.array(v.object({ line: v.number(), name: text, into: text })),
  refused: v.array(v.object({ line: v.number(), reason: text })),
  omitted: v.number(),
});

/** What to export. */
export const ExportRequestSchema = v.strictObject({
  format: v.picklist(CONTACT_FILE_FORMATS),
  sources: v.optional(v.array(ContactSourceSchema)),
});

/** An exported file. */
export const ContactExportSchema = v.object({ fileName: text, mimeType: text, content: text, count: v.number() });

/** One source's sync state. */
export const SourceStatusSchema = v.object({
  source: ContactSourceSchema,
  state: v.picklist(SOURCE_STATES),
  reason: optionalText,
  permission: optionalText,
  count: v.number(),
  lastSyncAt: v.optional(v.number()),
  nextSyncAt: v.optional(v.number()),
  progress: v.optional(v.object({ done: v.number(), total: v.optional(v.number()), pages: v.number() })),
  error: v.optional(ExplainedErrorSchema),
});

/** Every source's state. */
export const DirectoryStatusSchema = v.object({ sources: v.array(SourceStatusSchema) });

/** A presence change of a watched contact. */
export const PresenceChangeSchema = v.object({ contactId: text, presence: v.optional(PresenceSchema) });

/** The contacts on screen (and the favourites) whose presence the window wants kept fresh. */
export const WatchedContactsSchema = v.pipe(
  v.array(ContactIdSchema),
  v.maxLength(200, 'watch at most 200 contacts at once'),
);
