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

const QUOTED_PRINTABLE = /ENCODING=(?:QUOTED-PRINTABLE|QP)/i;

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
    quoted = QUOTED_PRINTABLE.test(head);
  };
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const parts = lines.at(-1)?.parts;
    const end = parts?.at(-1) ?? '';
    if (parts && (raw.startsWith(' ') || raw.startsWith('\t'))) {
      if (raw.length > 1) parts.push(raw.slice(1));
      extend(raw.slice(1));
    } else if (parts && quoted && end.endsWith('=')) {
      parts.splice(-1, 1, ...(end.length > 1 ? [end.slice(0, -1)] : []));
      if (raw) parts.push(raw);
    } else if (raw.trim() !== '') {
      lines.push({ line: index + 1, parts: [raw] });
      [head, named, quoted] = ['', false, false];
      extend(raw);
    }
  });
  return lines.map(({ line, parts }) => ({ line, text: parts.join('') }));
}

/** Parameters: `TYPE=work,voice`, repeated `TYPE=…`, quoted lists, and vCard 2.1's bare `WORK;CELL`. */
function parseParams(text: string): Map<string, string[]> {
  const params = new Map<string, string[]>();
  for (const part of text.split(';').filter(Boolean)) {
    const [key, value] = part.includes('=')
      ? [part.slice(0, part.indexOf('=')), part.slice(part.indexOf('=') + 1)]
      : ['TYPE', part];
    const name = key.trim().toUpperCase();
    const values = value
      .replace(/^"|"$/g, '')
      .split(',')
      .map((item) => item.trim().toLowerCase())
      .filter(Boolean);
    params.set(name, [...(params.get(name) ?? []), ...values]);
  }
  return params;
}

/** Decodes a quoted-printable value in its charset. */
function decodeQuotedPrintable(value: string, charset: string): string {
  const bytes: number[] = [];
  for (let at = 0; at < value.length; at++) {
    const hex = value.slice(at + 1, at + 3);
    if (value[at] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      at += 2;
    } else bytes.push(value.charCodeAt(at) & 0xff);
  }
  const buffer = Buffer.from(bytes);
  return iconv.encodingExists(charset) ? iconv.decode(buffer, charset) : buffer.toString('utf8');
}

/** Undoes vCard text escapes (\, \; \n \\). */
const unescape = (value: string): string =>
  value.replace(/\\([,;\\nN])/g, (_, char: string) => (char === 'n' || char === 'N' ? '\n' : char));

/** The components of a structured value (N, ORG), split on unescaped semicolons. */
const components = (value: string): string[] => value.split(/(?<!\\);/).map(unescape);

function property(line: { line: number; text: string }): Property | undefined {
  const match = PROPERTY.exec(line.text);
  if (!match) return undefined;
  const params = parseParams(match[2] ?? '');
  const encoding = params.get('ENCODING')?.[0];
  const charset = params.get('CHARSET')?.[0] ?? 'utf-8';
  const raw = match[3] ?? '';
  return {
    line: line.line,
    name: (match[1] ?? '').toUpperCase(),
    params,
    value: encoding === 'quoted-printable' || encoding === 'qp' ? decodeQuotedPrintable(raw, charset) : raw,
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
