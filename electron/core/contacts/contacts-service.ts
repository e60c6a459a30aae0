import { fireAndForget } from '../../shared/unexpected-errors.js';
import { explainCode } from '../explain/catalog.js';
import { removeAbandonedTemporaryFiles } from '../files/json-file.js';
import type { ExplainedError } from '../../shared/explained-error.js';
import type { ContactFileFormat, ContactSource } from '../../shared/contact-sets.js';
import { fail, ok } from '../../shared/outcome.js';
import type { Outcome } from '../../shared/outcome.js';
import type { SourceContext } from './context.js';
import { ExternalContacts } from './external-contacts.js';
import { exportContacts } from './files/export.js';
import { importContacts } from './files/import-contacts.js';
import { PresenceWatch } from './live-presence.js';
import type { PresenceWatchStatus } from './live-presence.js';
import { LocalContacts, draftContact, newLocalId } from './local-contacts.js';
import type { EditedNumbers } from './local-contacts.js';
import { chosenNumber, dialText, preferredNumber } from './numbers.js';
import { preferencesFile } from './preferences.js';
import type { Preferences } from './preferences.js';
import { prepareQuery } from './query.js';
import { Recents } from './recents.js';
import { SearchIndex, compareHits } from './search-index.js';
import type { PreparedQuery, RankContext, RankedHit } from './search-index.js';
import type {
  BaseContact,
  Contact,
  ContactDraft,
  ContactNumber,
  ContactExport,
  ContactPage,
  DirectoryStatus,
  Favourite,
  ImportReport,
  Presence,
  RecentCall,
  SearchHit,
  SearchResults,
  SearchSourceNote,
  SourceStatus,
} from './types.js';
import { DocumentNotSaved } from './document-file.js';
import type { DocumentFile } from './document-file.js';
import { SharedFolder } from './shared-folder.js';
import { UsersDirectory, startupSyncDelay } from './users-directory.js';
import type { ContactEvents, ContactVerbs } from './verbs.js';

/** Hits in one answer. */
const SEARCH_LIMIT = 50;
/** Typing pause before a remote search, so one word typed is one request, not one per letter. */
const REMOTE_DEBOUNCE_MS = 250;
const REMOTE_MIN_LENGTH = 2;
const REMOTE_CACHE_MS = 5 * 60_000;
const REMOTE_CACHE_SIZE = 200;
const PRESENCE_REFRESH_MS = 30_000;

type RemoteAnswer = Outcome<{ contacts: BaseContact[]; cut?: string }>;

/** The contacts service: every source, the index, favourites and recents, behind the contract's verbs. */
export class ContactsService implements ContactVerbs {
  private readonly listeners = new Map<object, ContactEvents>();
  private readonly users: UsersDirectory;
  private readonly external: ExternalContacts;
  private readonly local: LocalContacts;
  private readonly prefs: DocumentFile<Preferences>;
  private readonly recentCalls: Recents;
  private readonly presence = new Map<string, Presence>();
  private readonly remoteSeen = new Map<string, BaseContact>();
  private readonly remoteCache = new Map<string, { at: number; answer: Promise<RemoteAnswer> }>();
  private readonly calls = new Map<string, { recentId: string; connectedAt?: number }>();
  private readonly presenceWatch: PresenceWatch;
  /** The folder's lock and watch: the CLI and the window change the same files. */
  private readonly shared: SharedFolder;
  /** The contacts on screen whose presence the window asked for (undefined: it has not asked yet). */
  private onScreen?: string[];
  private syncTimer?: NodeJS.Timeout;
  private latestRequest = '';
  private loading?: Promise<void>;
  private problems: string[] = [];
  private closed = false;
  /** Changes under way (each may still write a file), so that close() can wait for them. */
  private readonly pending = new Set<Promise<unknown>>();

