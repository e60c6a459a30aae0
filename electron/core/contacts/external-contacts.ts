import { join } from 'node:path';
import * as v from 'valibot';
import { fail, ok } from '../../shared/outcome.js';
import { GENESYS_PATHS } from '../genesys/paths.js';
import type { Outcome } from '../../shared/outcome.js';
import type { SourceContext } from './context.js';
import { DocumentFile } from './document-file.js';
import { externalContact } from './from-genesys.js';
import { ExternalContactsPageSchema, ExternalContactsScanSchema } from './genesys-shapes.js';
import { SearchIndex } from './search-index.js';
import { closedDuringSync, sourceFailure } from './source-failure.js';
import { StoredContactSchema } from './stored.js';
import type { BaseContact, SourceStatus } from './types.js';

/** Genesys searches only the first 1,000 external contacts of a query (pageNumber × pageSize ≤ 1000). */
export const EXTERNAL_SEARCH_WINDOW = 1000;
const SEARCH_PAGE_SIZE = 25;
/** External contacts remembered from searches, so they are found offline and at once. */
const MAX_REMEMBERED = 2000;
const SCAN_LIMIT = 200;
const CURSOR_LIFETIME_MS = 24 * 3_600_000;
const PERMISSION = 'externalContacts:contact:view';

const FileSchema = v.object({
  version: v.literal(1),
  remembered: v.array(StoredContactSchema),
  scan: v.optional(
    v.object({
      startedAt: v.number(),
      cursor: v.optional(v.string()),
      complete: v.boolean(),
      contacts: v.array(StoredContactSchema),
    }),
  ),
});
type ExternalFile = v.InferOutput<typeof FileSchema>;

/**
 * Genesys external contacts: searched as the agent types (GET /api/v2/externalcontacts/contacts?q=,
 * saying when the 1,000-record window cut the results), recent hits remembered on disk, and, where the
 * org allows it, read in full through the scan API with its cursor.
 */
export class ExternalContacts {
  index = SearchIndex.build([]);
  status: SourceStatus = { source: 'external', state: 'idle', count: 0 };
  private readonly file: DocumentFile<ExternalFile>;
  private scanning?: Promise<Outcome<SourceStatus>>;
  private closing = false;

  constructor(
    private readonly context: SourceContext,
    private readonly onStatus: (status: SourceStatus) => void,
  ) {
    this.file = new DocumentFile(join(context.folder, 'external.json'), FileSchema, { version: 1, remembered: [] });
  }

  async load(): Promise<void> {
    const problem = await this.file.load();
    this.reindex();
    if (problem) this.update({ reason: problem });
  }

  /** Stops a scan under way after its current page (saved, to resume) and waits for the writes; later changes are not written. */
  async close(): Promise<void> {
    this.closing = true;
    await this.scanning?.catch(() => undefined);
    await this.file.close();
  }

  /** Whether searching at Genesys is possible (not switched off by a missing permission). */
  get available(): boolean {
    return this.status.state !== 'off';
  }

  /** Searches external contacts at Genesys; `cut` says when more exist than were returned. */
  async search(query: string): Promise<Outcome<{ contacts: BaseContact[]; cut?: string }>> {
    const api = this.context.api();
    if (!api.ok) return api;
    const answer = await api.value.call({
      method: 'GET',
      path: GENESYS_PATHS.externalContactsSearch(query, SEARCH_PAGE_SIZE),
      schema: ExternalContactsPageSchema,
      action: 'read',
    });
    if (!answer.ok) {
      this.failed(answer.error);
      return answer;
    }
    if (this.status.state === 'failed' || this.status.state === 'off') this.setStatus(this.healthy());
    const country = this.context.defaultCountry();
    const contacts = answer.value.entities.map((entity) => externalContact(entity, country));
    await this.remember(contacts);
    const total = answer.value.total ?? contacts.length;
    const cut =
      total > EXTERNAL_SEARCH_WINDOW
        ? `Showing ${contacts.length} of ${total} external contacts; Genesys Cloud searches only the first ${EXTERNAL_SEARCH_WINDOW.toLocaleString('en-US')}, so type more to narrow it.`
        : total > contacts.length || answer.value.partialResults
          ? `Showing ${contacts.length} of ${total} external contacts: type more to narrow it.`
          : undefined;
    return ok({ contacts, ...(cut ? { cut } : {}) });
  }

