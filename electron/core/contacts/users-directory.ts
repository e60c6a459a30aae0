import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as v from 'valibot';
import { fail, ok } from '../../shared/outcome.js';
import { GENESYS_PATHS } from '../genesys/paths.js';
import type { Outcome } from '../../shared/outcome.js';
import { userContact, userPresence } from './from-genesys.js';
import type { SourceContext } from './context.js';
import { UserSchema, UsersPageSchema, UsersSearchSchema } from '../genesys/schemas.js';
import { SearchIndex } from './search-index.js';
import { closedDuringSync, sourceFailure, switchesOff } from './source-failure.js';
import { userSearchCriteria } from './user-search-query.js';
import { StoredContactSchema, readDocument, writeDocument } from './stored.js';
import type { BaseContact, Presence, SourceStatus } from './types.js';

/** Users asked for per directory page; Genesys may answer with fewer (its `pageSize` is read back). */
export const USERS_PAGE_SIZE = 500;
const DAY_MS = 86_400_000;
/** Pages between two saves of a sync in progress, so a crash loses little. */
const SAVE_EVERY_PAGES = 10;
const MAX_PAGES = 10_000;
const PERMISSION = 'directory:user:view';

const CacheSchema = v.object({
  version: v.literal(1),
  mode: v.picklist(['full', 'search_only']),
  syncedAt: v.number(),
  nextSyncAt: v.number(),
  total: v.number(),
  contacts: v.array(StoredContactSchema),
});
type Cache = v.InferOutput<typeof CacheSchema>;

const PartialSchema = v.object({
  version: v.literal(1),
  startedAt: v.number(),
  nextPage: v.number(),
  total: v.number(),
  contacts: v.array(StoredContactSchema),
});
type SyncInProgress = v.InferOutput<typeof PartialSchema>;

/**
 * When a machine next refreshes the directory: at least `hours` after the last sync, plus up to a
 * quarter of that again at random, so a fleet that synced together drifts apart instead of returning
 * together every morning.
 */
export function nextSyncAt(syncedAt: number, hours: number, random: () => number): number {
  const period = Math.max(24, hours) * 3_600_000;
  return syncedAt + period + Math.floor(random() * period * 0.25);
}

/**
 * Each user once, in the order first met, as the latest page read them: a directory that changed between
 * two pages (or between a cut sync and its resumption) serves a user on two pages.
 */
function eachOnce(contacts: readonly BaseContact[]): BaseContact[] {
  const byId = new Map<string, BaseContact>();
  for (const contact of contacts) byId.set(contact.id, contact);
  return [...byId.values()];
}

/** Spread of the first sync of a machine without a cache (searched live meanwhile): a fleet's first morning spreads over an hour. */
const COLD_START_SPREAD_MS = 60 * 60_000;
/** Spread of an overdue refresh at start-up: a fleet starting at 9:00 refreshes over the next hour. */
const DUE_START_SPREAD_MS = 60 * 60_000;

/** How long after start-up a machine syncs: at its refresh time, or (overdue or no cache) after a random pause. */
export function startupSyncDelay(nextSync: number | undefined, now: number, random: () => number): number {
  if (nextSync === undefined) return Math.floor(random() * COLD_START_SPREAD_MS);
  const due = nextSync - now;
  return due > 0 ? due : Math.floor(random() * DUE_START_SPREAD_MS);
}

/**
 * The Genesys users directory: a full sync paged through GET /api/v2/users into a disk cache, resumed
 * after a crash or a rate limit, replaced only when a sync completes; above the directory-size setting
 * it is not synced but searched as the agent types (POST /api/v2/users/search), which is also the
 * fallback while no cache exists.
 */
export class UsersDirectory {
  index = SearchIndex.build([]);
  status: SourceStatus = { source: 'users', state: 'idle', count: 0 };
  private cache?: Cache;
  private running?: Promise<Outcome<SourceStatus>>;
  private closing = false;

  constructor(
    private readonly context: SourceContext,
    private readonly onStatus: (status: SourceStatus) => void,
  ) {}

  private get cacheFile(): string {
    return join(this.context.folder, 'users.json');
  }

  private get partialFile(): string {
    return join(this.context.folder, 'users.partial.json');
  }