  constructor(private readonly context: SourceContext) {
    const onStatus = (): void => this.emit('status', this.statusNow());
    this.users = new UsersDirectory(context, onStatus);
    this.external = new ExternalContacts(context, onStatus);
    this.local = new LocalContacts(context.folder);
    this.prefs = preferencesFile(context.folder);
    this.recentCalls = new Recents(context.folder);
    this.shared = new SharedFolder(context.folder, () => this.pickUpOtherWrites());
    this.presenceWatch = new PresenceWatch({
      channel: () => context.channel(),
      fetch: (userIds) => this.users.presenceOf(userIds),
      known: this.presence,
      onChange: (changes) => this.emit('presence', changes),
      pollMs: context.presencePollMs ?? PRESENCE_REFRESH_MS,
    });
  }

  /** Adds a receiver of events, once per key (a transport's push sink), however often handlers are built. */
  attach(key: object, events: ContactEvents): void {
    this.listeners.set(key, events);
  }

  private emit<K extends keyof ContactEvents>(event: K, ...payload: Parameters<ContactEvents[K]>): void {
    for (const listener of this.listeners.values()) (listener[event] as (...args: typeof payload) => void)(...payload);
  }

  /** Loads every file once; damaged files are kept aside and reported in the status. */
  load(): Promise<void> {
    this.loading ??= (async () => {
      await removeAbandonedTemporaryFiles(this.context.folder);
      await this.users.load();
      await this.external.load();
      const problems = await Promise.all([this.local.load(), this.prefs.load(), this.recentCalls.load()]);
      this.problems = problems.filter((problem): problem is string => problem !== undefined);
    })();
    return this.loading;
  }

  /** Starts the background refresh: the directory when due (after a random pause, so a fleet starting at 9:00 spreads out). */
  start(): void {
    this.shared.watch();
    if (this.syncTimer) return;
    fireAndForget(
      this.load().then(() =>
        this.schedule(startupSyncDelay(this.users.nextSync, this.context.clock.now(), () => this.context.random())),
      ),
      'starting the contacts',
    );
  }

  /** Stops the background timers (the process is ending or a test is done). */
  stop(): void {
    clearTimeout(this.syncTimer);
    this.presenceWatch.close();
    this.shared.unwatch();
  }

  /** Loads what another process wrote to the shared files, and tells the window what changed. */
  private async pickUpOtherWrites(): Promise<void> {
    await this.load();
    const [local, prefs, recents] = await Promise.all([
      this.local.reloadIfChanged(),
      this.prefs.reloadIfChanged(),
      this.recentCalls.reloadIfChanged(),
    ]);
    if (local) this.emit('changed', ['local']);
    if (local || prefs) this.emit('favourites', this.favouriteList());
    if (recents) this.emit('recents', this.recentCalls.list());
  }

  /**
   * Stops the timers and answers once every change under way (a recent call, a favourite, an import, a
   * sync's current page) is on disk; changes asked for later are refused or, for calls being recorded,
   * ignored, and what a remote search still remembers stays in memory.
   */
  async close(): Promise<void> {
    this.closed = true;
    this.stop();
    const stopping = [this.users.close(), this.external.close()];
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
    await Promise.all([...stopping, this.local.close(), this.prefs.close(), this.recentCalls.close()]);
  }

  /** Runs a change that may write, remembered until it is done; after close() it does not run and `closed` answers. */
  private change<T>(work: () => Promise<Outcome<T>>, closed: () => Outcome<T>): Promise<Outcome<T>>;
  private change(work: () => Promise<void>): Promise<void>;
  private change<T>(work: () => Promise<Outcome<T> | void>, closed?: () => Outcome<T>): Promise<Outcome<T> | void> {
    if (this.closed) return Promise.resolve(closed?.());
    // A change refused to keep a file softdial could not read is an expected failure, explained to the agent;
    // a record kept in the background (a call in the recents) is dropped, as the status already says why.
    const running = work().catch((error: unknown) => {
      if (!(error instanceof DocumentNotSaved)) throw error;
      return closed ? fail(error.explained) : undefined;
    });
    this.pending.add(running);
    const settled = (): void => void this.pending.delete(running);
    running.then(settled, settled);
    return running;
  }

  private schedule(delayMs: number): void {
    clearTimeout(this.syncTimer);
    if (this.closed) return;
    this.syncTimer = setTimeout(
      () => fireAndForget(this.backgroundSync(), 'syncing the directory'),
      Math.min(delayMs, 2 ** 31 - 1),
    );
    this.syncTimer.unref();
  }