  /** Reads every external contact through the scan API, resuming a cursor younger than a day. */
  scan(): Promise<Outcome<SourceStatus>> {
    this.scanning ??= this.runScan().finally(() => (this.scanning = undefined));
    return this.scanning;
  }

  private async runScan(): Promise<Outcome<SourceStatus>> {
    const api = this.context.api();
    if (!api.ok) return api;
    const now = this.context.clock.now();
    const previous = this.file.value.scan;
    const scan: NonNullable<ExternalFile['scan']> =
      previous && !previous.complete && now - previous.startedAt < CURSOR_LIFETIME_MS
        ? { ...previous, contacts: [...previous.contacts] }
        : { startedAt: now, complete: false, contacts: [] };
    this.update({ state: 'syncing', progress: { done: scan.contacts.length, pages: 0 } });
    for (let pages = 1; ; pages++) {
      if (this.closing) {
        await this.file.save({ ...this.file.value, scan });
        return fail(closedDuringSync('external'));
      }
      const answer = await api.value.call({
        method: 'GET',
        path: GENESYS_PATHS.externalContactsScan(SCAN_LIMIT, scan.cursor),
        schema: ExternalContactsScanSchema,
        action: 'read',
      });
      if (!answer.ok) {
        await this.file.save({ ...this.file.value, scan });
        this.failed(answer.error);
        return fail(answer.error);
      }
      const country = this.context.defaultCountry();
      scan.contacts.push(...answer.value.entities.map((entity) => externalContact(entity, country)));
      const after = answer.value.cursors?.after;
      this.update({ progress: { done: scan.contacts.length, pages } });
      if (!after || answer.value.entities.length === 0) break;
      scan.cursor = after;
    }
    await this.file.save({
      ...this.file.value,
      scan: { startedAt: scan.startedAt, complete: true, contacts: scan.contacts },
    });
    this.reindex();
    this.setStatus({ ...this.healthy(), lastSyncAt: now });
    return ok(this.status);
  }

  private async remember(contacts: BaseContact[]): Promise<void> {
    if (contacts.length === 0) return;
    const ids = new Set(contacts.map((contact) => contact.id));
    const remembered = [...contacts, ...this.file.value.remembered.filter((contact) => !ids.has(contact.id))].slice(
      0,
      MAX_REMEMBERED,
    );
    await this.file.save({ ...this.file.value, remembered });
    this.reindex();
  }

  private reindex(): void {
    const scanned = this.file.value.scan?.complete ? this.file.value.scan.contacts : [];
    const byId = new Map<string, BaseContact>();
    for (const contact of [...scanned, ...this.file.value.remembered]) byId.set(contact.id, contact);
    this.index = SearchIndex.build([...byId.values()]);
    this.update({ count: byId.size, ...(this.status.state === 'idle' && byId.size > 0 ? { state: 'ready' } : {}) });
  }

  /** The status of a working source: what it holds, nothing wrong. */
  private healthy(): SourceStatus {
    return {
      source: 'external',
      state: this.index.size > 0 ? 'ready' : 'idle',
      count: this.index.size,
      ...(this.status.lastSyncAt !== undefined ? { lastSyncAt: this.status.lastSyncAt } : {}),
    };
  }

  private failed(error: Parameters<typeof sourceFailure>[1]): void {
    this.status = { source: 'external', count: this.index.size, ...sourceFailure('external', error, PERMISSION) };
    this.onStatus(this.status);
  }

  private update(change: Partial<SourceStatus>): void {
    this.setStatus({ ...this.status, ...change });
  }

  private setStatus(status: SourceStatus): void {
    this.status = status;
    this.onStatus(status);
  }
}
