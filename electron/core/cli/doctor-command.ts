import { parseArgs } from 'node:util';
import { runDoctor } from '../diagnostics/doctor.js';
import { EXIT, writeAll } from './io.js';
import type { CliIo } from './io.js';
import { openCore } from './open-core.js';

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
        `${check.ok ? '✓' : check.warning ? '!' : '✗'} ${check.name}: ${check.detail}`,
        ...(check.endpoint
          ? [
              `    ${check.endpoint.method} ${check.endpoint.path} · ${check.endpoint.permissions.length > 0 ? `needs ${check.endpoint.permissions.join(' or ')}` : 'needs no permission'}`,
            ]
          : []),
        ...(check.ok ? [] : (check.fix ?? []).map((step) => `    - ${step}`)),
      ]);
      lines.push(report.ready ? 'Ready to dial.' : 'Not ready to dial: fix the ✗ items above.');
      await writeAll(io.stdout, `${lines.join('\n')}\n`);
    }
    return report.ready ? EXIT.ok : EXIT.refused;
  } finally {
    await close();
  }
}
