import { parseArgs } from 'node:util';
import * as v from 'valibot';
import { DOT_SEGMENT_PROBLEM, isDotSegment } from '../../shared/path-ids.js';
import { SeenReadingSchema } from '../../ipc/schemas.js';
import type { SeenReading } from '../dialing/dialer.js';
import { SettingsSchema } from '../settings/schema.js';
import { explainedJson } from './explained-json.js';
import { exitStatusOf, formatExplained } from './explained-output.js';
import { EXIT, UsageError, writeAll } from './io.js';
import type { CliIo } from './io.js';
import { openCore } from './open-core.js';

/** `--expect E164[;ext=N]`: the number the caller saw, which the text must still read as. */
function expectedReading(value: string): SeenReading {
  const [e164 = '', extension] = value.trim().split(/;ext=/i);
  const checked = v.safeParse(SeenReadingSchema, { e164, ...(extension !== undefined ? { extension } : {}) });
  if (!checked.success || checked.output === null)
    throw new UsageError(
      `--expect "${value}" ${checked.success ? 'is empty' : checked.issues[0].message}: give the number in E.164, for example --expect +442079460958 (or +442079460958;ext=12).`,
    );
  return checked.output;
}

/** `softdial dial TEXT [--as-user ID] [--queue ID] [--caller-id E164] [--caller-id-name NAME] [--expect E164] [--dry-run] [--json] [--yes]`. */
export async function dialCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      'as-user': { type: 'string' },
      queue: { type: 'string' },
      'caller-id': { type: 'string' },
      'caller-id-name': { type: 'string' },
      'dry-run': { type: 'boolean' },
      json: { type: 'boolean' },
      yes: { type: 'boolean' },
      expect: { type: 'string' },
    },
  });
  const text = positionals.join(' ');
  if (text.trim() === '')
    throw new UsageError('give the number to dial, for example: softdial dial "+44 20 7946 0958"');
  for (const option of ['as-user', 'queue'] as const) {
    const given = values[option];
    if (given !== undefined && isDotSegment(given)) throw new UsageError(`--${option} ${DOT_SEGMENT_PROBLEM}.`);
  }
  if (values['caller-id'] !== undefined) {
    const checked = v.safeParse(SettingsSchema.entries.callerId, values['caller-id']);
    if (!checked.success) throw new UsageError(`--caller-id "${values['caller-id']}" ${checked.issues[0].message}.`);
  }
  const expect = values.expect === undefined ? undefined : expectedReading(values.expect);
  const { core, sandbox, close } = await openCore(io);
  try {
    const outcome = await core.dial({
      text,
      source: 'cli',
      confirmed: values.yes ?? false,
      dryRun: values['dry-run'] ?? false,
      ...(expect !== undefined ? { expect } : {}),
      ...(values['as-user'] ? { asUserId: values['as-user'] } : {}),
      ...(values.queue ? { queueId: values.queue } : {}),
      ...(values['caller-id'] ? { callerId: values['caller-id'] } : {}),
      ...(values['caller-id-name'] ? { callerIdName: values['caller-id-name'] } : {}),
      onWait: (seconds) => io.stderr.write(`Genesys Cloud asked to wait ${seconds} s (rate limit); waiting…\n`),
    });
    if (!outcome.ok) {
      if (outcome.error.code === 'sign_in_required' || outcome.error.code === 'sign_in_expired')
        outcome.error.fix.unshift('From the command line: run `softdial signin` first.');
      await writeAll(
        values.json ? io.stdout : io.stderr,
        values.json
          ? `${JSON.stringify({ ok: false, error: explainedJson(outcome.error) })}\n`
          : formatExplained(outcome.error),
      );
      return exitStatusOf(outcome.error);
    }
    const placed = outcome.value;
    if (values.json) {
      const { conversationId = null, endpoint, body } = placed;
      const answer = { ok: true, conversationId, endpoint, body, ...(placed.shared ? { shared: true } : {}) };
      await writeAll(io.stdout, `${JSON.stringify(answer)}\n`);
    } else {
      const number = placed.number;
      const kind = number.type ? `, ${number.type.toLowerCase().replace(/_/g, ' ')}` : '';
      const lines = [
        placed.shared
          ? `Already calling ${number.international} (placed a moment ago)`
          : `${placed.dryRun ? 'Would call' : 'Calling'} ${number.international} (${number.countryName}${kind})`,
        ...number.notes.map((note) => `  · ${note.message}`),
        ...(number.extension ? [`  · Dial extension ${number.extension} when the call connects.`] : []),
        `  POST ${placed.endpoint} ${JSON.stringify(placed.body)}`,
        ...(placed.conversationId
          ? [
              `  ${placed.shared ? 'The call placed then' : 'Placed'}: conversation ${placed.conversationId}` +
                (placed.shared ? ' (not dialled again)' : ''),
            ]
          : []),
        ...(sandbox
          ? ['  (sandbox: the built-in emulator took this call; set GENESYSCLOUD_REGION to dial for real)']
          : []),
      ];
      await writeAll(io.stdout, `${lines.join('\n')}\n`);
    }
    return EXIT.ok;
  } finally {
    await close();
  }
}