  private async backgroundSync(): Promise<void> {
    const result = await this.syncNow();
    const users = this.users.status;
    const retryAfter = users.error?.retryAfterSeconds;
    const jitter = Math.floor(this.context.random() * 60_000);
    if (result.ok && users.nextSyncAt !== undefined && users.state !== 'failed')
      this.schedule(users.nextSyncAt - this.context.clock.now());
    else if (retryAfter !== undefined) this.schedule(retryAfter * 1000 + jitter);
    else if (users.state !== 'off') this.schedule(3_600_000 + jitter * 10);
  }

  async search(query: string, requestId: string): Promise<Outcome<SearchResults>> {
    await this.load();
    this.latestRequest = requestId;
    const prepared = prepareQuery(query, this.context.defaultCountry());
    const rank = this.rankContext();
    const hits =
      prepared.words.length === 0 && prepared.digits === undefined
        ? []
        : this.segments()
            .flatMap((index) => index.search(prepared, rank, SEARCH_LIMIT))
            .sort(compareHits)
            .slice(0, SEARCH_LIMIT);
    const long = query.trim().length >= REMOTE_MIN_LENGTH;
    const usersRemote = long && this.users.searchesRemotely;
    const externalRemote = long && this.external.available && prepared.digits === undefined;
    const sources: SearchSourceNote[] = [
      this.note('users', this.users.status, usersRemote),
      this.note('external', this.external.status, externalRemote),
      { source: 'local', pending: false },
    ];
    const shown = new Set(hits.map((hit) => hit.contact.id));
    if (usersRemote) fireAndForget(this.remote('users', query, prepared, requestId, shown), 'searching the directory');
    if (externalRemote)
      fireAndForget(this.remote('external', query, prepared, requestId, shown), 'searching external contacts');
    return ok({ requestId, query, hits: hits.map((hit) => this.hit(hit)), sources });
  }

  private note(source: ContactSource, status: SourceStatus, pending: boolean): SearchSourceNote {
    return { source, pending, ...(status.state === 'off' && status.reason ? { off: status.reason } : {}) };
  }

  /** A remote search after a typing pause; its hits are pushed only while the request is the latest. */
  private async remote(
    source: 'users' | 'external',
    query: string,
    prepared: PreparedQuery,
    requestId: string,
    shown: Set<string>,
  ): Promise<void> {
    await this.context.clock.sleep(REMOTE_DEBOUNCE_MS);
    if (requestId !== this.latestRequest) return;
    const answer = await this.remoteAnswer(source, query.trim());
    if (requestId !== this.latestRequest) return;
    if (!answer.ok) {
      this.emit('results', { requestId, source, hits: [], done: true, error: answer.error });
      return;
    }
    const fresh = answer.value.contacts.filter((contact) => !shown.has(contact.id));
    for (const contact of fresh) this.rememberRemote(contact);
    const index = SearchIndex.build(fresh);
    const matched = index.search(prepared, this.rankContext(), SEARCH_LIMIT);
    const matchedIds = new Set(matched.map((hit) => hit.contact.id));
    const rest = fresh
      .filter((contact) => !matchedIds.has(contact.id))
      .map((contact) => this.hit({ contact, match: { kind: 'words', field: 'name' } }));
    this.emit('results', {
      requestId,
      source,
      hits: [...matched.map((hit) => this.hit(hit)), ...rest],
      done: true,
      ...(answer.value.cut ? { cut: answer.value.cut } : {}),
    });
  }

  private remoteAnswer(source: 'users' | 'external', query: string): Promise<RemoteAnswer> {
    const key = `${source}:${query.toLowerCase()}`;
    const now = this.context.clock.now();
    const cached = this.remoteCache.get(key);
    if (cached && now - cached.at < REMOTE_CACHE_MS) return cached.answer;
    const answer: Promise<RemoteAnswer> =
      source === 'users'
        ? this.users.searchRemote(query).then((result) => {
            if (!result.ok) return result;
            for (const [id, presence] of result.value.presence) this.presence.set(id, presence);
            return ok({ contacts: result.value.contacts });
          })
        : this.external.search(query);
    this.remoteCache.set(key, { at: now, answer });
    if (this.remoteCache.size > REMOTE_CACHE_SIZE) this.remoteCache.delete(this.remoteCache.keys().next().value ?? '');
    fireAndForget(
      answer.then((result) => {
        if (!result.ok) this.remoteCache.delete(key);
      }),
      'caching a remote search',
    );
    return answer;
  }

