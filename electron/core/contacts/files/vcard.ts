import iconv from 'iconv-lite';
import type { ContactRecord, ReadRecords } from './records.js';

/** One content line of a vCard, unfolded, with the physical line it started on. */
interface Property {
  line: number;
  name: string;
  params: Map<string, string[]>;
  value: string;
}

const PROPERTY = /^(?:[\w-]+\.)?([\w-]+)((?:;[^:]*)?):(.*)$/s;

/** vCard 2.1's bare parameter values that are not types: `;QUOTED-PRINTABLE` is `ENCODING=…`, `;URL` is `VALUE=…`. */
const BARE = new Map<string, string>([
  ...['quoted-printable', 'base64', '7bit', '8bit'].map((value): [string, string] => [value, 'ENCODING']),
  ...['inline', 'url', 'content-id', 'cid'].map((value): [string, string] => [value, 'VALUE']),
]);

/** Whether a line's value is quoted-printable, however its parameters say so. */
const isQuotedPrintable = (params: Map<string, string[]>): boolean =>
  (params.get('ENCODING') ?? []).some((value) => value === 'quoted-printable' || value === 'qp');

/** A quoted-printable soft line break: `=` ending a line (trailing blanks some writers leave included). */
const SOFT_BREAK = /=[ \t]*$/;

/**
 * Unfolds content lines (RFC 6350 §3.2: a line break followed by a space or tab continues the line) and
 * vCard 2.1's quoted-printable soft breaks (a value ending in `=`), in time linear in the text: each line
 * is kept as parts, and its name and parameters are read once, when its first colon arrives.
 */
function contentLines(text: string): { line: number; text: string }[] {
  const lines: { line: number; parts: string[] }[] = [];
  let head = '';
  let named = false;
  let quoted = false;
  const extend = (part: string): void => {
    if (named) return;
    const colon = part.indexOf(':');
    head += colon < 0 ? part : part.slice(0, colon);
    if (colon < 0) return;
    named = true;
    quoted = isQuotedPrintable(parseParams(head.slice(head.indexOf(';') + 1 || head.length)));
  };
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const parts = lines.at(-1)?.parts;
    const end = parts?.at(-1) ?? '';
    if (parts && quoted && SOFT_BREAK.test(end)) {
      const kept = end.replace(SOFT_BREAK, '');
      parts.splice(-1, 1, ...(kept ? [kept] : []));
      if (raw) parts.push(raw);
    } else if (parts && (raw.startsWith(' ') || raw.startsWith('\t'))) {
      if (raw.length > 1) parts.push(raw.slice(1));
      extend(raw.slice(1));
    } else if (raw.trim() !== '') {
      lines.push({ line: index + 1, parts: [raw] });
      [head, named, quoted] = ['', false, false];
      extend(raw);
    }
  });
  return lines.map(({ line, parts }) => ({ line, text: parts.join('') }));
}

/**
 * Parameters: `TYPE=work,voice`, repeated `TYPE=…`, quoted lists, and vCard 2.1's bare values: types
 * (`WORK;CELL`), encodings (`QUOTED-PRINTABLE`, `BASE64`) and value kinds (`URL`).
 */
