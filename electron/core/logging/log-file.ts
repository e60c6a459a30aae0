import { appendFileSync, mkdirSync, readFileSync, renameSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { redactJson } from '../explain/redact.js';
import { DEFAULT_LOG_LEVEL, LOG_LEVELS, keeps } from '../../shared/log-levels.js';
import type { LogLevel } from '../../shared/log-levels.js';

/** One line of the log: when, how severe, which part of softdial, what happened, and the facts that go with it. */
export const LogEntrySchema = v.object({
  time: v.string(),
  level: v.picklist(LOG_LEVELS),
  area: v.string(),
  message: v.string(),
  fields: v.optional(v.record(v.string(), v.unknown())),
});
/** One entry of the log, as written and as read back. */
export type LogEntry = v.InferOutput<typeof LogEntrySchema>;

/** What the core writes to: a level, an area (`dialing`, `window`, `unexpected`), a message and its facts. */
export interface Log {
  write(level: LogLevel, area: string, message: string, fields?: Record<string, unknown>): void;
}

/** The log's folder inside the data folder, as support is told to look for it. */
export const logFolder = (dataDir: string): string => join(dataDir, 'logs');

/** What a rotating log needs: its folder, and (for tests) its file size, how many files it keeps, its clock. */
export interface LogFileOptions {
  dir: string;
  maxBytes?: number;
  files?: number;
  now?: () => Date;
  /** Told once when the log cannot be written (a read-only folder): the process keeps running without it. */
  onUnwritable?: (problem: string) => void;
}

/**
 * The support log: `logs/softdial.log` in the data folder, one JSON object a line, redacted by the same
 * code as the diagnostics, rotated at 1 MB with 5 files kept (softdial.log, softdial.1.log … .4.log).
 * Nothing is opened until the first entry the level keeps, so a one-shot command with nothing to say
 * never touches the disk. Writes are synchronous: an entry written just before a crash is on disk.
 */
export class LogFile implements Log {
  readonly file: string;
  private level: LogLevel = DEFAULT_LOG_LEVEL;
  private size?: number;
  private broken = false;

  constructor(private readonly options: LogFileOptions) {
    this.file = join(options.dir, 'softdial.log');
  }

  /** Keeps entries at `level` and above from now on (the policy's `logLevel`). */
  setLevel(level: LogLevel): void {
    this.level = level;
  }

  /** Appends one redacted entry when the level keeps it; a log that cannot be written is reported once, never thrown. */
  write(level: LogLevel, area: string, message: string, fields?: Record<string, unknown>): void {
    if (this.broken || !keeps(this.level, level)) return;
    const time = (this.options.now?.() ?? new Date()).toISOString();
    const entry = redactJson({ time, level, area, message, ...(fields ? { fields } : {}) });
    const line = `${JSON.stringify(entry)}\n`;
    try {
      this.size ??= this.openedSize();
      if (this.size > 0 && this.size + Buffer.byteLength(line) > (this.options.maxBytes ?? 1024 * 1024)) this.rotate();
      appendFileSync(this.file, line, { mode: 0o600 });
      this.size += Buffer.byteLength(line);
    } catch (error) {
      this.broken = true;
      this.options.onUnwritable?.(
        `cannot write the log ${this.file}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`,
      );
    }
  }

  /** The last `count` entries, oldest first, from the newest two files; a line that is not an entry is skipped. */
  tail(count: number): LogEntry[] {
    const entries: LogEntry[] = [];
    for (const file of [this.rotated(1), this.file]) {
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        continue;
      }
      for (const line of text.split('\n')) {
        if (!line) continue;
        try {
          const parsed = v.safeParse(LogEntrySchema, JSON.parse(line));
          if (parsed.success) entries.push(parsed.output);
        } catch {
          // A line cut short by a crash, or not ours: skipped.
        }
      }
    }
    return entries.slice(-count);
  }

  private openedSize(): number {
    mkdirSync(this.options.dir, { recursive: true, mode: 0o700 });
    try {
      return statSync(this.file).size;
    } catch {
      return 0;
    }
  }

  private rotated(index: number): string {
    return join(this.options.dir, `softdial.${index}.log`);
  }

  /** softdial.log becomes softdial.1.log, each older file moves one up, and the oldest beyond the limit goes. */
  private rotate(): void {
    const files = this.options.files ?? 5;
    const move = (from: string, to?: string): void => {
      try {
        if (to === undefined) unlinkSync(from);
        else renameSync(from, to);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    };
    move(this.rotated(files - 1));
    for (let index = files - 2; index >= 1; index--) move(this.rotated(index), this.rotated(index + 1));
    move(this.file, files > 1 ? this.rotated(1) : undefined);
    this.size = 0;
  }
}
