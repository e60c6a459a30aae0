import { watch } from 'node:fs';
import type { FSWatcher } from 'node:fs';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fireAndForget } from '../../shared/unexpected-errors.js';
import { FileLock, LockFailed } from '../files/file-lock.js';
import { DocumentNotSaved } from './document-file.js';

/** The files other softdial processes write too (the CLI imports while the window runs). */
const SHARED_FILES = new Set(['local.json', 'preferences.json', 'recents.json']);
/** Writes come in bursts (a file and its neighbours): one pick-up after the burst. */
const SETTLE_MS = 50;

/**
 * The contacts folder as several processes share it: every change takes the folder's lock and starts
 * from what the files hold now (`pickUp` loads what another process wrote), and a watch picks up such a
 * write while nothing changes here, so the window shows a CLI import without a restart.
 */
export class SharedFolder {
  private readonly lock: FileLock;
  private watcher?: FSWatcher;
  private settle?: NodeJS.Timeout;

  constructor(
    private readonly folder: string,
    private readonly pickUp: () => Promise<void>,
  ) {
    this.lock = new FileLock(join(folder, '.contacts.lock'));
  }

  /** A change that, when run, runs under the lock after picking up what other processes wrote. */
  change<T>(work: () => Promise<T>): () => Promise<T> {
    return () => this.run(work);
  }

  /** Runs a change under the lock; a lock held too long by another process refuses it (nothing was written). */
  private async run<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await this.lock.run(async () => {
        await this.pickUp();
        return work();
      });
    } catch (error) {
      if (!(error instanceof LockFailed)) throw error;
      throw new DocumentNotSaved({
        code: 'internal_error',
        title: 'Your change was not saved',
        detail: `${error.message}.`,
        fix: ['Try again in a moment.'],
        retryable: true,
      });
    }
  }

  /** Watches the folder for other processes' writes (where the system can watch; else changes still pick them up). */
  watch(): void {
    if (this.watcher) return;
    try {
      mkdirSync(this.folder, { recursive: true, mode: 0o700 });
      this.watcher = watch(this.folder, (_event, name) => {
        if (name === null || !SHARED_FILES.has(name)) return;
        clearTimeout(this.settle);
        this.settle = setTimeout(
          () => fireAndForget(this.pickUpNow(), 'picking up contacts another process wrote'),
          SETTLE_MS,
        );
        this.settle.unref();
      });
      this.watcher.unref();
      this.watcher.on('error', () => this.unwatch());
    } catch {
      this.watcher = undefined;
    }
  }

  /** Picks up another process's write under the lock; while the lock is held too long, the next change will. */
  private async pickUpNow(): Promise<void> {
    try {
      await this.lock.run(this.pickUp);
    } catch (error) {
      if (!(error instanceof LockFailed)) throw error;
    }
  }

  /** Stops watching. */
  unwatch(): void {
    clearTimeout(this.settle);
    this.watcher?.close();
    this.watcher = undefined;
  }
}
