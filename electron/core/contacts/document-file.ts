import { stat } from 'node:fs/promises';
import type * as v from 'valibot';
import type { ExplainedError } from '../../shared/explained-error.js';
import { readDocument, writeDocument } from './stored.js';

/** A change refused because writing it would have replaced a file softdial could not read; nothing was changed. */
export class DocumentNotSaved extends Error {
  constructor(readonly explained: ExplainedError) {
    super(`${explained.title}: ${explained.detail} ${explained.fix.join(' ')}`);
    this.name = 'DocumentNotSaved';
  }
}

const notSaved = (detail: string, fix: string): DocumentNotSaved =>
  new DocumentNotSaved({
    code: 'internal_error',
    title: 'Your change was not saved',
    detail,
    fix: [fix],
    retryable: true,
  });

/**
 * One versioned JSON document in the data folder, kept in memory and written atomically after each
 * change, one write at a time in order; a write that fails puts the previous value back. A file that is
 * there but could not be read is never written over: each change first reads it again, and is refused
 * (DocumentNotSaved) while it still cannot be read, or when it could, because the change was made
 * without what the file holds. Once closed, changes stay in memory only (the process is ending or its
 * data folder going away).
 */
export class DocumentFile<T> {
  private writing: Promise<void> = Promise.resolve();
  private closed = false;
  /** Why the file on disk could not be read at the last try; while set, nothing is written over it. */
  private unreadable?: string;
  /** How many times the value was read again from disk, so that a change made before that is refused. */
  private rereads = 0;
  /** The file as last read or written (inode, size, time): another process's write changes it. */
  private seen = '';

  constructor(
    readonly path: string,
    private readonly schema: v.GenericSchema<unknown, T>,
    public value: T,
  ) {}

  /** Loads the file (missing: the initial value); a damaged or unreadable file is reported, and kept. */
  async load(): Promise<string | undefined> {
    this.seen = await this.signature();
    const read = await readDocument(this.path, this.schema);
    if (read.value !== undefined) this.value = read.value;
    this.unreadable = read.unreadable;
    return read.problem;
  }

  /**
   * Loads the file again when another process wrote it since this one last read or wrote it; says
   * whether it did. Run under the folder's lock before a change, so the change starts from what is there.
   */
  async reloadIfChanged(): Promise<boolean> {
    await this.writing;
    if ((await this.signature()) === this.seen) return false;
    await this.load();
    return true;
  }

  /** What identifies one version of the file: a write renames a new file over it, so its inode changes. */
  private async signature(): Promise<string> {
    try {
      const found = await stat(this.path);
      return `${found.ino}:${found.size}:${found.mtimeMs}`;
    } catch {
      return 'missing';
    }
  }

  /**
   * Replaces the value and saves it; resolves when it is on disk, rejects (and restores the value) when it
   * cannot be, with DocumentNotSaved when the file could not be read.
   */
  save(value: T): Promise<void> {
    const previous = this.value;
    const rereads = this.rereads;
    this.value = value;
    if (this.closed) return Promise.resolve();
    const write = this.writing.then(async () => {
      await this.readAgain();
      if (this.unreadable !== undefined)
        throw notSaved(
          `${this.unreadable}, so softdial changed nothing in it: it still holds what it held.`,
          'Close the program that holds the file (a backup, sync or antivirus tool) or fix its permissions, then try again.',
        );
      if (this.rereads !== rereads)
        throw notSaved(
          `${this.path} could be read again and softdial has loaded it; your change was made before that, so it was not written over what the file holds.`,
          'Make the change again.',
        );
      await writeDocument(this.path, value);
      this.seen = await this.signature();
    });
    this.writing = write.catch(() => undefined);
    return write.catch((error: unknown) => {
      if (this.value === value) this.value = previous;
      throw error;
    });
  }

  /** Reads a file that could not be read before; what it holds now is the value. */
  private async readAgain(): Promise<void> {
    if (this.unreadable === undefined) return;
    const read = await readDocument(this.path, this.schema);
    this.unreadable = read.unreadable;
    if (read.value === undefined) return;
    this.value = read.value;
    this.rereads++;
  }

  /** Writes nothing more; resolves when the writes already asked for are done (or failed). */
  close(): Promise<void> {
    this.closed = true;
    return this.writing;
  }
}
