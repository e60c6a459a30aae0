import { join } from 'node:path';
import { runDoctor } from './doctor.js';
import type { DoctorReport, DoctorSubject } from './doctor.js';
import { redactJson } from '../explain/redact.js';
import { writeJsonFileAtomic } from '../files/json-file.js';
import type { CoreStatus } from '../connection/core-status.js';
import type { LogEntry, LogFile } from '../logging/log-file.js';
import type { RecordedExchange } from './exchange-log.js';
import { softdialVersion } from './version.js';

/** How many of the support log's last entries the bundle carries. */
const LOG_TAIL = 200;

/** What an admin sends to support: the version, the settings (no secret is ever a setting), doctor, recent exchanges, the log's tail. */
export interface DiagnosticsBundle {
  softdial: string;
  node: string;
  platform: string;
  createdAt: string;
  settings: {
    values: Record<string, unknown>;
    sources: Record<string, string>;
    locked: string[];
    errors: string[];
    warnings: string[];
  };
  status: CoreStatus;
  doctor: DoctorReport;
  exchanges: readonly RecordedExchange[];
  /** The last entries of logs/softdial.log, oldest first. */
  log: LogEntry[];
}

/** What the bundle reads of the core (SoftdialCore is one): what the doctor reads, the recent exchanges, the log. */
export interface DiagnosedCore extends DoctorSubject {
  recentExchanges(): readonly RecordedExchange[];
  readonly log: Pick<LogFile, 'tail'>;
}

/**
 * Gathers the diagnostics bundle. Exchanges were redacted when recorded; the whole bundle is then passed
 * through the structural redaction once more, so a secret that reached any field by mistake is blanked.
 */
export async function diagnosticsBundle(core: DiagnosedCore, now = new Date()): Promise<DiagnosticsBundle> {
  const settings = core.settings;
  const bundle: DiagnosticsBundle = {
    softdial: softdialVersion(),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    createdAt: now.toISOString(),
    settings: {
      values: { ...settings.values },
      sources: { ...settings.sources },
      locked: [...settings.locked],
      errors: [...settings.errors],
      warnings: [...settings.warnings],
    },
    status: core.status(),
    doctor: await runDoctor(core),
    exchanges: core.recentExchanges(),
    log: core.log.tail(LOG_TAIL),
  };
  return redactJson(bundle) as DiagnosticsBundle;
}

/** Bundles saved by this process, so two saved in the same millisecond get names of their own. */
let saved = 0;

/**
 * Writes the bundle into the data folder (atomically) and gives its path, for "Save diagnostics". The
 * name holds the time, the process and a count: saves at once, from one process or several, never
 * overwrite each other (300 at once left 33 files when the name was the time alone).
 */
export async function saveDiagnostics(core: DiagnosedCore, now = new Date()): Promise<string> {
  const bundle = await diagnosticsBundle(core, now);
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const file = join(core.settings.dataDir, `diagnostics-${stamp}-${process.pid}-${++saved}.json`);
  await writeJsonFileAtomic(file, bundle);
  return file;
}