  /** Stops a sync under way after its current page (saved, to resume); answers when it has stopped. */
  async close(): Promise<void> {
    this.closing = true;
    await this.running?.catch(() => undefined);
  }

  /** Reads the cache from disk. */
  async load(): Promise<void> {
    const read = await readDocument(this.cacheFile, CacheSchema);
    if (read.value) this.adopt(read.value);
    if (read.problem) this.update({ reason: read.problem });
  }

  /** Whether the cache is missing or older than its refresh time. */
  due(): boolean {
    return !this.cache || this.context.clock.now() >= this.cache.nextSyncAt;
  }

  /** When the next refresh is due (undefined: now). */
  get nextSync(): number | undefined {
    return this.cache?.nextSyncAt;
  }

  /** Whether the directory must be searched remotely: no cache yet, or too large to sync. */
  get searchesRemotely(): boolean {
    return this.status.state !== 'off' && (!this.cache || this.cache.mode === 'search_only');
  }

  /** Syncs the directory, once at a time; a sync that was cut resumes where it stopped. */
  sync(): Promise<Outcome<SourceStatus>> {
    this.running ??= this.run().finally(() => (this.running = undefined));
    return this.running;
  }

  /** Searches the directory at Genesys as the agent types; presence comes with each hit. */
  async searchRemote(query: string): Promise<Outcome<{ contacts: BaseContact[]; presence: Map<string, Presence> }>> {
    const api = this.context.api();
    if (!api.ok) return api;
    const criteria = userSearchCriteria(query);
    if (criteria.length === 0) return ok({ contacts: [], presence: new Map() });
    const answer = await api.value.call({
      method: 'POST',
      path: GENESYS_PATHS.usersSearch,
      body: { pageSize: 25, pageNumber: 1, expand: ['presence', 'routingStatus'], query: criteria },
      schema: UsersSearchSchema,
      action: 'read',
    });
    if (!answer.ok) {
      // One failed search (a 400 for odd text, a timeout) says nothing of the directory: only a refused
      // permission switches it off.
      if (switchesOff(answer.error)) this.failed(answer.error);
      return answer;
    }
    const presence = new Map<string, Presence>();
    const contacts = answer.value.results.map((user) => {
      const contact = userContact(user, this.context.defaultCountry());
      const known = userPresence(user);
      if (known) presence.set(contact.id, known);
      return contact;
    });
    return ok({ contacts, presence });
  }

  /** Presence of some users (GET /api/v2/users?id=…&id=…&expand=presence&expand=routingStatus); absent ones stay unknown. */
  async presenceOf(userIds: string[]): Promise<Outcome<Map<string, Presence | undefined>>> {
    const api = this.context.api();
    if (!api.ok) return api;
    const found = new Map<string, Presence | undefined>(userIds.map((id) => [`user:${id}`, undefined]));
    for (let at = 0; at < userIds.length; at += 100) {
      const answer = await api.value.call({
        method: 'GET',
        path: GENESYS_PATHS.usersPresence(userIds.slice(at, at + 100)),
        schema: v.looseObject({ entities: v.optional(v.array(UserSchema), []) }),
        action: 'read',
      });
      if (!answer.ok) return answer;
      for (const user of answer.value.entities) found.set(`user:${user.id}`, userPresence(user));
    }
    return ok(found);
  }

