import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import * as v from 'valibot';
import { DocumentFile } from './document-file.js';
import { StoredRecentSchema } from './stored.js';
import type { RecentCall } from './types.js';

const RecentsSchema = v.object({ version: v.literal(1), calls: v.array(StoredRecentSchema) });

/** How many recent calls are kept. */
export const MAX_RECENTS = 100;

/** The recent calls, newest first: capped, persisted, clearable; used by the tray, the window and redial. */
export class Recents {
  private readonly file: DocumentFile<v.InferOutput<typeof RecentsSchema>>;

  constructor(folder: string) {
    this.file = new DocumentFile(join(folder, 'recents.json'), RecentsSchema, { version: 1, calls: [] });
  }

  load(): Promise<string | undefined> {
    return this.file.load();
  }

  /** Loads the file again if another process wrote it; says whether it did. */
  reloadIfChanged(): Promise<boolean> {
    return this.file.reloadIfChanged();
  }

  list(): RecentCall[] {
    return this.file.value.calls;
  }

  /** Records a call at the top of the list and answers its id. */
  async add(call: Omit<RecentCall, 'id'>): Promise<string> {
    const id = randomUUID();
    await this.file.save({ version: 1, calls: [{ id, ...call }, ...this.file.value.calls].slice(0, MAX_RECENTS) });
    return id;
  }

  /** Updates what is known of a call later (it connected, it ended after N seconds). */
  async update(id: string, change: Partial<Pick<RecentCall, 'outcome' | 'durationSeconds' | 'conversationId'>>) {
    const calls = this.file.value.calls.map((call) => (call.id === id ? { ...call, ...change } : call));
    await this.file.save({ version: 1, calls });
  }

  async clear(): Promise<void> {
    await this.file.save({ version: 1, calls: [] });
  }

  /** Waits for the writes under way; later changes are not written. */
  close(): Promise<void> {
    return this.file.close();
  }

  /** Contact id → recency (0 = most recent), for the search ranking. */
  ranks(): Map<string, number> {
    const ranks = new Map<string, number>();
    for (const call of this.file.value.calls)
      if (call.contactId && !ranks.has(call.contactId)) ranks.set(call.contactId, ranks.size);
    return ranks;
  }
}
