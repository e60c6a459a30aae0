import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LogFile } from '../../../electron/core/logging/log-file.js';
import { temporaryDirectory } from '../../helpers/sandbox.js';

const SECRET = 'eyJhbGciOi.a-live-access-token';
let removals: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(removals.map((remove) => remove()));
  removals = [];
});

async function folder(): Promise<string> {
  const made = await temporaryDirectory();
  removals.push(() => made.remove());
  return join(made.path, 'logs');
}

const lines = (file: string): unknown[] =>
  readFileSync(file, 'utf8')
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as unknown);

describe('the support log', () => {
  it('writes one redacted JSON object a line: time, level, area, message, fields', async () => {
    const dir = await folder();
    const log = new LogFile({ dir, now: () => new Date('2026-01-02T03:04:05Z') });
    log.write('warn', 'dialing', `refused at https://x.example/cb?code=${SECRET}`, { token: SECRET, status: 403 });
    expect(lines(log.file)).toEqual([
      {
        time: '2026-01-02T03:04:05.000Z',
        level: 'warn',
        area: 'dialing',
        message: 'refused at https://x.example/cb?code=[redacted]',
        fields: { token: '[redacted]', status: 403 },
      },
    ]);
    expect(readFileSync(log.file, 'utf8')).not.toContain(SECRET);
  });

  it('keeps what its level keeps, and opens nothing until it has an entry to keep', async () => {
    const dir = await folder();
    const log = new LogFile({ dir });
    log.write('debug', 'contacts', 'not kept at info');
    expect(existsSync(dir)).toBe(false);
    log.setLevel('warn');
    log.write('info', 'contacts', 'not kept at warn');
    expect(existsSync(dir)).toBe(false);
    log.write('error', 'unexpected', 'kept');
    log.setLevel('debug');
    log.write('debug', 'contacts', 'kept too');
    expect(log.tail(10).map((entry) => entry.message)).toEqual(['kept', 'kept too']);
  });

  it('rotates at its size, keeping the number of files it was given', async () => {
    const dir = await folder();
    const log = new LogFile({ dir, maxBytes: 200, files: 3 });
    for (let index = 0; index < 12; index++) log.write('info', 'test', `entry ${index} ${'x'.repeat(60)}`);
    expect(readdirSync(dir).sort()).toEqual(['softdial.1.log', 'softdial.2.log', 'softdial.log']);
    for (const file of readdirSync(dir)) expect(readFileSync(join(dir, file)).length).toBeLessThanOrEqual(200);
    const oldest = lines(join(dir, 'softdial.2.log')) as { message: string }[];
    expect(oldest.map((entry) => entry.message.split(' ')[1])).toEqual(['9']);
    expect(log.tail(3).map((entry) => entry.message.split(' ')[1])).toEqual(['10', '11']);
  });

  it('reads back only entries: a line cut by a crash or not its own is skipped', async () => {
    const dir = await folder();
    const log = new LogFile({ dir });
    log.write('info', 'test', 'first');
    writeFileSync(log.file, `${readFileSync(log.file, 'utf8')}{"time":"cut sho\nnot json\n{"level":"loud"}\n`);
    log.write('info', 'test', 'second');
    expect(log.tail(10).map((entry) => entry.message)).toEqual(['first', 'second']);
  });

  it('says once that it cannot be written, and never throws', async () => {
    const dir = await folder();
    writeFileSync(join(dir, '..', 'blocker'), '');
    const problems: string[] = [];
    const log = new LogFile({
      dir: join(dir, '..', 'blocker', 'logs'),
      onUnwritable: (problem) => problems.push(problem),
    });
    log.write('error', 'test', 'one');
    log.write('error', 'test', 'two');
    expect(problems).toEqual([expect.stringMatching(/^cannot write the log .*softdial\.log: (ENOTDIR|EEXIST)$/)]);
    expect(log.tail(5)).toEqual([]);
  });
});
