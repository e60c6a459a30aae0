import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { RegExpParser, visitRegExpAST } from '@eslint-community/regexpp';
import { getCountries } from 'libphonenumber-js/max';
import safeRegex from 'safe-regex2';
import ts from 'typescript';
import { vi } from 'vitest';
import { ADVERSARIAL } from '../corpus/adversarial.js';

const ROOT = new URL('../../', import.meta.url).pathname;
/** What runs on outside text: the core, the contract, the shared rules (main and preload are Electron glue). */
const SCANNED = ['electron/core', 'electron/shared', 'electron/ipc'];
/** The size every pattern is tried on. */
export const ADVERSARIAL_BYTES = 100 * 1024;

/** One regular expression softdial runs, and where it was found. */
export interface FoundPattern {
  pattern: RegExp;
  origin: string;
}

async function sourceFiles(): Promise<string[]> {
  const lists = await Promise.all(
    SCANNED.map(async (dir) =>
      (await readdir(join(ROOT, dir), { recursive: true }))
        .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
        .map((file) => join(ROOT, dir, file)),
    ),
  );
  return lists.flat();
}

/** Every regular expression literal in the source, read from the syntax tree (not by a pattern of our own). */
async function literalPatterns(files: string[]): Promise<FoundPattern[]> {
  const found: FoundPattern[] = [];
  for (const file of files) {
    const source = ts.createSourceFile(file, await readFile(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (ts.isRegularExpressionLiteral(node)) {
        const text = node.text;
        const end = text.lastIndexOf('/');
        found.push({ pattern: new RegExp(text.slice(1, end), text.slice(end + 1)), origin: relative(ROOT, file) });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

/** Texts a phone reading is asked about in every country, so the numbering metadata's patterns get built. */
const PHONE_SAMPLES = [
  '020 7946 0958',
  '+1 650 253 0000',
  '00 33 1 42 68 53 00',
  '0800 123 456 789 012',
  '112',
  '1234',
];

/**
 * Every RegExp built while the source modules load afresh and the phone module reads numbers in every
 * country (softdial's own and the numbering library's, compiled from metadata at run time).
 */
async function builtPatterns(files: string[]): Promise<FoundPattern[]> {
  const found: FoundPattern[] = [];
  const Original = globalThis.RegExp;
  const record = (pattern: RegExp): RegExp => {
    found.push({ pattern, origin: 'built at run time' });
    return pattern;
  };
  globalThis.RegExp = new Proxy(Original, {
    construct: (target, args: ConstructorParameters<RegExpConstructor>, newTarget) =>
      record(Reflect.construct(target, args, newTarget) as RegExp),
    apply: (target, _this, args: ConstructorParameters<RegExpConstructor>) => record(target(...args)),
  });
  try {
    vi.resetModules();
    for (const file of files) await import(file);
    const { parsePhone } = await import('../../electron/core/phone/parse.js');
    for (const country of getCountries())
      for (const sample of PHONE_SAMPLES) parsePhone(sample, { defaultCountry: country });
  } finally {
    globalThis.RegExp = Original;
  }
  return found;
}

/** Every pattern once, by source and flags. */
export async function outsideFacingPatterns(): Promise<FoundPattern[]> {
  const files = await sourceFiles();
  const all = [...(await literalPatterns(files)), ...(await builtPatterns(files))];
  const unique = new Map<string, FoundPattern>();
  for (const found of all) {
    const key = `/${found.pattern.source}/${found.pattern.flags}`;
    if (!unique.has(key) || unique.get(key)?.origin === 'built at run time') unique.set(key, found);
  }
  return [...unique.values()];
}

/** Repeated pieces that make a backtracking matcher retry: every kind of character a pattern may loop over. */
const PUMPS = [
  'a',
  'Z',
  '0',
  '1-',
  ' ',
  '\t',
  '.',
  'a.',
  '_',
  '"',
  '\\"',
  "'",
  '%41',
  '\\u0041',
  '=',
  ':',
  '://',
  '/',
  '+',
  '(',
  ',',
  ';',
  '@',
  'token',
  'token=',
  'bearer ',
  'é',
  '\u200b',
  '\r\n',
];

/** The 100 KB inputs every pattern is run on: each pump repeated, then a character that makes the match fail. */
export function adversarialInputs(): string[] {
  const pumped = PUMPS.map((pump) => `${pump.repeat(Math.ceil(ADVERSARIAL_BYTES / pump.length))}\u0000!`);
  const corpus = Object.values(ADVERSARIAL).map((make) => make(ADVERSARIAL_BYTES));
  const typed = [`1${'a'.repeat(ADVERSARIAL_BYTES)}!`, `+1 ${'ext '.repeat(ADVERSARIAL_BYTES / 4)}!`];
  return [...pumped, ...corpus, ...typed];
}

/**
 * Patterns with a repetition inside a repetition that were read and found unambiguous: each round of the
 * outer one starts with a character the inner one cannot match, so a text has one way through.
 */
const REVIEWED_NESTING = new Map<string, string>([
  [String.raw`^\+?[\d\s().\-/]*\d[-.)]?[A-Za-z][A-Za-z\d]*(?:[-.][A-Za-z\d]+)*$`, 'each round starts with "-" or "."'],
  [String.raw`^\+?\d+(?:;ext=\d+)?(?: ::: \+?\d+(?:;ext=\d+)?)*$`, 'each round starts with " ::: "'],
  [String.raw`^v2\.users\.([^.?]+)\?([A-Za-z]+(?:&[A-Za-z]+)*)$`, 'each round starts with "&"'],
]);

const parser = new RegExpParser();

/** Whether an unbounded repetition sits inside another unbounded one (what makes backtracking exponential). */
function nestsUnbounded(pattern: RegExp): boolean {
  const ast = parser.parseLiteral(`/${pattern.source}/${pattern.flags}`);
  let depth = 0;
  let nested = false;
  visitRegExpAST(ast, {
    onQuantifierEnter: (node) => {
      if (node.max !== Number.POSITIVE_INFINITY) return;
      depth++;
      if (depth > 1) nested = true;
    },
    onQuantifierLeave: (node) => {
      if (node.max === Number.POSITIVE_INFINITY) depth--;
    },
  });
  return nested;
}

/**
 * The checker's verdict: safe-regex2's star height (without its cap on the number of repetitions), and
 * where it refuses (it counts `{2}` and `?` as stars, and cannot parse a lookbehind), the same question
 * asked of unbounded repetitions only, on a full ECMAScript parse; reviewed nestings are named above.
 */
export const checkerSaysSafe = (pattern: RegExp): boolean =>
  safeRegex(pattern, { limit: Number.POSITIVE_INFINITY }) ||
  !nestsUnbounded(pattern) ||
  REVIEWED_NESTING.has(pattern.source);

/**
 * Files whose patterns only ever see a bounded slice of the text, with that bound and why: their patterns
 * run over the adversarial inputs cut to the bound (a polynomial pattern on 64 characters is harmless; on
 * 100 KB it is not, so any use on unbounded text must not live in these files).
 */
const BOUNDED_ORIGINS = new Map<string, number>([
  // The context rules read at most BEFORE_WINDOW (32) characters before a run and AFTER_WINDOW (16) after it;
  // the run's own shapes are anchored at both ends with bounded repetitions.
  ['electron/core/phone/not-a-number.ts', 256],
  // The list joins are tested only on text between two runs of at most MAX_JOIN_LENGTH (12) characters.
  ['electron/core/phone/shorthand-list.ts', 256],
]);

/** The inputs a pattern is run over: the 100 KB texts, or those cut to the bound its file keeps to. */
export function inputsFor(found: FoundPattern, inputs: string[]): string[] {
  const bound = BOUNDED_ORIGINS.get(found.origin);
  return bound === undefined ? inputs : inputs.map((input) => `${input.slice(0, bound)}\u0000!`);
}

/** Runs a pattern once over each input, from the start to its end (no match stops it early on these inputs). */
export function runOver(pattern: RegExp, inputs: string[]): number {
  const once = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''));
  let matched = 0;
  for (const input of inputs) if (once.exec(input)) matched++;
  return matched;
}