  private rememberRemote(contact: BaseContact): void {
    this.remoteSeen.delete(contact.id);
    this.remoteSeen.set(contact.id, contact);
    if (this.remoteSeen.size > 1000) this.remoteSeen.delete(this.remoteSeen.keys().next().value ?? '');
  }

  async list(request: { source?: ContactSource; offset: number; limit: number }): Promise<Outcome<ContactPage>> {
    await this.load();
    const all = this.segments()
      .filter((index) => !request.source || index.contacts[0]?.source === request.source)
      .flatMap((index) => index.contacts.map((contact, ord) => ({ contact, key: index.sortKeyAt(ord) })))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    return ok({
      total: all.length,
      offset: request.offset,
      contacts: all.slice(request.offset, request.offset + request.limit).map(({ contact }) => this.decorate(contact)),
    });
  }

  async get(contactId: string): Promise<Outcome<Contact>> {
    await this.load();
    const contact = this.find(contactId);
    return contact ? ok(this.decorate(contact)) : fail(unknownContact(contactId));
  }

  /** A contact by id from any source (or a remote result seen in this session). */
  find(contactId: string): BaseContact | undefined {
    for (const index of this.segments()) {
      const found = index.byId(contactId);
      if (found) return found;
    }
    return this.remoteSeen.get(contactId);
  }

  /** A contact dialled by id, with the number the agent prefers for it (the dial reads it as the sync does). */
  async contactToDial(contactId: string): Promise<{ contact: BaseContact; preferredId?: string } | undefined> {
    await this.load();
    const contact = this.find(contactId);
    if (!contact) return undefined;
    const preferredId = this.prefs.value.preferred[contactId];
    return preferredId === undefined ? { contact } : { contact, preferredId };
  }

  /** The contacts holding an E.164 number, for naming a recent call. */
  byNumber(e164: string): BaseContact | undefined {
    for (const index of this.segments()) {
      const found = index.byE164(e164)[0];
      if (found) return found;
    }
    return undefined;
  }

  async favourites(): Promise<Outcome<Favourite[]>> {
    await this.load();
    return ok(this.favouriteList());
  }

  private favouriteList(): Favourite[] {
    return this.prefs.value.favourites.map((entry) => {
      const contact = this.find(entry.contactId);
      if (!contact) return { ...entry };
      const number = entry.numberId
        ? keptNumber(contact.numbers, entry)
        : preferredNumber(contact.numbers, this.prefs.value.preferred[contact.id]);
      return {
        ...entry,
        name: contact.name,
        number: number ? dialText(number) : entry.number,
        contact: this.decorate(contact),
      };
    });
  }

  addFavourite(contactId: string, numberId?: string): Promise<Outcome<Favourite[]>> {
    return this.change(
      this.shared.change(async () => {
        await this.load();
        const contact = this.find(contactId);
        if (!contact) return fail(unknownContact(contactId));
        const number = numberId
          ? contact.numbers.find((candidate) => candidate.id === numberId)
          : preferredNumber(contact.numbers, this.prefs.value.preferred[contactId]);
        if (!number) return fail(explainCode('unknown_contact', `${contact.name} has no number "${numberId ?? ''}".`));
        const entry = {
          contactId,
          ...(numberId ? { numberId } : {}),
          name: contact.name,
          number: dialText(number),
        };
        const others = this.prefs.value.favourites.filter((favourite) => favourite.contactId !== contactId);
        const existing = this.prefs.value.favourites.findIndex((favourite) => favourite.contactId === contactId);
        const favourites = existing < 0 ? [...others, entry] : others.toSpliced(existing, 0, entry);
        return this.saveFavourites(favourites);
      }),
      closedAnswer,
    );
  }

