import { parseArgs } from 'node:util';
import { runDoctor } from '../diagnostics/doctor.js';
import { EXIT, writeAll } from './io.js';
import type { CliIo } from './io.js';
import { openCore } from './open-core.js';
import { t } from '../../shared/i18n/language.js';
import type { PlainKey } from '../../shared/i18n/catalog-types.js';
import { terminalMessage } from './terminal-text.js';
import { formatList } from '../../shared/i18n/formats.js';
import '../i18n/core-messages.js';

/** Each check's name (a code in JSON) as the agent reads it. */
const CHECK_LABELS: Record<string, PlainKey> = {
  configuration: 'doctor.check.configuration',
  keychain: 'doctor.check.keychain',
  'numbering metadata': 'doctor.check.numbering_metadata',
  'default country': 'doctor.check.default_country',
  connection: 'doctor.check.connection',
  token: 'doctor.check.token',
  user: 'doctor.check.user',
  station: 'doctor.check.station',
  'live call progress': 'doctor.check.live_call_progress',
};

/** A check's label in the current language, or its name where it has none. */
const labelOf = (name: string): string => {
  const key = Object.hasOwn(CHECK_LABELS, name) ? CHECK_LABELS[name] : undefined;
  return key ? t(key) : name;
};

/** `softdial doctor [--json]`: every readiness check; exit 0 when dialling can work, 1 when not. */
export async function doctorCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args, strict: true, options: { json: { type: 'boolean' } } });
  const { core, close } = await openCore(io);
  try {
    const report = await runDoctor(core);
    if (values.json) {
      await writeAll(io.stdout, `${JSON.stringify(report)}\n`);
    } else {
      const lines = report.checks.flatMap((check) => [
        `${check.ok ? '✓' : check.warning ? '!' : '✗'} ${labelOf(check.name)}: ${check.detail}`,
        ...(check.endpoint
          ? [
              `    ${check.endpoint.method} ${check.endpoint.path} · ${check.endpoint.permissions.length > 0 ? t('doctor.needs', { permissions: formatList(check.endpoint.permissions, 'disjunction') }) : t('doctor.needs_nothing')}`,
            ]
          : []),
        ...(check.ok ? [] : (check.fix ?? []).map((step) => `    - ${step}`)),
      ]);
      lines.push(t(report.ready ? 'doctor.ready' : 'doctor.not_ready'));
      await writeAll(io.stdout, terminalMessage(`${lines.join('\n')}\n`));
    }
    return report.ready ? EXIT.ok : EXIT.refused;
  } finally {
    await close();
  }
}
