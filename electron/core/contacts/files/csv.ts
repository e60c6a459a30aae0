import { parse } from 'csv-parse/sync';
import { assertNever } from '../../../shared/assert-never.js';
import { classifyHeader, guessColumns, looksLikeNumber, phoneLabel } from './csv-columns.js';
import type { Column } from './csv-columns.js';
import type { ContactRecord, ReadRecords, RefusedRecord } from './records.js';

const SEPARATORS = [',', ';', '\t', '|'] as const;
const SEPARATOR_NAMES: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'bar' };
/** Several numbers in one cell: Google's " ::: ", new lines, or " / ". */
const CELL_NUMBERS = /\s*(?::::|\n|\s\/\s)\s*/;

/** The separator of a CSV text: the candidate found most consistently in its first lines (outside quotes). */
export function detectSeparator(text: string): string {
  const lines = text
    .slice(0, 16_384)
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .slice(0, 10)
    .map((line) => line.replace(/"[^"]*"/g, ''));
  let best: string = ',';
  let bestScore = 0;
  for (const separator of SEPARATORS) {
    const counts = lines.map((line) => line.split(separator).length - 1);
    const score = counts.length > 0 ? Math.min(...counts) * 1000 + counts.filter((count) => count > 0).length : 0;
    if (score > bestScore) {
      best = separator;
      bestScore = score;
    }
  }
  return best;
}

interface Row {
  line: number;
  cells: string[];
}

/**
 * Parses CSV rows with csv-parse. A stray quote makes a parser swallow the following lines into one
 * field; such a record is split back into its lines: the first is refused (unclosed quote), the others
 * are read on their own.
 */
function parseRows(text: string, delimiter: string, refused: RefusedRecord[], offset = 0): Row[] {
  const quote = { unclosedAtEnd: false };
  const parsed = parse(text, {
    delimiter,
    bom: true,
    info: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_records_with_error: true,
    on_skip: (error) => {
      if (error?.code === 'CSV_QUOTE_NOT_CLOSED') quote.unclosedAtEnd = true;
      else
        refused.push({
          line: offset + Number(error?.lines ?? 0),
          reason: `Unreadable CSV (${error?.message ?? 'malformed line'}).`,
        });
      return undefined;
    },
  }) as unknown as { record: string[]; info: { lines: number } }[];
  const rows: Row[] = [];
  let physical: string[] | undefined;
  const lines = (): string[] => (physical ??= text.split(/\r?\n/));
  const unclosed = (line: number): void => {
    refused.push({ line: offset + line, reason: 'A quote (") is opened and never closed on this line.' });
  };
  let previousEnd = 0;
  for (const { record, info } of parsed) {
    const start = previousEnd + 1;
    previousEnd = info.lines;
    if (info.lines > start && record.some((cell) => cell.includes('\n') && cell.includes(delimiter))) {
      unclosed(start);
      for (const row of parseRows(lines().slice(start, info.lines).join('\n'), delimiter, refused, offset + start))
        rows.push(row);
      continue;
    }
    rows.push({ line: offset + start, cells: record });
  }
  if (quote.unclosedAtEnd) {
    const start = previousEnd + 1;
    unclosed(start);
    // Row by row: the rest of a large file is too many rows for push(...spread).
    for (const row of parseRows(lines().slice(start).join('\n'), delimiter, refused, offset + start)) rows.push(row);
  }
  return rows.filter((row) => row.cells.some((cell) => cell.trim() !== ''));
}

/** A carriage return that does not end a Windows line: the text uses old Mac line ends somewhere. */
const LONE_CR = /\r(?!\n)/;

/** Rows handed out one at a time (undefined at the end): a plain function, cheaper per row than a generator. */
type RowCursor = () => Row | undefined;

/** A cursor over rows already parsed. */
function cursorOver(rows: readonly Row[]): RowCursor {
  let next = 0;
  // Never read past the end: V8 looks such a read up the prototype chain, and the records ask on every row.
  return () => (next < rows.length ? rows[next++] : undefined);
}

/**
 * Rows of CSV text without any quote: nothing to unescape, so cutting at the separators reads it exactly
 * (about twice as fast as split()). Rows are made as they are taken, so a large file never holds all its
 * rows at once.
 */
function lineCursor(text: string, delimiter: string): RowCursor {
  const lines = LONE_CR.test(text) ? text.replace(/\r\n?/g, '\n') : text;
  let start = lines.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 0;
  return () => {
    while (start < lines.length) {
      line++;
      const newline = lines.indexOf('\n', start);
      const end = newline === -1 ? lines.length : newline;
      const stop = end > start && lines.charCodeAt(end - 1) === 13 ? end - 1 : end;
      const from = start;
      start = end + 1;
      if (!isBlank(lines, from, stop)) return { line, cells: cellsOf(lines.slice(from, stop), delimiter) };
    }
    return undefined;
  };
}

/** Whether text[start, stop) holds only white space; most lines start with a printable letter and are not. */
function isBlank(text: string, start: number, stop: number): boolean {
  const first = text.charCodeAt(start);
  return !(first > 32 && first < 127) && text.slice(start, stop).trim() === '';
}

/** The cells of one line, cut at each separator (searching the line only, never the text after it). */
function cellsOf(line: string, delimiter: string): string[] {
  const cells: string[] = [];
  let from = 0;
  for (let at = line.indexOf(delimiter); at !== -1; at = line.indexOf(delimiter, from)) {
    cells.push(line.slice(from, at));
    from = at + delimiter.length;
  }
  cells.push(line.slice(from));
  return cells;
}

type PartKind = Exclude<Column['kind'], 'phone' | 'phoneType' | 'ignore'>;

/** Which cells of a row hold what, worked out once per file so that each row is read without searching. */
interface RowPlan {
  phones: { index: number; label: string; typeIndex?: number }[];
  /** The columns of each part, in file order (the first non-empty one is taken). */
  parts: Record<PartKind, number[]>;
}

/** The plan of a file's columns: phone cells (with the cell that types each group) and the name parts. */
function planOf(columns: Column[]): RowPlan {
  const typeIndex = new Map<string, number>();
  columns.forEach((column, index) => {
    if (column.kind === 'phoneType') typeIndex.set(column.group, index);
  });
  const plan: RowPlan = {
    phones: [],
    parts: { name: [], first: [], middle: [], last: [], organization: [], title: [], email: [] },
  };
  columns.forEach((column, index) => {
    switch (column.kind) {
      case 'phone': {
        const type = column.group === undefined ? undefined : typeIndex.get(column.group);
        plan.phones.push({ index, label: column.label, ...(type === undefined ? {} : { typeIndex: type }) });
        return;
      }
      case 'phoneType':
      case 'ignore':
        return;
      case 'name':
      case 'first':
      case 'middle':
      case 'last':
      case 'organization':
      case 'title':
      case 'email':
        plan.parts[column.kind].push(index);
        return;
      default:
        assertNever(column);
    }
  });
  return plan;
}

/** Whether a cell may hold several numbers (see CELL_NUMBERS); most hold one and are not split. */
const SEVERAL_NUMBERS = /:::|\n|\s\/\s/;

/** The first non-empty cell of these columns, trimmed. */
function firstCell(cells: readonly string[], columns: readonly number[]): string | undefined {
  for (const index of columns) {
    const cell = cells[index]?.trim();
    if (cell) return cell;
  }
  return undefined;
}

/** The record of one row, or why it is refused. */
function recordOf(row: Row, plan: RowPlan): ContactRecord | RefusedRecord {
  const { cells } = row;
  const numbers: ContactRecord['numbers'] = [];
  for (const phone of plan.phones) {
    const cell = cells[phone.index]?.trim();
    if (!cell) continue;
    const type = phone.typeIndex === undefined ? undefined : cells[phone.typeIndex]?.trim();
    const label = type ? phoneLabel(type) : phone.label;
    if (!SEVERAL_NUMBERS.test(cell)) numbers.push({ label, raw: cell });
    else for (const raw of cell.split(CELL_NUMBERS)) if (raw !== '') numbers.push({ label, raw });
  }
  const { parts } = plan;
  const full = firstCell(cells, parts.name);
  const first = firstCell(cells, parts.first);
  const middle = firstCell(cells, parts.middle);
  const last = firstCell(cells, parts.last);
  const organization = firstCell(cells, parts.organization);
  const name =
    full && (!last || full.includes(last))
      ? full
      : full && last
        ? `${full} ${last}`
        : [first, middle, last].filter(Boolean).join(' ') || organization || '';
  if (numbers.length === 0)
    return { line: row.line, reason: name ? `${name} has no phone number.` : 'The line has no name and no number.' };
  const record: ContactRecord = { line: row.line, name: name || (numbers[0]?.raw ?? ''), numbers };
  if (organization) record.organization = organization;
  const title = firstCell(cells, parts.title);
  if (title) record.title = title;
  const email = firstCell(cells, parts.email);
  if (email) record.email = email;
  return record;
}

/**
 * The records of the rows (the head already taken, then the rest of the cursor), refusals kept aside as they
 * come. Read once, as they are taken.
 */
function recordsOf(
  head: readonly Row[],
  rest: RowCursor,
  plan: RowPlan,
  refused: RefusedRecord[],
): Iterable<ContactRecord> {
  const rows = cursorOver(head);
  const next = (): IteratorResult<ContactRecord> => {
    for (let row = rows() ?? rest(); row !== undefined; row = rows() ?? rest()) {
      const record = recordOf(row, plan);
      if (!('reason' in record)) return { done: false, value: record };
      refused.push(record);
    }
    return { done: true, value: undefined };
  };
  return { [Symbol.iterator]: () => ({ next }) };
}

/** How many rows a file without a header shows before its columns are guessed. */
const GUESS_ROWS = 20;

/**
 * Reads contacts from CSV text: separator and header detected (several languages), or columns guessed.
 * The records are read as they are taken, so `refused` is complete once they all have been.
 */
export function readCsv(text: string): ReadRecords {
  const separator = detectSeparator(text);
  const refused: RefusedRecord[] = [];
  const rows = text.includes('"') ? cursorOver(parseRows(text, separator, refused)) : lineCursor(text, separator);
  const head: Row[] = [];
  while (head.length < GUESS_ROWS) {
    const row = rows();
    if (row === undefined) break;
    head.push(row);
  }
  const first = head[0];
  const headerColumns = first?.cells.map(classifyHeader) ?? [];
  const isHeader =
    first !== undefined &&
    headerColumns.some((column) => column !== undefined) &&
    !first.cells.some((cell) => looksLikeNumber(cell));
  const columns: Column[] = isHeader
    ? headerColumns.map((column) => column ?? { kind: 'ignore' })
    : guessColumns(head.map((row) => row.cells));
  if (isHeader && !columns.some((column) => column.kind === 'phone'))
    refused.push({ line: first.line, reason: 'No column holds phone numbers (looked for Phone, Mobile, Work, Tel…).' });
  const plan = planOf(columns);
  return {
    records: recordsOf(isHeader ? head.slice(1) : head, rows, plan, refused),
    refused,
    separator: SEPARATOR_NAMES[separator] ?? separator,
  };
}