  removeFavourite(contactId: string): Promise<Outcome<Favourite[]>> {
    return this.change(
      this.shared.change(async () => {
        await this.load();
        return this.saveFavourites(
          this.prefs.value.favourites.filter((favourite) => favourite.contactId !== contactId),
        );
      }),
      closedAnswer,
    );
  }

  reorderFavourites(contactIds: string[]): Promise<Outcome<Favourite[]>> {
    return this.change(
      this.shared.change(async () => {
        await this.load();
        const current = this.prefs.value.favourites;
        const byId = new Map(current.map((favourite) => [favourite.contactId, favourite]));
        if (
          contactIds.length !== current.length ||
          new Set(contactIds).size !== contactIds.length ||
          contactIds.some((id) => !byId.has(id))
        )
          return fail(explainCode('invalid_input', 'Give every favourite exactly once, in the new order.'));
        return this.saveFavourites(contactIds.map((id) => byId.get(id) as Preferences['favourites'][number]));
      }),
      closedAnswer,
    );
  }

  private async saveFavourites(favourites: Preferences['favourites']): Promise<Outcome<Favourite[]>> {
    await this.prefs.save({ ...this.prefs.value, favourites });
    const list = this.favouriteList();
    this.emit('favourites', list);
    if (this.onScreen) fireAndForget(this.watchNow(), 'watching the presence of the favourites');
    return ok(list);
  }

  async recents(): Promise<Outcome<RecentCall[]>> {
    await this.load();
    return ok(this.recentCalls.list());
  }

  clearRecents(): Promise<Outcome<RecentCall[]>> {
    return this.change(
      this.shared.change(async (): Promise<Outcome<RecentCall[]>> => {
        await this.load();
        await this.recentCalls.clear();
        this.emit('recents', []);
        return ok([]);
      }),
      closedAnswer,
    );
  }

  /** Records a call the agent placed or tried, naming the contact when the number is known. */
  recordCall(call: Omit<RecentCall, 'id' | 'at' | 'name'>): Promise<void> {
    return this.change(
      this.shared.change(async () => {
        await this.load();
        const contact = call.contactId
          ? this.find(call.contactId)
          : call.number
            ? this.byNumber(call.number)
            : undefined;
        const recentId = await this.recentCalls.add({
          ...call,
          at: this.context.clock.now(),
          ...(contact ? { contactId: contact.id, name: contact.name } : {}),
        });
        if (call.conversationId) this.calls.set(call.conversationId, { recentId });
        this.emit('recents', this.recentCalls.list());
      }),
    );
  }

  /** Follows a recorded call: connected, then ended with its duration. */
  callPhase(conversationId: string, phase: string): Promise<void> {
    return this.change(
      this.shared.change(async () => {
        const call = this.calls.get(conversationId);
        if (!call) return;
        const now = this.context.clock.now();
        if (phase === 'connected' && call.connectedAt === undefined) {
          call.connectedAt = now;
          await this.recentCalls.update(call.recentId, { outcome: 'connected' });
        } else if (phase === 'disconnected') {
          this.calls.delete(conversationId);
          await this.recentCalls.update(
            call.recentId,
            call.connectedAt === undefined
              ? { outcome: 'not_connected' }
              : { outcome: 'connected', durationSeconds: Math.round((now - call.connectedAt) / 1000) },
          );
        } else return;
        this.emit('recents', this.recentCalls.list());
      }),
    );
  }

  setPreferredNumber(contactId: string, numberId: string): Promise<Outcome<Contact>> {
    return this.change(
      this.shared.change(async () => {
        await this.load();
        const contact = this.find(contactId);
        if (!contact) return fail(unknownContact(contactId));
        if (!contact.numbers.some((number) => number.id === numberId))
          return fail(explainCode('unknown_contact', `${contact.name} has no number "${numberId}".`));
        await this.prefs.save({
          ...this.prefs.value,
          preferred: { ...this.prefs.value.preferred, [contactId]: numberId },
        });
        return ok(this.decorate(contact));
      }),
      closedAnswer,
    );
  }

