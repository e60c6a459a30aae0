import { unguarded } from './formula-guard.js';
import { assertNever } from '../../../shared/assert-never.js';
import { classifyHeaders, guessColumns, looksLikeNumber, voiceLabel } from './csv-columns.js';
import type { Column } from './csv-columns.js';
import type { ContactRecord, ReadRecords, RefusedRecord } from './records.js';

const SEPARATORS = [',', ';', '\t', '|'] as const;
const SEPARATOR_NAMES: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'bar' };
/** Several numbers in one cell: Google's " ::: ", new lines, or " / ". */
/** (Starts at the first space of a run only: from every space of a long run it took quadratic time.) */
const CELL_NUMBERS = /(?<!\s)\s*(?::::|\n|\s\/\s)\s*/;

/** The separator of a CSV text: the candidate found most consistently in its first lines (outside quotes). */
export function detectSeparator(text: string): string {
  // Quoted cells out first: one that spans lines would otherwise leave half a cell on each.
  const lines = text
    .slice(0, 16_384)
    .replace(/"[^"]*"/g, '')
    .split(/\r\n|\r|\n/)
    .filter((line) => line.trim() !== '')
    .slice(0, 10);
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

const QUOTE = 34;
const CR = 13;
const LF = 10;
const UNCLOSED = 'A quote (") is opened and never closed on this line.';
/** No character has this code: a cell read with it ends only at a line end, so it is the whole line. */
const NO_SEPARATOR = -1;

/** Where the line end at text[at] (CR LF, LF or CR) stops; `at` itself when there is none. */
function afterLineEnd(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code === LF) return at + 1;
  if (code === CR) return text.charCodeAt(at + 1) === LF ? at + 2 : at + 1;
  return at;
}

/** How many lines end in text[from, to): CR LF is one line end, a lone CR or LF is one. */
function lineEnds(text: string, from: number, to: number): number {
  let count = 0;
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at);
    if (code === LF || (code === CR && text.charCodeAt(at + 1) !== LF)) count++;
  }
  return count;
}

/** Where the unquoted cell starting at text[from] ends: at the separator, a line end or the end of the text. */
function unquotedEnd(text: string, from: number, separator: number): number {
  let at = from;
  for (let code = text.charCodeAt(at); at < text.length; code = text.charCodeAt(++at))
    if (code === separator || code === LF || code === CR) break;
  return at;
}

/**
 * The quoted cell starting at text[from] (a quote): its text and where it stops, or undefined when no quote
 * closes it where a cell may end (before a separator, a line end or the end of the text).
 */
function quotedCell(text: string, from: number, separator: number): { cell: string; end: number } | undefined {
  let cell = '';
  for (let start = from + 1; ;) {
    const close = text.indexOf('"', start);
    if (close === -1) return undefined;
    cell += text.slice(start, close);
    const after = text.charCodeAt(close + 1);
    if (after === QUOTE) {
      cell += '"';
      start = close + 2;
      continue;
    }
    const ends = close + 1 === text.length || after === separator || after === LF || after === CR;
    return ends ? { cell, end: close + 1 } : undefined;
  }
}

/**
 * The record starting at text[from]: its cells and where the next one starts, or where reading it stopped when
 * a quote in it is never closed. A quoted cell may span lines. A cell quoted only in part ("Smith" Jr) is
 * taken as written, quotes included, as a quote inside an unquoted cell is, when the line holds it all.
 */
function recordAt(text: string, from: number, separator: number): { cells: string[]; next: number } | { stop: number } {
  const cells: string[] = [];
  for (let at = from; ;) {
    const quoted = text.charCodeAt(at) === QUOTE ? quotedCell(text, at, separator) : undefined;
    const end = quoted?.end ?? unquotedEnd(text, at, separator);
    // An opening quote that no other quote on its line answers: what follows cannot be told apart.
    if (quoted === undefined && text.charCodeAt(at) === QUOTE && text.lastIndexOf('"', end - 1) === at)
      return { stop: end };
    cells.push(quoted?.cell ?? text.slice(at, end));
    if (text.charCodeAt(end) !== separator) return { cells, next: afterLineEnd(text, end) };
    at = end + 1;
  }
}

/**
 * Whether a record that spans lines holds whole lines of other records (a stray quote whose cell ran on to a
 * later quote): some line after its first holds as many separators as a row has. A cell that really spans
 * lines (an address) holds fewer.
 */
