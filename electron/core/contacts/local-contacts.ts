import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import * as v from 'valibot';
import { explainCode } from '../explain/catalog.js';
import { fail, ok } from '../../shared/outcome.js';
import type { Outcome } from '../../shared/outcome.js';
import { DocumentFile } from './document-file.js';
import { dialText, localNumberId, readContactNumber } from './numbers.js';
import { SearchIndex } from './search-index.js';
import { StoredContactSchema } from './stored.js';
import type { BaseContact, ContactDraft, ContactNumber } from './types.js';

const FileSchema = v.object({ version: v.literal(1), contacts: v.array(StoredContactSchema) });

/** What a contact's numbers were before an edit, and the number ids the agent's choices still name. */
export interface EditedNumbers {
  numbers: readonly ContactNumber[];
  /** Ids a favourite or the preferred number refers to: never given to another number. */
  referenced: ReadonlySet<string>;
}

/**
 * A draft made into a local contact, each number read with the default country; unreadable numbers are
 * refused by name. An edit keeps each number's id (the one the draft names, else the id of the same number
 * before), and a new number gets an id nothing refers to: a favourite or a preferred number never moves
 * to another number.
 */
export function draftContact(
  id: string,
  draft: ContactDraft,
  defaultCountry: string | undefined,
  before?: EditedNumbers,
): Outcome<BaseContact> {
  const read = draft.numbers.map((number) =>
    readContactNumber({ id: '', label: number.label || 'Phone', raw: number.raw }, defaultCountry),
  );
  const problems = read.flatMap((number, index) =>
    number.reading?.problem ? [`Number ${index + 1} ("${number.raw}"): ${number.reading.problem}`] : [],
  );
  if (problems.length > 0) return fail(explainCode('invalid_input', problems.join(' ')));
  const ids = numberIds(
    read,
    draft.numbers.map((number) => number.id),
    before,
  );
  return ok({
    id,
    source: 'local',
    name: draft.name.trim(),
    ...(draft.organization?.trim() ? { organization: draft.organization.trim() } : {}),
    ...(draft.title?.trim() ? { title: draft.title.trim() } : {}),
    ...(draft.email?.trim() ? { email: draft.email.trim() } : {}),
    numbers: read.map((number, index) => ({ ...number, id: ids[index] ?? localNumberId(index) })),
  });
}

/** The ids of an edit's numbers: asked for and still the contact's, else the same number's, else unused. */
function numberIds(
  read: readonly ContactNumber[],
  asked: readonly (string | undefined)[],
  before: EditedNumbers | undefined,
): string[] {
  const free = new Set(before?.numbers.map((number) => number.id));
  const ids = read.map((_, index): string | undefined => {
    const id = asked[index];
    return id !== undefined && free.delete(id) ? id : undefined;
  });
  read.forEach((number, index) => {
    if (ids[index] !== undefined) return;
    const same = before?.numbers.find((old) => free.has(old.id) && dialText(old) === dialText(number));
    if (same && free.delete(same.id)) ids[index] = same.id;
  });
  const taken = new Set([...(before?.numbers.map((number) => number.id) ?? []), ...(before?.referenced ?? [])]);
  let next = 0;
  return ids.map((id) => {
    if (id !== undefined) return id;
    while (taken.has(localNumberId(next)) || ids.includes(localNumberId(next))) next++;
    taken.add(localNumberId(next));
    return localNumberId(next);
  });
}

/** A new local contact id. */
export const newLocalId = (): string => `local:${randomUUID()}`;

/** The agent's own contacts: a versioned file in the data folder, written atomically, indexed for search. */
export class LocalContacts {
  index = SearchIndex.build([]);
  private readonly file: DocumentFile<v.InferOutput<typeof FileSchema>>;

  constructor(folder: string) {
    this.file = new DocumentFile(join(folder, 'local.json'), FileSchema, { version: 1, contacts: [] });
  }

  /** Loads the file; a damaged one is kept aside and its problem returned. */
  async load(): Promise<string | undefined> {
    const problem = await this.file.load();
    this.index = SearchIndex.build(this.file.value.contacts);
    return problem;
  }

  /** Loads the file again if another process wrote it; says whether it did. */
  async reloadIfChanged(): Promise<boolean> {
    if (!(await this.file.reloadIfChanged())) return false;
    this.index = SearchIndex.build(this.file.value.contacts);
    return true;
  }

  list(): readonly BaseContact[] {
    return this.file.value.contacts;
  }

  /**
   * Replaces the whole list at once (an import that succeeded); on a failed write nothing changes, except
   * that a file that could be read again is what the index then holds.
   */
  async replace(contacts: BaseContact[]): Promise<void> {
    try {
      await this.file.save({ version: 1, contacts });
    } catch (error) {
      this.index = SearchIndex.build(this.file.value.contacts);
      throw error;
    }
    this.index = SearchIndex.build(contacts);
  }

  /** Adds or replaces one contact by id. */
  async put(contact: BaseContact): Promise<void> {
    const others = this.file.value.contacts.filter((candidate) => candidate.id !== contact.id);
    await this.replace([...others, contact]);
  }

  /** Waits for the writes under way; later changes are not written. */
  close(): Promise<void> {
    return this.file.close();
  }

  /** Deletes one contact; says whether it existed. */
  async remove(id: string): Promise<boolean> {
    const kept = this.file.value.contacts.filter((candidate) => candidate.id !== id);
    if (kept.length === this.file.value.contacts.length) return false;
    await this.replace(kept);
    return true;
  }
}