  add(draft: ContactDraft): Promise<Outcome<Contact>> {
    return this.change(
      this.shared.change(async () => {
        await this.load();
        return this.putLocal(newLocalId(), draft);
      }),
      closedAnswer,
    );
  }

  update(contactId: string, draft: ContactDraft): Promise<Outcome<Contact>> {
    return this.change(
      this.shared.change(async () => {
        await this.load();
        const before = this.local.index.byId(contactId);
        if (!before) return fail(notEditable(contactId, this.find(contactId)));
        return this.putLocal(contactId, draft, {
          numbers: before.numbers,
          referenced: this.referencedNumberIds(contactId),
        });
      }),
      closedAnswer,
    );
  }

  /** The number ids of a contact that the agent's favourites or preferred number name. */
  private referencedNumberIds(contactId: string): Set<string> {
    const { preferred, favourites } = this.prefs.value;
    const kept = favourites.filter((entry) => entry.contactId === contactId).map((entry) => entry.numberId);
    return new Set([preferred[contactId], ...kept].filter((numberId) => numberId !== undefined));
  }

  private async putLocal(id: string, draft: ContactDraft, before?: EditedNumbers): Promise<Outcome<Contact>> {
    const contact = draftContact(id, draft, this.context.defaultCountry(), before);
    if (!contact.ok) return contact;
    await this.local.put(contact.value);
    await this.forgetGoneChoice(contact.value);
    this.emit('changed', ['local']);
    return ok(this.decorate(contact.value));
  }

  /** Forgets the preferred number of a contact when an edit removed it: the window asks again, never guesses. */
  private async forgetGoneChoice(contact: BaseContact): Promise<void> {
    const chosen = this.prefs.value.preferred[contact.id];
    if (chosen === undefined || contact.numbers.some((number) => number.id === chosen)) return;
    const preferred = Object.fromEntries(
      Object.entries(this.prefs.value.preferred).filter(([contactId]) => contactId !== contact.id),
    );
    await this.prefs.save({ ...this.prefs.value, preferred });
  }

  remove(contactId: string): Promise<Outcome<{ deleted: boolean }>> {
    return this.change(
      this.shared.change(async (): Promise<Outcome<{ deleted: boolean }>> => {
        await this.load();
        if (!contactId.startsWith('local:')) return fail(notEditable(contactId, this.find(contactId)));
        const deleted = await this.local.remove(contactId);
        if (!deleted) return ok({ deleted });
        const preferred = Object.fromEntries(
          Object.entries(this.prefs.value.preferred).filter(([id]) => id !== contactId),
        );
        const favourites = this.prefs.value.favourites.filter((favourite) => favourite.contactId !== contactId);
        await this.prefs.save({ ...this.prefs.value, favourites, preferred });
        this.emit('changed', ['local']);
        this.emit('favourites', this.favouriteList());
        return ok({ deleted });
      }),
      closedAnswer,
    );
  }

  importFile(file: {
    fileName: string;
    bytes: Uint8Array;
    format?: ContactFileFormat;
    dryRun: boolean;
  }): Promise<Outcome<ImportReport>> {
    return this.change(
      this.shared.change(async () => {
        await this.load();
        const imported = importContacts({
          ...file,
          existing: this.local.list(),
          defaultCountry: this.context.defaultCountry(),
          newId: newLocalId,
          referencedNumberIds: (contactId) => this.referencedNumberIds(contactId),
        });
        if (!imported.ok) return fail(explainCode('invalid_input', imported.error));
        const { report, contacts } = imported.value;
        if (!file.dryRun && report.counts.imported + report.counts.merged > 0) {
          await this.local.replace(contacts);
          this.emit('changed', ['local']);
        }
        return ok(report);
      }),
      closedAnswer,
    );
  }

  async exportContacts(request: {
    format: ContactFileFormat;
    sources?: ContactSource[];
  }): Promise<Outcome<ContactExport>> {
    const sources = request.sources ?? ['local'];
    const page = await this.list({ offset: 0, limit: Number.MAX_SAFE_INTEGER });
    if (!page.ok) return page;
    return ok(
      exportContacts(
        page.value.contacts.filter((contact) => sources.includes(contact.source)),
        request.format,
      ),
    );
  }

