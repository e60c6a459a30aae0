import { join } from 'node:path';
import * as v from 'valibot';
import { fail, ok } from '../../shared/outcome.js';
import { GENESYS_PATHS } from '../genesys/paths.js';
import type { Outcome } from '../../shared/outcome.js';
import type { SourceContext } from './context.js';
import { DocumentFile, DocumentNotSaved } from './document-file.js';
import { externalContact } from './from-genesys.js';
import { ExternalContactsPageSchema, ExternalContactsScanSchema } from '../genesys/schemas.js';
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

const SAVE_EVERY_PAGES = 10;

/** A scan under way: the contacts read so far and the cursor of the next page, kept to resume it. */
const ScanInProgressSchema = v.object({
  startedAt: v.number(),
  cursor: v.optional(v.string()),
  contacts: v.array(StoredContactSchema),
});
type ScanInProgress = v.InferOutput<typeof ScanInProgressSchema>;

/** Version 1 kept one scan, complete or not: a new scan replaced the complete one until it completed. */
const FileVersion1Schema = v.object({
  version: v.literal(1),
  remembered: v.array(StoredContactSchema),
  scan: v.optional(v.object({ ...ScanInProgressSchema.entries, complete: v.boolean() })),
});

/** Version 2 keeps only the last complete scan; the one under way lives in its own file beside it. */
const FileVersion2Schema = v.object({
  version: v.literal(2),
  remembered: v.array(StoredContactSchema),
  scan: v.optional(v.object({ startedAt: v.number(), contacts: v.array(StoredContactSchema) })),
});
type ExternalFile = v.InferOutput<typeof FileVersion2Schema>;

/** external.json in any version softdial wrote, as version 2 (an incomplete version 1 scan starts again). */
const FileSchema = v.pipe(
  v.variant('version', [FileVersion1Schema, FileVersion2Schema]),
  v.transform((file): ExternalFile =>
    file.version === 2
      ? file
      : {
          version: 2,
          remembered: file.remembered,
          ...(file.scan?.complete ? { scan: { startedAt: file.scan.startedAt, contacts: file.scan.contacts } } : {}),
        },
  ),
);

const ProgressSchema = v.object({ version: v.literal(1), scan: v.optional(ScanInProgressSchema) });

/**
 * Genesys external contacts: searched as the agent types (GET /api/v2/externalcontacts/contacts?q=,
 * saying when the 1,000-record window cut the results), recent hits remembered on disk, and, where the
 * org allows it, read in full through the scan API with its cursor.
 */
export class ExternalContacts {
  index = SearchIndex.build([]);
  status: SourceStatus = { source: 'external', state: 'idle', count: 0 };
  private readonly file: DocumentFile<ExternalFile>;
  /** The scan under way, beside the complete one in `file`, which is searched until this one completes. */
  private readonly progress: DocumentFile<v.InferOutput<typeof ProgressSchema>>;
  private scanning?: Promise<Outcome<SourceStatus>>;
  private closing = false;

  constructor(
    private readonly context: SourceContext,
    private readonly onStatus: (status: SourceStatus) => void,
  ) {
    this.file = new DocumentFile(join(context.folder, 'external.json'), FileSchema, { version: 2, remembered: [] });
    this.progress = new DocumentFile(join(context.folder, 'external.partial.json'), ProgressSchema, { version: 1 });
  }

  async load(): Promise<void> {
    const problems = [await this.file.load(), await this.progress.load()].filter(Boolean);
    this.reindex();
    if (problems.length > 0) this.update({ reason: problems.join(' ') });
  }

  /** Stops a scan under way after its current page (saved, to resume) and waits for the writes; later changes are not written. */
  async close(): Promise<void> {
    this.closing = true;
    await this.scanning?.catch(() => undefined);
    await Promise.all([this.file.close(), this.progress.close()]);
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
    this.scanning ??= this.runScan()
      .catch((error: unknown) => this.notSaved(error))
      .finally(() => (this.scanning = undefined));
    return this.scanning;
  }

  private async runScan(): Promise<Outcome<SourceStatus>> {
    const api = this.context.api();
    if (!api.ok) return api;
    const now = this.context.clock.now();
    const saved = this.progress.value.scan;
    const scan: ScanInProgress =
      saved && now - saved.startedAt < CURSOR_LIFETIME_MS
        ? { ...saved, contacts: [...saved.contacts] }
        : { startedAt: now, contacts: [] };
    this.update({ state: 'syncing', progress: { done: scan.contacts.length, pages: 0 } });
    for (let pages = 1; ; pages++) {
      if (this.closing) {
        await this.keep(scan);
        return fail(closedDuringSync('external'));
      }
      const answer = await api.value.call({
        method: 'GET',
        path: GENESYS_PATHS.externalContactsScan(SCAN_LIMIT, scan.cursor),
        schema: ExternalContactsScanSchema,
        action: 'read',
      });
      if (!answer.ok) {
        await this.keep(scan);
        this.failed(answer.error);
        return fail(answer.error);
      }
      const country = this.context.defaultCountry();
      scan.contacts.push(...answer.value.entities.map((entity) => externalContact(entity, country)));
      const after = answer.value.cursors?.after;
      this.update({ progress: { done: scan.contacts.length, pages } });
      if (!after || answer.value.entities.length === 0) break;
      scan.cursor = after;
      if (pages % SAVE_EVERY_PAGES === 0) await this.keep(scan);
    }
    await this.file.save({ ...this.file.value, scan: { startedAt: scan.startedAt, contacts: scan.contacts } });
    await this.progress.save({ version: 1 });
    this.reindex();
    this.setStatus({ ...this.healthy(), lastSyncAt: now });
    return ok(this.status);
  }

  /** Saves a scan under way, to resume it from its cursor (after a failure, a close or a crash). */
  private keep(scan: ScanInProgress): Promise<void> {
    return this.progress.save({ version: 1, scan: { ...scan, contacts: [...scan.contacts] } });
  }

  /** A scan whose file could not be read stops, saying why; any other error is not expected here. */
  private notSaved(error: unknown): Outcome<SourceStatus> {
    if (!(error instanceof DocumentNotSaved)) throw error;
    this.setStatus({
      source: 'external',
      state: 'failed',
      count: this.index.size,
      reason: error.message,
      error: error.explained,
    });
    return fail(error.explained);
  }

  private async remember(contacts: BaseContact[]): Promise<void> {
    if (contacts.length === 0) return;
    const ids = new Set(contacts.map((contact) => contact.id));
    const remembered = [...contacts, ...this.file.value.remembered.filter((contact) => !ids.has(contact.id))].slice(
      0,
      MAX_REMEMBERED,
    );
    // Remembering only speeds later searches up: a file that cannot be read is left alone (reported at load).
    await this.file.save({ ...this.file.value, remembered }).catch((error: unknown) => {
      if (!(error instanceof DocumentNotSaved)) throw error;
    });
    this.reindex();
  }

  private reindex(): void {
    const scanned = this.file.value.scan?.contacts ?? [];
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