  private async run(): Promise<Outcome<SourceStatus>> {
    const api = this.context.api();
    if (!api.ok) {
      this.failed(api.error);
      return api;
    }
    const now = this.context.clock.now();
    const resumed = (await readDocument(this.partialFile, PartialSchema)).value;
    const partial: SyncInProgress =
      resumed && now - resumed.startedAt < DAY_MS
        ? resumed
        : { version: 1, startedAt: now, nextPage: 1, total: 0, contacts: [] };
    this.update({ state: 'syncing', progress: { done: partial.contacts.length, total: partial.total, pages: 0 } });
    const settings = this.context.settings();
    let restarted = false;
    let changed = false;
    for (let pages = 0; pages < MAX_PAGES; pages++) {
      if (this.closing) {
        await writeDocument(this.partialFile, partial);
        return fail(closedDuringSync('users'));
      }
      const page = await api.value.call({
        method: 'GET',
        path: GENESYS_PATHS.usersPage(USERS_PAGE_SIZE, partial.nextPage),
        schema: UsersPageSchema,
        action: 'read',
        onWait: (seconds) => this.update({ reason: `Genesys Cloud asked softdial to wait ${seconds} s.` }),
      });
      if (!page.ok) {
        await writeDocument(this.partialFile, partial);
        this.failed(page.error);
        return fail(page.error);
      }
      const total = page.value.total ?? partial.total;
      if (total > settings.directoryMaxUsers) return ok(await this.complete('search_only', total, []));
      // Pages are offsets: a user added or removed before this page shifts the rest by one, so the
      // pages read so far no longer meet this one. Read the directory again from its first page, once.
      if (partial.nextPage > 1 && total !== partial.total) {
        this.update({
          reason: `The directory changed in Genesys Cloud while softdial read it (${partial.total} users, now ${total}).`,
        });
        if (!restarted) {
          restarted = true;
          Object.assign(partial, { nextPage: 1, total: 0, contacts: [] });
          continue;
        }
        changed = true;
      }
      const defaultCountry = this.context.defaultCountry();
      for (const user of page.value.entities) partial.contacts.push(userContact(user, defaultCountry));
      partial.total = total;
      partial.nextPage++;
      this.update({ progress: { done: partial.contacts.length, total, pages: pages + 1 } });
      // Genesys may answer fewer per page than asked (its maximum is not documented): a page is short only
      // against the pageSize it answered with, and the total and pageCount it gives say when all is read.
      const answeredSize = page.value.pageSize ?? USERS_PAGE_SIZE;
      const last =
        page.value.entities.length === 0 ||
        page.value.entities.length < answeredSize ||
        (page.value.pageCount !== undefined && partial.nextPage > page.value.pageCount) ||
        (page.value.total !== undefined && partial.contacts.length >= page.value.total);
      if (last) break;
      if ((pages + 1) % SAVE_EVERY_PAGES === 0) await writeDocument(this.partialFile, partial);
    }
    const status = await this.complete('full', partial.total, eachOnce(partial.contacts));
    if (!changed) return ok(status);
    this.update({
      reason:
        'The directory changed in Genesys Cloud again while softdial read it: users added or removed meanwhile may be missing until the next sync.',
    });
    return ok(this.status);
  }

  private async complete(mode: Cache['mode'], total: number, contacts: BaseContact[]): Promise<SourceStatus> {
    const now = this.context.clock.now();
    const cache: Cache = {
      version: 1,
      mode,
      syncedAt: now,
      nextSyncAt: nextSyncAt(now, this.context.settings().directoryRefreshHours, () => this.context.random()),
      total,
      contacts,
    };
    await writeDocument(this.cacheFile, cache);
    await rm(this.partialFile, { force: true });
    this.adopt(cache);
    return this.status;
  }

  private adopt(cache: Cache): void {
    this.cache = cache;
    this.index = SearchIndex.build(cache.contacts);
    const max = this.context.settings().directoryMaxUsers;
    this.status = {
      source: 'users',
      state: cache.mode === 'full' ? 'ready' : 'search_only',
      count: cache.contacts.length,
      lastSyncAt: cache.syncedAt,
      nextSyncAt: cache.nextSyncAt,
      ...(cache.mode === 'search_only'
        ? {
            reason: `The directory has ${cache.total} users, more than the ${max} softdial keeps on this computer (setting directoryMaxUsers): it is searched in Genesys Cloud as you type.`,
          }
        : {}),
    };
    this.onStatus(this.status);
  }

  private failed(error: Parameters<typeof sourceFailure>[1]): void {
    const failure = sourceFailure('users', error, PERMISSION);
    this.status = {
      source: 'users',
      count: this.cache?.contacts.length ?? 0,
      ...(this.cache ? { lastSyncAt: this.cache.syncedAt, nextSyncAt: this.cache.nextSyncAt } : {}),
      ...failure,
    };
    this.onStatus(this.status);
  }

  private update(change: Partial<SourceStatus>): void {
    this.status = { ...this.status, ...change };
    this.onStatus(this.status);
  }
}
