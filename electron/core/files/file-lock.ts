import { hostname } from 'node:os';
import { mkdir, open, readFile, stat, unlink, utimes } from 'node:fs/promises';
import { dirname } from 'node:path';
import { LOCK_RETRY_MS, LOCK_STALE_MS, LOCK_WAIT_MS } from '../../shared/limits.js';
import { systemClock } from '../../shared/clock.js';
import type { Clock } from '../../shared/clock.js';
import { alive } from './json-file.js';

/** Who holds a lock, as written in its file. */
interface Holder {
  pid: number;
  host: string;
}

const readHolder = async (file: string): Promise<Holder | undefined> => {
  try {
    const value = JSON.parse(await readFile(file, 'utf8')) as Partial<Holder>;
    return typeof value.pid === 'number' && typeof value.host === 'string'
      ? { pid: value.pid, host: value.host }
      : undefined;
  } catch {
    return undefined;
  }
};

/** The lock could not be had: held too long by another process, or not creatable there; the message says which. */
export class LockFailed extends Error {
  constructor(
    readonly file: string,
    why: string,
  ) {
    super(why);
    this.name = 'LockFailed';
  }
}

const heldTooLong = (file: string): LockFailed =>
  new LockFailed(
    file,
    `another softdial process has held ${file} for over ${LOCK_WAIT_MS / 1000} s; try again, or remove that file if no softdial is running`,
  );

/**
 * A lock shared by every softdial process on the machine, so a read-modify-write of a shared file (the
 * settings, the contacts) never loses another process's change: a file created exclusively, holding
 * the holder's pid and host. A lock whose process is gone (same host) or that was not refreshed for
 * LOCK_STALE_MS is stale and taken over. Inside one process, holders take turns in order.
 */
export class FileLock {
  private turn: Promise<unknown> = Promise.resolve();

  constructor(
    readonly file: string,
    private readonly clock: Clock = systemClock,
  ) {}

  /** Runs `work` while holding the lock; the lock is released however `work` ends. */
  run<T>(work: () => Promise<T>): Promise<T> {
    const next = this.turn.then(() => this.holding(work));
    this.turn = next.catch(() => undefined);
    return next;
  }

  private async holding<T>(work: () => Promise<T>): Promise<T> {
    await this.acquire();
    // Kept fresh while held, so a long change (an import of a large file) is never taken for a dead one.
    const heartbeat = setInterval(() => {
      const now = new Date();
      utimes(this.file, now, now).catch(() => undefined);
    }, LOCK_STALE_MS / 3);
    heartbeat.unref();
    try {
      return await work();
    } finally {
      clearInterval(heartbeat);
      await unlink(this.file).catch(() => undefined);
    }
  }

  private async acquire(): Promise<void> {
    const deadline = this.clock.now() + LOCK_WAIT_MS;
    for (;;) {
      if (await this.create()) return;
      if (await this.stale()) {
        await unlink(this.file).catch(() => undefined);
        continue;
      }
      if (this.clock.now() > deadline) throw heldTooLong(this.file);
      await this.clock.sleep(LOCK_RETRY_MS);
    }
  }

  /** Creates the lock file if nobody holds it; says whether this process now does. */
  private async create(): Promise<boolean> {
    let handle;
    try {
      await mkdir(dirname(this.file), { recursive: true, mode: 0o700 });
      handle = await open(this.file, 'wx', 0o600);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') return false;
      throw new LockFailed(this.file, `${this.file} cannot be created (${code ?? 'unknown error'})`);
    }
    try {
      await handle.writeFile(JSON.stringify({ pid: process.pid, host: hostname() }));
    } finally {
      await handle.close();
    }
    return true;
  }

  /** Whether the lock there was left by a process that is gone, or has not been refreshed for too long. */
  private async stale(): Promise<boolean> {
    let modified: number;
    try {
      modified = (await stat(this.file)).mtimeMs;
    } catch {
      return false;
    }
    const holder = await readHolder(this.file);
    if (holder && holder.host === hostname() && !alive(holder.pid)) return true;
    return this.clock.now() - modified > LOCK_STALE_MS;
  }
}
