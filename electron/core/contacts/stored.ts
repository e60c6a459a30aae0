import * as v from 'valibot';
import { DIAL_SOURCES } from '../../shared/closed-sets.js';
import { CONTACT_SOURCES, RECENT_OUTCOMES } from '../../shared/contact-sets.js';
import { moveAside, readJsonFile, writeJsonFileAtomic } from '../settings/json-file.js';
import { describeIssues } from '../../shared/describe-issues.js';

// The on-disk shapes of the contacts files. Each file is `{ version, ... }`; a file that does not
// parse, or holds another version, is moved aside and reported, never overwritten.

const text = v.string();
const optionalText = v.optional(text);

/** A number as stored with its reading. */
export const StoredNumberSchema = v.object({
  id: text,
  label: text,
  raw: text,
  e164: optionalText,
  extension: optionalText,
  reading: v.optional(
    v.object({
      international: text,
      national: text,
      country: text,
      type: optionalText,
      notes: v.pipe(v.array(text), v.readonly()),
      problem: optionalText,
    }),
  ),
});

/** A contact as stored (favourite flag and presence are not stored with it). */
export const StoredContactSchema = v.object({
  id: text,
  source: v.picklist(CONTACT_SOURCES),
  name: text,
  organization: optionalText,
  title: optionalText,
  department: optionalText,
  email: optionalText,
  numbers: v.array(StoredNumberSchema),
});

/** A stored contact. */
export type StoredContact = v.InferOutput<typeof StoredContactSchema>;

/** A recent call as stored. */
export const StoredRecentSchema = v.object({
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

/** What reading a versioned document found. */
export type DocumentRead<T> = { value?: T; problem?: string };

/**
 * Reads a versioned JSON document: missing is empty, unreadable or of another shape is moved aside
 * (the problem says where), so nothing a person had is ever silently replaced.
 */
export async function readDocument<T>(file: string, schema: v.GenericSchema<unknown, T>): Promise<DocumentRead<T>> {
  const read = await readJsonFile(file);
  if (read.kind === 'missing') return {};
  if (read.kind === 'corrupt')
    return { problem: `${file} could not be read (${read.reason}); it was kept as ${read.movedTo}.` };
  if (read.kind === 'unreadable') return { problem: `${read.reason}; softdial works without it.` };
  const parsed = v.safeParse(schema, read.value);
  if (parsed.success) return { value: parsed.output };
  const movedTo = await moveAside(file, 'unreadable');
  return {
    problem: `${file} is not in a format this softdial reads (${describeIssues(parsed.issues).slice(0, 3).join('; ')}); it was kept as ${movedTo}.`,
  };
}

/** Writes a document atomically, compact: these files are large and read by softdial only. */
export const writeDocument = (file: string, value: unknown): Promise<void> => writeJsonFileAtomic(file, value, 0);