  async status(): Promise<Outcome<DirectoryStatus>> {
    await this.load();
    return ok(this.statusNow());
  }

  private statusNow(): DirectoryStatus {
    return {
      sources: [
        this.users.status,
        this.external.status,
        {
          source: 'local',
          state: 'ready',
          count: this.local.index.size,
          ...(this.problems.length > 0 ? { reason: this.problems.join(' ') } : {}),
        },
      ],
    };
  }

  async sync(): Promise<Outcome<DirectoryStatus>> {
    await this.load();
    fireAndForget(this.syncNow(), 'syncing the directory');
    return ok(this.statusNow());
  }

  /** Syncs the directory (and, when the setting allows, external contacts) and answers when done. */
  syncNow(): Promise<Outcome<DirectoryStatus>> {
    return this.change(async () => {
      await this.load();
      const users = await this.users.sync();
      const external = this.context.settings().externalContactsScan ? await this.external.scan() : ok(null);
      this.emit('changed', ['users', 'external']);
      if (!users.ok) return users;
      if (!external.ok) return external;
      return ok(this.statusNow());
    }, closedAnswer);
  }

  /** Watches the presence of these contacts (the ones on screen) and of the favourites, live where the org allows it. */
  async watchPresence(contactIds: string[]): Promise<Outcome<null>> {
    await this.load();
    this.onScreen = contactIds;
    return this.watchNow();
  }

  /** How presence is followed now (live, polled and why), for diagnostics. */
  presenceStatus(): PresenceWatchStatus {
    return this.presenceWatch.status;
  }

  private watchNow(): Promise<Outcome<null>> {
    const favourites = this.prefs.value.favourites.map((favourite) => favourite.contactId);
    const users = [...favourites, ...(this.onScreen ?? [])]
      .filter((id) => id.startsWith('user:'))
      .map((id) => id.slice('user:'.length));
    return this.presenceWatch.watch(users);
  }

  private segments(): SearchIndex[] {
    return [this.users.index, this.external.index, this.local.index];
  }

  private rankContext(): RankContext {
    return {
      favourites: new Set(this.prefs.value.favourites.map((favourite) => favourite.contactId)),
      recents: this.recentCalls.ranks(),
    };
  }

  private hit(hit: Pick<RankedHit, 'contact' | 'match'>): SearchHit {
    return { contact: this.decorate(hit.contact), match: hit.match };
  }

  private decorate(contact: BaseContact): Contact {
    const preferred = chosenNumber(contact.numbers, this.prefs.value.preferred[contact.id]);
    const presence = this.presence.get(contact.id);
    return {
      ...contact,
      ...(preferred ? { preferredNumberId: preferred.id } : {}),
      favourite: this.prefs.value.favourites.some((favourite) => favourite.contactId === contact.id),
      ...(presence ? { presence } : {}),
    };
  }
}

/**
 * The number a favourite was kept with: by its id, else by the number itself (an edit gave it another place);
 * undefined when the contact no longer has it, so the favourite calls the number it was kept with.
 */
function keptNumber(
  numbers: readonly ContactNumber[],
  entry: { numberId?: string; number: string },
): ContactNumber | undefined {
  return (
    numbers.find((number) => number.id === entry.numberId) ??
    numbers.find((number) => dialText(number) === entry.number)
  );
}

/** The answer to a change asked for after close(). */
const closedAnswer = (): Outcome<never> =>
  fail(explainCode('disconnected', 'softdial is closing: the change was not made; try again after it starts.'));

const unknownContact = (contactId: string): ExplainedError =>
  explainCode('unknown_contact', `No contact has the id "${contactId}" (it may have left the directory).`);

const notEditable = (contactId: string, contact: BaseContact | undefined): ExplainedError =>
  contact
    ? explainCode(
        'invalid_input',
        `${contact.name} comes from ${contact.source === 'users' ? 'the Genesys Cloud directory' : 'Genesys Cloud external contacts'}: only your own contacts can be edited or deleted here.`,
      )
    : unknownContact(contactId);