function parseParams(text: string): Map<string, string[]> {
  const params = new Map<string, string[]>();
  for (const part of text.split(';').filter(Boolean)) {
    const bare = part.trim().toLowerCase();
    const [key, value] = part.includes('=')
      ? [part.slice(0, part.indexOf('=')), part.slice(part.indexOf('=') + 1)]
      : [BARE.get(bare) ?? 'TYPE', bare];
    const name = key.trim().toUpperCase();
    const values = value
      .replace(/^"|"$/g, '')
      .split(',')
      .map((item) => item.trim().toLowerCase())
      .filter(Boolean);
    // Added to in place: copying the list for each repeated parameter took quadratic time.
    const known = params.get(name);
    if (known) for (const item of values) known.push(item);
    else params.set(name, values);
  }
  return params;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Bytes in the charset a value names (ISO-8859-1 read as its superset Windows-1252, as writers mean it);
 * without one, UTF-8, or Windows-1252 when they are not UTF-8 (Outlook's 2.1 cards name none).
 */
function decodeBytes(bytes: Buffer, charset: string | undefined): string {
  const named = charset && /^(iso[-_]?8859-1|latin-?1)$/.test(charset) ? 'windows-1252' : charset;
  if (named && iconv.encodingExists(named)) return iconv.decode(bytes, named);
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return iconv.decode(bytes, 'windows-1252');
  }
}

/** Decodes a quoted-printable value: each run of `=XX` bytes in its charset, other characters as written. */
const decodeQuotedPrintable = (value: string, charset: string | undefined): string =>
  value.replace(/(?:=[0-9A-Fa-f]{2})+/g, (run) => decodeBytes(Buffer.from(run.replace(/=/g, ''), 'hex'), charset));

/** Undoes vCard text escapes (\, \; \n \\). */
const unescape = (value: string): string =>
  value.replace(/\\([,;\\nN])/g, (_, char: string) => (char === 'n' || char === 'N' ? '\n' : char));

/** The components of a structured value (N, ORG), split on unescaped semicolons. */
const components = (value: string): string[] => value.split(/(?<!\\);/).map(unescape);

function property(line: { line: number; text: string }): Property | undefined {
  const match = PROPERTY.exec(line.text);
  if (!match) return undefined;
  const params = parseParams(match[2] ?? '');
  const charset = params.get('CHARSET')?.[0];
  const raw = match[3] ?? '';
  return {
    line: line.line,
    name: (match[1] ?? '').toUpperCase(),
    params,
    value: isQuotedPrintable(params) ? decodeQuotedPrintable(raw, charset) : raw,
  };
}

/** The label of a TEL from its TYPE parameters, or undefined for a fax. */
function telLabel(types: string[]): string | undefined {
  if (types.includes('fax')) return undefined;
  if (types.includes('cell') || types.includes('mobile') || types.includes('iphone')) return 'Mobile';
  if (types.includes('home')) return 'Home';
  if (types.includes('work')) return 'Work';
  if (types.includes('main')) return 'Main';
  if (types.includes('pager')) return 'Pager';
  return 'Phone';
}

/** The number of a TEL value: vCard 4.0's `tel:` URI keeps its `;ext=`, 3.0's text is taken as written. */
const telValue = (value: string): string => unescape(value.replace(/^tel:/i, '')).trim();

/** Reads contacts from vCard 3.0 and 4.0 text (2.1's bare types and quoted-printable too). */
export function readVcard(text: string): ReadRecords & { records: ContactRecord[] } {
  const records: ContactRecord[] = [];
  const refused: ReadRecords['refused'] = [];
  let card: { line: number; properties: Property[] } | undefined;
  for (const line of contentLines(text)) {
    const parsed = property(line);
    if (!parsed) {
      if (card)
        refused.push({ line: line.line, reason: 'This line is not a vCard property (NAME:value); it was skipped.' });
      continue;
    }
    if (parsed.name === 'BEGIN' && parsed.value.trim().toUpperCase() === 'VCARD') {
      if (card) refused.push({ line: card.line, reason: 'This card has no END:VCARD before the next card.' });
      card = { line: parsed.line, properties: [] };
    } else if (parsed.name === 'END' && card) {
      const record = cardRecord(card.line, card.properties);
      if ('reason' in record) refused.push(record);
      else records.push(record);
      card = undefined;
    } else card?.properties.push(parsed);
  }
  if (card) refused.push({ line: card.line, reason: 'This card has no END:VCARD (the file ends inside it).' });
  return { records, refused };
}

function cardRecord(line: number, properties: Property[]): ContactRecord | { line: number; reason: string } {
  const first = (name: string) => properties.find((candidate) => candidate.name === name);
  const n = first('N');
  const [last = '', given = '', middle = ''] = n ? components(n.value) : [];
  const organization = first('ORG') ? components(first('ORG')?.value ?? '')[0]?.trim() : undefined;
  const name =
    unescape(first('FN')?.value ?? '').trim() || [given, middle, last].filter(Boolean).join(' ').trim() || organization;
  const numbers: ContactRecord['numbers'] = [];
  for (const tel of properties.filter((candidate) => candidate.name === 'TEL')) {
    const label = telLabel(tel.params.get('TYPE') ?? []);
    const raw = telValue(tel.value);
    if (label && raw) numbers.push({ label, raw });
  }
  if (!name) return { line, reason: 'The card has no name (FN or N).' };
  if (numbers.length === 0) return { line, reason: `${name} has no phone number (TEL).` };
  const title = first('TITLE') ? unescape(first('TITLE')?.value ?? '').trim() : undefined;
  const email = first('EMAIL')?.value.trim();
  return {
    line,
    name,
    ...(organization ? { organization } : {}),
    ...(title ? { title } : {}),
    ...(email ? { email } : {}),
    numbers,
  };
}
