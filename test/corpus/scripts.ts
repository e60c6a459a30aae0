/** Decimal digit scripts people type numbers in, each by the code point of its zero. */
export const DIGIT_SCRIPTS: { name: string; zero: number }[] = [
  { name: 'Arabic-Indic', zero: 0x0660 },
  { name: 'Extended Arabic-Indic', zero: 0x06f0 },
  { name: 'Devanagari', zero: 0x0966 },
  { name: 'Bengali', zero: 0x09e6 },
  { name: 'Thai', zero: 0x0e50 },
  { name: 'Lao', zero: 0x0ed0 },
  { name: 'Myanmar', zero: 0x1040 },
  { name: 'Khmer', zero: 0x17e0 },
  { name: 'full-width', zero: 0xff10 },
];

/** The text with its ASCII digits written in another script. */
export function inScript(text: string, zero: number): string {
  return text.replace(/[0-9]/g, (digit) => String.fromCodePoint(zero + Number(digit)));
}

const FULL_WIDTH_OFFSET = 0xfee0;
/** Full-width forms of ASCII, as East Asian input methods produce them. */
export function toFullWidth(text: string): string {
  return text.replace(/[!-~]/g, (char) => String.fromCharCode(char.charCodeAt(0) + FULL_WIDTH_OFFSET));
}

/** Labels written before a number, in many languages, with the label softdial should name the number by. */
export const LABELS: { written: string; label: string }[] = [
  { written: 'Tel:', label: 'Tel' },
  { written: 'Tél. :', label: 'Tél' },
  { written: 'Téléphone :', label: 'Téléphone' },
  { written: 'Teléfono:', label: 'Teléfono' },
  { written: 'Telefone:', label: 'Telefone' },
  { written: 'Telefon:', label: 'Telefon' },
  { written: 'Телефон:', label: 'Телефон' },
  { written: 'Тел.:', label: 'Тел' },
  { written: '電話：', label: '電話' },
  { written: '전화:', label: '전화' },
  { written: 'هاتف:', label: 'هاتف' },
  { written: 'טלפון:', label: 'טלפון' },
  { written: 'Τηλ.:', label: 'Τηλ' },
  { written: 'Puhelin:', label: 'Puhelin' },
  { written: 'Mobile:', label: 'Mobile' },
  { written: 'Handy:', label: 'Handy' },
  { written: 'Cellulare:', label: 'Cellulare' },
  { written: 'Fax:', label: 'Fax' },
  { written: 'Work phone:', label: 'Work phone' },
  { written: 'M', label: 'M' },
];

/** Extension words in many languages, each as written between the number and the extension. */
export const EXTENSION_WORDS: string[] = [
  ' ext. ',
  ' x',
  ' poste ',
  ' ramal ',
  ' anexo ',
  ' interno ',
  ' доб. ',
  ' Durchwahl ',
  ' App. ',
  ' int. ',
  ' toestel ',
  ' tst. ',
  ' wew. ',
  ' ankn. ',
  ' 内線 ',
  ' 分机 ',
  ' 내선 ',
  ' Ext: ',
];
