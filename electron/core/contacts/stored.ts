import * as v from 'valibot';
import { DIAL_SOURCES } from '../../shared/closed-sets.js';
import { CONTACT_SOURCES, RECENT_OUTCOMES } from '../../shared/contact-sets.js';
import { moveAside, readJsonFile, writeJsonFileAtomic } from '../files/json-file.js';
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

/**
 * What reading a versioned document found: its value, and a problem to report. `unreadable` says why a
 * file that is there could not be read: it still holds what it held, so it must not be written over.
 */
export type DocumentRead<T> = { value?: T; problem?: string; unreadable?: string };

/** A file that is there but could not be read: reported, and left as it is until it can be read. */
const unreadableDocument = (reason: string): DocumentRead<never> => ({
  unreadable: reason,
  problem: `${reason}; softdial works without it and changes nothing in it until it can be read (close the program holding it, or fix its permissions, then try again).`,
});

/**
 * Reads a versioned JSON document: missing is empty, damaged or of another shape is moved aside (the
 * problem says where), one that cannot be read or moved is left where it is and said to be unreadable,
 * so nothing a person had is ever silently replaced.
 */
export async function readDocument<T>(file: string, schema: v.GenericSchema<unknown, T>): Promise<DocumentRead<T>> {
  const read = await readJsonFile(file);
  if (read.kind === 'missing') return {};
  if (read.kind === 'corrupt')
    return { problem: `${file} could not be read (${read.reason}); it was kept as ${read.movedTo}.` };
  if (read.kind === 'unreadable') return unreadableDocument(read.reason);
  const parsed = v.safeParse(schema, read.value);
  if (parsed.success) return { value: parsed.output };
  const issues = describeIssues(parsed.issues).slice(0, 3).join('; ');
  try {
    const movedTo = await moveAside(file, 'unreadable');
    return { problem: `${file} is not in a format this softdial reads (${issues}); it was kept as ${movedTo}.` };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    return unreadableDocument(
      `${file} is not in a format this softdial reads (${issues}) and could not be moved aside (${code})`,
    );
  }
}

/** Writes a document atomically, compact: these files are large and read by softdial only. */
export const writeDocument = (file: string, value: unknown): Promise<void> => writeJsonFileAtomic(file, value, 0);
