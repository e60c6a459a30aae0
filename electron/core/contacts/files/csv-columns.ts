import { foldWord } from '../fold.js';

/** What a CSV column holds, from its header in any of several languages. */
export type Column =
  | { kind: 'name' | 'first' | 'middle' | 'last' | 'organization' | 'title' | 'email' | 'ignore' }
  | { kind: 'phone'; label: string; group?: string }
  | { kind: 'phoneType'; group: string };

const IGNORE = /fax|telefax/;
const PHONE_TYPE = /^(?:phone|tel|telephone|telefon|telefono)(\d+)(?:type|typ|label)$/;
const PHONE_GROUP = /^(?:phone|tel|telephone|telefon|telefono)(\d+)(?:value|wert|valeur|valor|number|nummer|numero)?$/;
const PHONE =
  /phone|^tel|tel$|telef|mobil|handy|cell|portable|movil|celular|gsm|numero|nummer|number|^(?:work|business|office|home|bureau|arbeit|privat|main)$/;
const MOBILE = /mobil|handy|cell|portable|movil|celular|gsm/;
const HOME = /home|privat|domicile|casa|maison|personal/;
const WORK = /work|business|office|buro|bureau|geschaft|dienst|trabajo|travail|arbeit|company|firma|main/;
const EMAIL = /e?mail|courriel|correo/;
const FIRST = /firstname|givenname|vorname|prenom|forename|nombredepila|^first$|^given$/;
const MIDDLE = /middlename|additionalname|secondname|^middle$/;
const LAST = /lastname|surname|familyname|nachname|nomdefamille|apellido|cognome|achternaam|^last$|^family$/;
const ORGANIZATION = /company|organi[sz]ation|firma|unternehmen|societe|entreprise|empresa|azienda|^org$/;
const TITLE = /jobtitle|^title$|position|titre|puesto|funktion|beruf|cargo|^role$/;
const NAME = /name|^nom$|nombre|^nome$|naam|contact|^person$/;

/** The label of a phone column: Mobile, Home, Work or Phone. */
export function phoneLabel(text: string): string {
  const folded = foldWord(text.replace(/[^\p{L}\p{N}]/gu, ''));
  if (MOBILE.test(folded)) return 'Mobile';
  if (HOME.test(folded)) return 'Home';
  if (WORK.test(folded)) return 'Work';
  return 'Phone';
}

/** What a header cell names, or undefined when it is not a header softdial knows. */
export function classifyHeader(header: string): Column | undefined {
  const folded = foldWord(header.replace(/[^\p{L}\p{N}]/gu, ''));
  if (folded === '') return undefined;
  if (IGNORE.test(folded)) return { kind: 'ignore' };
  const type = PHONE_TYPE.exec(folded);
  if (type?.[1]) return { kind: 'phoneType', group: type[1] };
  const group = PHONE_GROUP.exec(folded);
  if (group?.[1]) return { kind: 'phone', label: 'Phone', group: group[1] };
  if (EMAIL.test(folded) && !PHONE.test(folded)) return { kind: 'email' };
  if (PHONE.test(folded)) return { kind: 'phone', label: phoneLabel(header) };
  if (FIRST.test(folded)) return { kind: 'first' };
  if (MIDDLE.test(folded)) return { kind: 'middle' };
  if (LAST.test(folded)) return { kind: 'last' };
  if (ORGANIZATION.test(folded)) return { kind: 'organization' };
  if (TITLE.test(folded)) return { kind: 'title' };
  if (NAME.test(folded)) return { kind: 'name' };
  return undefined;
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
