import type * as v from 'valibot';
import { readDocument, writeDocument } from './stored.js';

/**
 * One versioned JSON document in the data folder, kept in memory and written atomically after each
 * change, one write at a time in order; a write that fails puts the previous value back. Once closed,
 * changes stay in memory only (the process is ending or its data folder going away).
 */
export class DocumentFile<T> {
  private writing: Promise<void> = Promise.resolve();
  private closed = false;

  constructor(
    readonly path: string,
    private readonly schema: v.GenericSchema<unknown, T>,
    public value: T,
  ) {}

  /** Loads the file (missing: the initial value); a damaged file is kept aside and its problem returned. */
  async load(): Promise<string | undefined> {
    const read = await readDocument(this.path, this.schema);
    if (read.value !== undefined) this.value = read.value;
    return read.problem;
  }

  /** Replaces the value and saves it; resolves when it is on disk, rejects (and restores the value) when it cannot be. */
  save(value: T): Promise<void> {
    const previous = this.value;
    this.value = value;
    if (this.closed) return Promise.resolve();
    const write = this.writing.then(() => writeDocument(this.path, value));
    this.writing = write.catch(() => undefined);
    return write.catch((error: unknown) => {
      if (this.value === value) this.value = previous;
      throw error;
    });
  }

  /** Writes nothing more; resolves when the writes already asked for are done (or failed). */
  close(): Promise<void> {
    this.closed = true;
    return this.writing;
  }
}
