import { spawn } from 'node:child_process';
import { AsYouType, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { CountryCode } from 'libphonenumber-js/max';
import { formatAsYouType } from '../electron/core/phone/as-you-type.js';
import { parsePhone } from '../electron/core/phone/parse.js';
import { corpus } from '../test/corpus/shapes.js';
import { interleave, percentile, report, timeOnce } from './measure.js';

const ROOT = new URL('../../', import.meta.url);

/** Runs a node command with `input` on stdin and resolves with the milliseconds it took to finish. */
function timeCommand(args: string[], input: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['pipe', 'ignore', 'inherit'] });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(performance.now() - start) : reject(new Error(`${args.join(' ')} exited ${code}`)),
    );
    child.stdin.end(input);
  });
}

/** parse() against the bare library on the same corpus inputs: throughput ratio and accuracy of each. */
async function parseThroughput(): Promise<void> {
  const cases = corpus();
  const country = (c: (typeof cases)[number]): CountryCode | undefined =>
    c.defaultCountry?.toUpperCase() as CountryCode | undefined;
  const bareRight = cases.filter(
    (c) => parsePhoneNumberFromString(c.input, { defaultCountry: country(c) })?.number === c.e164,
  ).length;
  const oursRight = cases.filter((c) => {
    const result = parsePhone(c.input, { defaultCountry: c.defaultCountry });
    return result.ok && (result.e164 === c.e164 || result.alternative?.e164 === c.e164);
  }).length;
  const passes = 5;
  const { baseline, subject } = await interleave(
    9,
    async () =>
      timeOnce(() => {
        for (let p = 0; p < passes; p++)
          for (const c of cases) parsePhoneNumberFromString(c.input, { defaultCountry: country(c) });
      }),
    async () =>
      timeOnce(() => {
        for (let p = 0; p < passes; p++)
          for (const c of cases) parsePhone(c.input, { defaultCountry: c.defaultCountry });
      }),
  );
  const perCase = (ms: number): string => `${((ms * 1000) / (cases.length * passes)).toFixed(1)} µs`;
  report(
    'parse throughput vs bare parsePhoneNumberFromString',
    `${(baseline / subject).toFixed(2)} (target ≥ 0.5)`,
    `softdial ${perCase(subject)}/input, bare ${perCase(baseline)}/input`,
  );
  report(
    'corpus accuracy',
    `${oursRight}/${cases.length} softdial`,
    `bare library ${bareRight}/${cases.length} (${((100 * bareRight) / cases.length).toFixed(1)}%)`,
  );
}

/** `softdial normalize` on 100,000 stdin lines against `node -e` running the bare library on them. */
async function normalizeWallTime(): Promise<void> {
  const cases = corpus();
  const lines = Array.from(
    { length: 100_000 },
    (_, i) => cases[i % cases.length]?.input.replace(/[\r\n]/g, ' ') ?? '',
  ).join('\n');
  // The baseline does the same job with the bare library: one JSON line per input with the E.164 number,
  // region, both formats and the type, as the normalize contract prints them.
  const bare = [
    "const {parsePhoneNumberFromString:parse}=require('libphonenumber-js/max');",
    "const rl=require('readline').createInterface({input:process.stdin,crlfDelay:Infinity});let out=[];",
    "rl.on('line',l=>{const n=parse(l,{defaultCountry:'GB'});",
    'out.push(JSON.stringify(n?{input:l,ok:true,e164:n.number,region:n.country,national:n.formatNational(),international:n.formatInternational(),type:n.getType()}:{input:l,ok:false}));',
    "if(out.length>=2000){process.stdout.write(out.join('\\n')+'\\n');out=[];}});",
    "rl.on('close',()=>process.stdout.write(out.join('\\n')+'\\n'));",
  ].join('');
  const { baseline, subject } = await interleave(
    3,
    () => timeCommand(['-e', bare], lines),
    () => timeCommand(['bin/softdial.js', 'normalize', '--region', 'GB'], lines),
  );
  report(
    'normalize 100,000 lines vs node -e bare library',
    `${(subject / baseline).toFixed(2)}× (target ≤ 1.5×)`,
    `softdial ${subject.toFixed(0)} ms, bare (same fields) ${baseline.toFixed(0)} ms`,
  );
  const parseOnly = bare.replace(
    ',national:n.formatNational(),international:n.formatInternational(),type:n.getType()',
    '',
  );
  const minimal = await interleave(
    3,
    () => timeCommand(['-e', parseOnly], lines),
    () => timeCommand(['bin/softdial.js', 'normalize', '--region', 'GB'], lines),
  );
  report(
    '  (for reference) vs bare parse, e164 only',
    `${(minimal.subject / minimal.baseline).toFixed(2)}×`,
    `softdial ${minimal.subject.toFixed(0)} ms, bare (no formats, no type) ${minimal.baseline.toFixed(0)} ms`,
  );
}

/** As-you-type formatting of a 15-character input, keystroke by keystroke, against the bare AsYouType. */
async function asYouTypeLatency(): Promise<void> {
  const keys = '+44207946095812';
  const ours: number[] = [];
  const bare: number[] = [];
  for (let round = 0; round < 2000; round++) {
    let text = '';
    for (const key of keys) {
      const typed = text + key;
      bare.push(timeOnce(() => new AsYouType('GB').input(typed)));
      ours.push(
        timeOnce(() => {
          text = formatAsYouType(typed, typed.length, 'GB').text;
        }),
      );
    }
  }
  const us = (ms: number): string => `${(ms * 1000).toFixed(1)} µs`;
  report(
    'as-you-type per keystroke (15 chars)',
    `p50 ${us(percentile(ours, 50))}, p99 ${us(percentile(ours, 99))}`,
    `target p99 < 200 µs; bare AsYouType p50 ${us(percentile(bare, 50))}, p99 ${us(percentile(bare, 99))}; ratio p50 ${(percentile(ours, 50) / percentile(bare, 50)).toFixed(2)}×`,
  );
}

/** The phone-number benchmarks: parsing, finding and formatting as you type. */
export async function phoneBenchmarks(): Promise<void> {
  await parseThroughput();
  await normalizeWallTime();
  await asYouTypeLatency();
}