function runsOverRows(text: string, from: number, next: number, separator: number, width: number): boolean {
  if (width < 2) return false;
  let separators = 0;
  let inner = false;
  for (let at = from; at < next; at++) {
    const code = text.charCodeAt(at);
    if (code === LF || code === CR) {
      inner = true;
      separators = 0;
    } else if (inner && code === separator && ++separators >= width - 1) return true;
  }
  return false;
}

/**
 * Rows of CSV text with quotes, made as they are taken. A quoted cell may span lines. Where a quote is never
 * closed, or its cell ran on over whole lines of other records, that one line is refused with the reason and
 * the lines the cell ran over are read as written, without quotes: every line is read or refused with its
 * number, and each is read at most twice, so the work stays in proportion to the text. The text's first line
 * is line `firstLine` of the file.
 */
function quotedCursor(text: string, separator: string, refused: RefusedRecord[], firstLine: number): RowCursor {
  const code = separator.charCodeAt(0);
  let at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = firstLine;
  /** The lines before this point were run over by a stray quote's cell: they are read as written. */
  let plainUntil = 0;
  /** How many cells the first row has (the header's): a line with that many is a row, not part of a cell. */
  let width = 0;
  return () => {
    while (at < text.length) {
      const from = at;
      if (from < plainUntil) {
        const end = unquotedEnd(text, from, NO_SEPARATOR);
        at = afterLineEnd(text, end);
        const row = { line: line++, cells: cellsOf(text.slice(from, end), separator) };
        if (row.cells.some((cell) => cell.trim() !== '')) return row;
        continue;
      }
      const record = recordAt(text, from, code);
      if ('stop' in record || runsOverRows(text, from, record.next, code, width)) {
        refused.push({ line, reason: UNCLOSED });
        at = afterLineEnd(text, unquotedEnd(text, from, NO_SEPARATOR));
        plainUntil = 'stop' in record ? record.stop : record.next;
        line++;
        continue;
      }
      const row = { line, cells: record.cells };
      width ||= row.cells.length;
      line += lineEnds(text, from, record.next);
      at = record.next;
      if (row.cells.some((cell) => cell.trim() !== '')) return row;
    }
    return undefined;
  };
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
 * rows at once. The text's first line is line `firstLine` of the file.
 */
function lineCursor(text: string, delimiter: string, firstLine: number): RowCursor {
  const lines = LONE_CR.test(text) ? text.replace(/\r\n?/g, '\n') : text;
  let start = lines.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = firstLine - 1;
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

/** The first non-empty cell of these columns, trimmed, without the ' an export guarded a formula-like text with. */
function firstCell(cells: readonly string[], columns: readonly number[]): string | undefined {
  for (const index of columns) {
    const cell = cells[index]?.trim();
    if (cell) return unguarded(cell);
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
    const label = type ? voiceLabel(type) : phone.label;
    if (label === undefined) continue;
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

/** Excel's first line "sep=;": the file's separator, said rather than guessed; the line holds no contact. */
const SEPARATOR_LINE = /^\ufeff?sep=([^"\r\n])(?:\r\n|\r|\n|$)/i;

/** How many rows a file without a header shows before its columns are guessed. */
const GUESS_ROWS = 20;

/**
 * Reads contacts from CSV text: separator and header detected (several languages), or columns guessed.
 * The records are read as they are taken, so `refused` is complete once they all have been.
 */
export function readCsv(text: string): ReadRecords {
  const said = SEPARATOR_LINE.exec(text);
  const body = said ? text.slice(said[0].length) : text;
  const firstLine = said ? 2 : 1;
  const separator = said?.[1] ?? detectSeparator(body);
  const refused: RefusedRecord[] = [];
  const rows = body.includes('"')
    ? quotedCursor(body, separator, refused, firstLine)
    : lineCursor(body, separator, firstLine);
  const head: Row[] = [];
  while (head.length < GUESS_ROWS) {
    const row = rows();
    if (row === undefined) break;
    head.push(row);
  }
  const first = head[0];
  const headerColumns = first ? classifyHeaders(first.cells) : [];
  // A header names at least one column softdial reads: a row that merely mentions a fax is a contact.
  const isHeader =
    first !== undefined &&
    headerColumns.some((column) => column !== undefined && column.kind !== 'ignore') &&
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
