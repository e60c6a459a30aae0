import { join } from 'node:path';
import * as v from 'valibot';
import { moveAside, readJsonFile, writeJsonFileAtomic } from '../core/files/json-file.js';
import { INITIAL_WINDOW_STATE, WindowStateSchema } from './window-layout.js';
import type { WindowState } from './window-layout.js';

/**
 * The window state file in the data folder: read once at start (a damaged one is kept aside and the window
 * opens as new), written atomically after each change, one write at a time, the newest last.
 */
export class WindowStateFile {
  private writing: Promise<void> = Promise.resolve();
  readonly path: string;

  constructor(dataDir: string) {
    this.path = join(dataDir, 'window.json');
  }

  /** The remembered state, and what was wrong with the file when it could not be used. */
  async load(): Promise<{ state: WindowState; problem?: string }> {
    const read = await readJsonFile(this.path);
    if (read.kind === 'missing') return { state: INITIAL_WINDOW_STATE };
    if (read.kind === 'unreadable') return { state: INITIAL_WINDOW_STATE, problem: read.reason };
    if (read.kind === 'corrupt')
      return { state: INITIAL_WINDOW_STATE, problem: `${read.reason}; kept as ${read.movedTo}` };
    const parsed = v.safeParse(WindowStateSchema, read.value);
    if (parsed.success) return { state: parsed.output };
    const movedTo = await moveAside(this.path, 'invalid');
    return { state: INITIAL_WINDOW_STATE, problem: `${this.path} is not a window state; kept as ${movedTo}` };
  }

  /** Saves the state after any earlier save; resolves once it is on disk. */
  save(state: WindowState): Promise<void> {
    const write = this.writing.then(() => writeJsonFileAtomic(this.path, state));
    this.writing = write.catch(() => undefined);
    return write;
  }
}
