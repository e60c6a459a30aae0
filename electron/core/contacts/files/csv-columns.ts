import { foldWord } from '../fold.js';

/** What a CSV column holds, from its header in any of several languages. */
export type Column =
  | { kind: 'name' | 'first' | 'middle' | 'last' | 'organization' | 'title' | 'email' | 'ignore' }
  | { kind: 'phone'; label: string; group?: string }
  | { kind: 'phoneType'; group: string };

// The patterns read headers folded: lower case, no accents, no spaces or punctuation ("E-mail 1 - Value" is
// "email1value"). Names, e-mails and companies match a whole header or its end, and a number column needs a
// phone word ("number" alone or after Work, Home…), so that a word inside another header ("Name Prefix",
// "E-mail 1 - Label", "Organizational ID Number") does not make it a name, an e-mail, a company or a number.

/** Numbers that are not for a voice call: fax, pager, telex, text telephone. */
const NOT_VOICE = /fax|telecopie|pager|piepser|telex|tty|tdd|horbehindert/;
/**
 * Columns whose headers hold a word softdial reads but which hold something else: another person's number
 * (an assistant's, a manager's, the company switchboard that colleagues share, which would merge them into
 * one contact), or the name spelled out for pronouncing ("Phonetic First Name", "Yomi First Name").
 */
const IGNORE = new RegExp(
  `${NOT_VOICE.source}|assist|manager|vorgesetzt|companymain|telefonfirma|telephonesociete|phonetic|yomi`,
);
const PHONE_TYPE = /^(?:phone|tel|telephone|telefon|telefono)(\d+)(?:type|typ|label)$/;
const PHONE_GROUP = /^(?:phone|tel|telephone|telefon|telefono)(\d+)(?:value|wert|valeur|valor|number|nummer|numero)?$/;
const PHONE =
  /phone|^tel|tel$|telef|rufnummer|mobil|handy|cell|portable|movil|celular|gsm|^(?:(?:work|business|office|home|bureau|arbeit|privat|main)(?:number|nummer|numero)?|number|nummer|numero)$/;
const MOBILE = /mobil|handy|cell|portable|movil|celular|gsm/;
const HOME = /home|privat|domicile|casa|maison|personal/;
const WORK = /work|business|office|buro|bureau|geschaft|dienst|trabajo|travail|arbeit|company|firma|main/;
const EMAIL =
  /^(?:primary|secondary|work|business|home|private|personal|other|adresse|direccionde|indirizzo)?(?:e?mail|courriel|correo(?:electronico)?)\d*(?:address|adresse|value|wert|valeur|valor)?\d*$/;
const MIDDLE = /(?:middle|additional|second)name$|^middle$|weiterevornamen|deuxiemeprenom|segundonombre/;
const FIRST = /(?:first|given|fore)name$|vorname$|prenom$|nombredepila$|voornaam$|^(?:first|given)$/;
const LAST = /(?:last|sur|family)name$|nachname$|nomdefamille$|apellidos?$|cognome$|achternaam$|^(?:last|family)$/;
const ORGANIZATION =
  /(?:company|organi[sz]ation|firma|firmenname|unternehmen|societe|entreprise|empresa|azienda)\d*(?:name)?$|^(?:org|accountname)$/;
/** A bare "Title": a job title, unless a job title column is there too (Outlook's "Title" is "Mr.", "Dr."). */
const HONORIFIC = /^(?:title|titre)$/;
const TITLE = /title$|position|titre|fonction|puesto|funktion|beruf|cargo|^role$/;
const NAME =
  /^(?:(?:full|display|contact|complete|customer|client|person)?name|nom|nomcomplet|nombre|nombrecompleto|nome|nomecompleto|naam|volledigenaam|vollstandigername|contact|contactperson|person|ansprechpartner)$/;

/** A header folded for the patterns above. */
const foldHeader = (header: string): string => foldWord(header.replace(/[^\p{L}\p{N}]/gu, ''));

/** The label of a phone column: Mobile, Home, Work or Phone. */
function phoneLabel(text: string): string {
  const folded = foldHeader(text);
  if (MOBILE.test(folded)) return 'Mobile';
  if (HOME.test(folded)) return 'Home';
  if (WORK.test(folded)) return 'Work';
  return 'Phone';
}

/** The label of a number from the type written next to it ("Work Fax", "* Mobile"), or undefined for a fax or pager. */
export function voiceLabel(type: string): string | undefined {
  return NOT_VOICE.test(foldHeader(type)) ? undefined : phoneLabel(type);
}

/** What a header cell names, or undefined when it is not a header softdial knows. */
function classifyHeader(header: string): Column | undefined {
  const folded = foldHeader(header);
  if (folded === '') return undefined;
  if (IGNORE.test(folded)) return { kind: 'ignore' };
  const type = PHONE_TYPE.exec(folded);
  if (type?.[1]) return { kind: 'phoneType', group: type[1] };
  const group = PHONE_GROUP.exec(folded);
  if (group?.[1]) return { kind: 'phone', label: 'Phone', group: group[1] };
  if (EMAIL.test(folded)) return { kind: 'email' };
  if (PHONE.test(folded)) return { kind: 'phone', label: phoneLabel(header) };
  if (MIDDLE.test(folded)) return { kind: 'middle' };
  if (FIRST.test(folded)) return { kind: 'first' };
  if (LAST.test(folded)) return { kind: 'last' };
  if (ORGANIZATION.test(folded)) return { kind: 'organization' };
  if (TITLE.test(folded)) return { kind: 'title' };
  if (NAME.test(folded)) return { kind: 'name' };
  return undefined;
}

/** What each header of a header line names; a bare "Title" is left out where a job title column is there too. */
export function classifyHeaders(headers: readonly string[]): (Column | undefined)[] {
  const columns = headers.map(classifyHeader);
  const honorific = headers.map((header) => HONORIFIC.test(foldHeader(header)));
  const jobTitle = columns.some((column, index) => column?.kind === 'title' && !honorific[index]);
  return jobTitle ? columns.map((column, index) => (honorific[index] ? { kind: 'ignore' } : column)) : columns;
}

const DIGITS = /\d/g;

/** Whether a cell looks like a phone number (enough digits), which a header cell never does. */
export const looksLikeNumber = (cell: string): boolean => (cell.match(DIGITS)?.length ?? 0) >= 5;

/** The columns of a file without a header, guessed from its first rows: numbers where most cells are numbers, the first other column the name. */
export function guessColumns(rows: string[][]): Column[] {
  const width = Math.max(0, ...rows.map((row) => row.length));
  const columns: Column[] = [];
  let named = false;
  for (let index = 0; index < width; index++) {
    const cells = rows.map((row) => row[index] ?? '').filter((cell) => cell !== '');
    const numeric = cells.filter(looksLikeNumber).length;
    if (cells.length > 0 && numeric * 2 >= cells.length) columns.push({ kind: 'phone', label: 'Phone' });
    else if (!named && cells.length > 0) {
      columns.push({ kind: 'name' });
      named = true;
    } else columns.push({ kind: 'ignore' });
  }
  return columns;
}
