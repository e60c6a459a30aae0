import { parseArgs } from 'node:util';
import { assertNever } from '../../shared/assert-never.js';
import { explainBody } from '../explain/explain-body.js';
import { savedDefaultCountry } from '../settings/default-country.js';
import { explainedJson } from './explained-json.js';
import { formatExplained } from './explained-output.js';
import { EXIT, UsageError, writeAll } from './io.js';
import type { CliIo } from './io.js';
import { jsonDepth, readFileCapped } from './read-capped.js';
import { terminalSafe } from './terminal-text.js';

const MAX_BODY = 1024 * 1024;
/** Far deeper than any Genesys body; deeper input is refused before anything walks it. */
const MAX_DEPTH = 64;

/** `softdial explain FILE|- [--json]`: diagnoses a call request body, a Genesys error body, a curl command or raw HTTP request, or tutorial code. */
export async function explainCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: { json: { type: 'boolean' } },
  });
  const [file] = positionals;
  if (file === undefined || positionals.length > 1)
    throw new UsageError('give one FILE with the body, curl command or HTTP request, or - to read it from stdin.');
  const read = await readFileCapped(file, io.stdin, MAX_BODY);
  if (!read.ok)
    throw new UsageError(
      read.tooLarge
        ? `${file} is larger than 1 MB; paste only the request or error body.`
        : `cannot read ${file}: ${read.problem}.`,
    );
  const body = read.text;
  if (jsonDepth(body) > MAX_DEPTH)
    throw new UsageError(`${file} nests deeper than ${MAX_DEPTH} levels; no Genesys body does. Paste only the body.`);
  const { country } = await savedDefaultCountry(io.env);
  const explanation = explainBody(body, country);
  if (values.json) {
    const printable =
      explanation.kind === 'error' ? { kind: 'error', error: explainedJson(explanation.error) } : explanation;
    await writeAll(io.stdout, `${JSON.stringify(printable)}\n`);
    return explanation.kind === 'unreadable' ? EXIT.usage : EXIT.ok;
  }
  switch (explanation.kind) {
    case 'unreadable':
      await writeAll(io.stderr, terminalSafe(`softdial explain: ${explanation.problem}\n`));
      return EXIT.usage;
    case 'error':
      await writeAll(io.stdout, formatExplained(explanation.error));
      return EXIT.ok;
    case 'request': {
      const lines = [
        explanation.ok ? '✓ Call request' : '✗ Call request',
        ...explanation.findings.map((finding) => `  - ${finding}`),
      ];
      if (explanation.correctedBody && !explanation.ok)
        lines.push('Send instead:', `  POST ${explanation.endpoint}`, `  ${JSON.stringify(explanation.correctedBody)}`);
      await writeAll(io.stdout, terminalSafe(`${lines.join('\n')}\n`));
      return EXIT.ok;
    }
    case 'shared-request': {
      const lines = [
        explanation.findings.every((finding) => finding.ok) ? '✓ Request' : '✗ Request',
        ...explanation.findings.map((finding) => `  ${finding.ok ? '✓' : '✗'} ${finding.area}: ${finding.text}`),
        'Send instead:',
        ...explanation.corrected.flatMap((corrected) => [
          `  With ${corrected.grant}:`,
          ...corrected.steps.map((step) => `    ${step}`),
        ]),
      ];
      await writeAll(io.stdout, `${lines.join('\n')}\n`);
      return EXIT.ok;
    }
    case 'seed': {
      const lines = [
        '✗ This is the outbound-call tutorial; what it gets wrong:',
        ...explanation.findings.map((finding) => `  - ${finding}`),
        'Run `softdial explain` on the request itself (a curl command or raw HTTP) to see it corrected for both grants.',
      ];
      await writeAll(io.stdout, `${lines.join('\n')}\n`);
      return EXIT.ok;
    }
    default:
      return assertNever(explanation);
  }
}
