import { importContacts } from '../electron/core/contacts/files/import-contacts.js';
import { redactBody, redactText } from '../electron/core/explain/redact.js';
import { collectGarbage, interleave, report, timeOnce } from './measure.js';

const KB_100 = 100 * 1024;
const MB_1 = 1024 * 1024;
const REDACTION_ROUNDS = 9;
const IMPORT_ROUNDS = 5;

/** `piece` repeated to `size` characters. */
const repeated = (piece: string, size: number): string => piece.repeat(Math.ceil(size / piece.length)).slice(0, size);

/** An ordinary 100 KB answer: a Genesys error body and log lines, as redaction meets them every day. */
const ORDINARY_TEXT = repeated(
  '{"message":"The request could not be understood by the server due to malformed syntax.","code":"bad.request","status":400,"contextId":"5d1e0c77-aaaa-bbbb-cccc-0123456789ab"}\n',
  KB_100,
);

/** 100 KB shaped to make a backtracking pattern retry: long words, dotted runs, names without values, escapes. */
const HOSTILE_TEXTS: Record<string, string> = {
  'one repeated word (token…)': repeated('token', KB_100),
  'a run of letters': repeated('a', KB_100),
  'dotted words (a.a.a…)': repeated('a.', KB_100),
  'schemes without // (a+a+…)': repeated('a+', KB_100),
  'names without values ("token":"…)': repeated('"token":"', KB_100),
  'Bearer after Bearer': repeated('bearer ', KB_100),
  'escapes (%41, \\u0041)': repeated('%41\\u0041', KB_100),
  'spaces after a name': `token${' '.repeat(KB_100)}`,
  'permission-like words (a:b:…)': repeated('conversation:', KB_100),
};

/** The slowest redaction of 100 KB of hostile text, against ordinary text of the same size. */
async function redactionBenchmark(): Promise<void> {
  let worst = { name: '', ratio: 0, subject: 0, baseline: 0 };
  for (const [name, text] of Object.entries(HOSTILE_TEXTS)) {
    const measured = await interleave(
      REDACTION_ROUNDS,
      async () => Promise.resolve(timeOnce(() => redactBody(redactText(ORDINARY_TEXT)))),
      async () => Promise.resolve(timeOnce(() => redactBody(redactText(text)))),
    );
    if (measured.ratio > worst.ratio) worst = { name, ...measured };
  }
  report(
    'slowest redaction of 100 KB (hostile/ordinary)',
    `${worst.ratio.toFixed(2)}×`,
    `worst: ${worst.name}, ${worst.subject.toFixed(1)} ms; ordinary 100 KB ${worst.baseline.toFixed(1)} ms (medians of ${REDACTION_ROUNDS} interleaved rounds)`,
  );
}

/** An ordinary 1 MB CSV: one contact a line, every number its own. */
const ordinaryCsv = (): string => {
  const lines: string[] = ['Name,Company,Phone'];
  for (let i = 0; lines.join('\n').length < MB_1 && i < 1_000_000; i += 1000)
    for (let j = i; j < i + 1000; j++) lines.push(`Person ${j},Company ${j % 500},+4420${String(70_000_000 + j)}`);
  return `${lines.join('\n').slice(0, MB_1)}\n`;
};

/** 1 MB files shaped the way the attacks were: repeated vCard parameters, one contact of many numbers, one shared number under long names. */
const HOSTILE_FILES: Record<string, { fileName: string; text: string }> = {
  'a vCard parameter repeated': {
    fileName: 'params.vcf',
    text: `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada\r\nTEL${repeated(';TYPE=work', MB_1)}:+442079460958\r\nEND:VCARD\r\n`,
  },
  'one contact, thousands of numbers': {
    fileName: 'numbers.vcf',
    text: `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Many\r\n${repeated('TEL:+442079460958\r\n', MB_1)}END:VCARD\r\n`,
  },
  'one number shared under long names': {
    fileName: 'shared.csv',
    text: `name,phone\n${repeated(`${'S'.repeat(2000)},+442079460958\n`, MB_1)}`,
  },
};

const importDry = (fileName: string, bytes: Buffer): void => {
  let id = 0;
  importContacts({
    fileName,
    bytes,
    dryRun: true,
    existing: [],
    defaultCountry: 'GB',
    newId: () => `local:${++id}`,
  });
};

/** The import of the worst-shaped 1 MB file, against an ordinary 1 MB file. */
async function importBenchmark(): Promise<void> {
  const ordinary = Buffer.from(ordinaryCsv());
  let worst = { name: '', ratio: 0, subject: 0, baseline: 0 };
  for (const [name, file] of Object.entries(HOSTILE_FILES)) {
    const bytes = Buffer.from(file.text);
    const measured = await interleave(
      IMPORT_ROUNDS,
      async () => {
        collectGarbage();
        return Promise.resolve(timeOnce(() => importDry('ordinary.csv', ordinary)));
      },
      async () => {
        collectGarbage();
        return Promise.resolve(timeOnce(() => importDry(file.fileName, bytes)));
      },
    );
    if (measured.ratio > worst.ratio) worst = { name, ...measured };
  }
  report(
    'import of the worst-shaped 1 MB file (hostile/ordinary)',
    `${worst.ratio.toFixed(2)}×`,
    `worst: ${worst.name}, ${worst.subject.toFixed(0)} ms; ordinary 1 MB CSV ${worst.baseline.toFixed(0)} ms (medians of ${IMPORT_ROUNDS} interleaved rounds)`,
  );
}

/** The hardening figures: hostile input costs about what ordinary input of the same size does. */
export async function hardeningBenchmarks(): Promise<void> {
  await redactionBenchmark();
  await importBenchmark();
}
