/**
 * Digits that pages write beside phone numbers and that are never one: postal codes, PO boxes, opening
 * hours, years, prices, and order, account or registration numbers. Each rule looks only at the run
 * itself and a few characters either side of it on its line, so checking every run stays linear.
 */

/** What a run of digits is when it is not a phone number (for tests and for reading the rules). */
export type NotANumber = 'postal_code' | 'po_box' | 'opening_hours' | 'year' | 'price' | 'reference' | 'coordinate';

/** Characters of context read before and after a run; every rule below fits inside them. */
const BEFORE_WINDOW = 32;
const AFTER_WINDOW = 16;

/** "P.O. Box 4711", "Postfach 12 34", "BP 57", "Apartado 123", "Caixa Postal 45", "Postbus 9", "Skrytka pocztowa 5". */
const PO_BOX =
  /(?:\bp\.?\s?o\.?\s*box|\bbox|postfach|\bb\.?p\.?|\bc\.?p\.?|apartado(?: de correos)?|caixa postal|casilla(?: de correos?)?|postbus|skrytka(?: pocztowa)?|postboks|\bpb)\s*(?:no\.?|nr\.?)?\s*$/iu;
/** "(24/7)" or "24/7" before a number: hours, not an area code. */
const ROUND_THE_CLOCK = /^\(?24\/7\)?$/;
/** A date as the first group of a run ("02-11-05 – 1-800-FLOWERS"). */
const DATE_SHAPE = /^(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2}))$/;
/** A document's number and year ("No 2271/96", "Nr. 12/2024", "§ 5/2"): a reference, not a phone number. */
const DOCUMENT_NUMBER = /^\d{1,6}\/\d{1,4}$/;
const DOCUMENT_BEFORE = /(?:\bno\.?|\bnr\.?|n[°º]\.?|§|\bart\.?|\bvol\.?)\s*$/iu;
/** A PO box number has at most this many digits, so a number written after it on the line is still read. */
const MAX_BOX_DIGITS = 5;
/** A country letter code before a postal code ("D-80331", "CH-8001", "A-1010"), or a postal code's own label or mark. */
const POSTAL_BEFORE =
  /(?:\b[A-Z]{1,2}-|〒\s*|\b(?:PLZ|CEP|ZIP|zip code|postcode|post code|postal code|code postal|C\.P\.|CP)\s*:?\s*)$/u;
/** A postal code's own shape: four or five digits, "00-950" (Poland), "01310-100" (Brazil), "1000-001" (Portugal), "114 55" (Sweden, Czechia). */
const POSTAL_SHAPE = /^(?:\d{4,5}|\d{2}-\d{3}|\d{5}-\d{3}|\d{4}-\d{3}|\d{3} \d{2})$/;
/** After a postal label or mark, any code of up to eight digits ("〒100-0001"). */
const LABELLED_POSTAL_SHAPE = /^\d[\d -]{2,8}$/;
/** A place name after a postal code: a capitalised word, or the two letters of a Dutch postcode ("1012 AB"). */
const CITY_AFTER = /^\s*(?:-\s*)?(?:[A-Z]{2}\b|\p{Lu}\p{Ll}|\p{Lu}{3,}\b|cedex\b)/u;
/** A place name before a postal code that ends its line or item ("Berlin 10117", "नई दिल्ली 110021 |"). */
const CITY_BEFORE = /(?:\p{Lu}\p{Ll}+|[^\p{Script=Latin}\P{L}]\p{M}*)\s+$/u;
const ITEM_ENDS = /^\s*(?:$|[,;|])/;
/** The six-digit postal codes of India, China, Russia or Singapore, read only between a place name and the item's end. */
const SIX_DIGIT_POSTAL = /^\d{6}$/;
/** A house number, a dash or comma, then a postal code ("320 - 00054 Fiumicino"), which a scan joins into one run. */
const HOUSE_THEN_POSTAL = /^\d{1,4}[a-z]?\s*[-,]\s*(\d{4,5}|\d{5}-\d{3})$/;
/** A US state before a ZIP code ("CA 94043", "NY 10001-1234"). */
const STATE_BEFORE = /\b[A-Z]{2}\s+$/;
const ZIP_SHAPE = /^\d{5}(?:-\d{4})?$/;
/** A time of day: "9.00", "17:30", "9.00-17.30", "8-18" (the dash folded from any dash). */
const HOURS_SHAPE = /^\d{1,2}(?:[.:]\d{2})?(?:\s*-\s*\d{1,2}(?:[.:]\d{2})?)?$/;
/** The minutes of a time whose hour is the run ("8" of "8:30 a.m."). */
const MINUTES_AFTER = /^[:.]\d{2}(?!\d)/;
/** Degrees, minutes or seconds after the digits: a map coordinate ("28.6030008°N", "52 ° 31 ′"). */
const COORDINATE_AFTER = /^\s*[°′″'"]/;
/** Two times joined: always hours, whatever surrounds them. */
const TIME_RANGE_SHAPE = /^\d{1,2}[.:]\d{2}\s*-\s*\d{1,2}[.:]\d{2}$/;
/** Words written after a time ("Uhr", "h", "am", "hrs"), in the languages agents meet. */
const HOURS_AFTER =
  /^\s*(?:uhr\b|h\b|hrs?\b|hours\b|am\b|pm\b|a\.m\.|p\.m\.|o'clock|godz|horas?\b|heures?\b|ore\b|uur\b|時|点)/iu;
/** Weekday names and their short forms before hours ("Mo-Fr 8-18", "Mon–Fri: 9-17", "lun. au ven. 9h"). */
const HOURS_BEFORE =
  /(?:\b(?:mo|di|mi|do|fr|sa|so|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|lun|mar|mer|jeu|ven|sam|dim|lu|ma|me|je|ve|seg|ter|qua|qui|sex|sáb|dom|pon|wt|śr|czw|pt|sob|nd|ma|di|wo|do|vr|za|zo)[\p{L}]*\.?|daily|täglich|weekdays|werktags|from|von|ab|de|du|dalle|hours|zeiten|öffnungszeiten|opening hours|horario|horaire)\s*(?:(?:-|to|bis|à|au|a|al)\s*\p{L}+\.?\s*)?:?\s*$/iu;
/** A year as pages write it near numbers ("seit 1998", "since 2004", "© 2025"). */
const YEAR_SHAPE = /^(?:1[89]|20)\d{2}$/;
const YEAR_RANGE_SHAPE = /^(?:1[89]|20)\d{2}\s*-\s*(?:1[89]|20)\d{2}$/;
/** A currency before an amount ("€ 1.299", "USD 25", "R$ 10", "Preis: 45"). */
const PRICE_BEFORE =
  /(?:[$€£¥₹₩₺₽₫]|\b(?:usd|eur|gbp|chf|inr|rs\.?|r\$|rmb|cny|jpy|price|preis|prix|precio|preço|kosten|cost)\s*:?)\s*$/iu;
/** A currency after an amount ("1.299 €", "25,- EUR", "10 zł"). */
const PRICE_AFTER =
  /^\s*(?:[$€£¥₹₩₺₽₫円元]|,-|\.-|,\d{2}\b|(?:eur|euro|usd|dollars?|chf|zł|zl|kč|kr|sek|nok|dkk|руб|vnd|tl|yen|rmb|yuan)\b)/iu;
/**
 * Words naming an identifier that is not a phone number, then an optional "No."/"Nr."/"#" and colon:
 * order, invoice, customer, account and tax numbers, company registrations, IBANs and bank codes.
 */
const REFERENCE_WORD =
  /^(?:order|invoice|account|acct|customer|kunden|konto|kto|rechnung|bestell|auftrag|ref|reference|case|ticket|booking|buchung|vat|ust|steuer|tax|reg|registration|registered|company|firma|handelsregister|abn|acn|cif|nif|nip|regon|krs|siret|siren|kvk|hrb|hra|id|iban|bic|swift|blz|sort code|routing|isbn|artikel|article|item|sku|model|serial|invoice|crn|gst|pan|ein|ssn|matricule|rc|ice|nit|ruc|rut|cnpj|cpf|inn|ogrn|kpp|dsn|(?<!\p{L})(?:инн|огрн|кпп|окпо|бик|р\/с|к\/с))[\p{L}./-]*$/iu;
/** Brackets or quotes before a word ("(ИНН"). */
const LEADING_MARKS = /^[^\p{L}]+/u;
/** What may follow the word before the digits: "No.", "Nr.", "number", "#", "n°", a colon, spaces. */
const NUMBER_WORD_AFTER = /(?:[\s.-]+(?:no\.?|nr\.?|number|num\.?|#|n[°º]\.?))?\s*[:.#]?\s*$/iu;
/** The letters an identifier may start with ("HRB 12345", "DE 123456789"), cut before the word is looked at. */
const CODE_LETTERS = /[A-Z]{1,4}[\s-]?$/;
/** The first letters of an IBAN or another letter-and-digit code just before the run ("DE89 3704 0044"). */
const CODE_BEFORE = /\b[A-Z]{2}\d{2}\s$/;

/**
 * A word ending in a phone word right before the digits ("Bestellhotline", "Tel.-Nr.:", "Kundentelefon",
 * "Phone number:"): they are labelled as a number ("Bestellung Nr." holds "tel" but does not end in it).
 */
const PHONE_LABEL_BEFORE =
  /(?:tel|telefon|telephone|téléphone|teléfono|fon|phone|hotline|fax|telefax|mobil|mobile|handy|cell|gsm|rufnummer|telefonnummer|call|line|llamar|appel)\.?(?:[\s-]*(?:number|no\.?|nr\.?|#))?\s*[:.]?\s*$/iu;

/** The text before `start` on the same line, at most BEFORE_WINDOW characters. */
function lineBefore(text: string, start: number): string {
  const from = Math.max(0, start - BEFORE_WINDOW);
  const window = text.slice(from, start);
  const newline = window.lastIndexOf('\n');
  return newline === -1 ? window : window.slice(newline + 1);
}

/** The text after `end` on the same line, at most AFTER_WINDOW characters. */
function lineAfter(text: string, end: number): string {
  const window = text.slice(end, end + AFTER_WINDOW);
  const newline = window.indexOf('\n');
  return newline === -1 ? window : window.slice(0, newline);
}

/** Whether `raw`, standing between `before` and `after`, is a postal code. */
function isPostalCode(raw: string, before: string, after: string): boolean {
  if (ZIP_SHAPE.test(raw) && STATE_BEFORE.test(before)) return true;
  if (POSTAL_BEFORE.test(before)) return LABELLED_POSTAL_SHAPE.test(raw);
  if ((POSTAL_SHAPE.test(raw) || SIX_DIGIT_POSTAL.test(raw)) && CITY_BEFORE.test(before) && ITEM_ENDS.test(after))
    return true;
  const postal = POSTAL_SHAPE.test(raw) ? raw : HOUSE_THEN_POSTAL.exec(raw)?.[1];
  return postal !== undefined && CITY_AFTER.test(after) && !/[\d+]\s*$/.test(before);
}

/** Whether `raw` is a time of day or a span of opening hours. */
function isOpeningHours(raw: string, before: string, after: string): boolean {
  if (TIME_RANGE_SHAPE.test(raw)) return true;
  if (!HOURS_SHAPE.test(raw)) return false;
  return HOURS_AFTER.test(after) || HOURS_BEFORE.test(before) || /[.:]\d{2}$/.test(raw) || MINUTES_AFTER.test(after);
}

/**
 * What the run `text.slice(start, end)` is when its context shows it is not a phone number, else
 * undefined. `raw` is the run as written (digits and separators).
 */
export function notANumber(text: string, start: number, end: number): NotANumber | undefined {
  if (text[start] === '+' || text[start + 1] === '+') return undefined;
  return kindOfRun(text.slice(start, end), lineBefore(text, start), lineAfter(text, end));
}

/**
 * Whether a number-shaped run's first group is a postal code, a PO box, a date or "24/7" ("CA 94043 (650)
 * 253-0000": the ZIP code, then the number), so the scan can start again after it.
 */
export function leadingReference(text: string, start: number, end: number): boolean {
  if (text[start] === '+' || text[start + 1] === '+') return false;
  const raw = text.slice(start, end);
  if (ROUND_THE_CLOCK.test(raw) || DATE_SHAPE.test(raw)) return true;
  const before = lineBefore(text, start);
  if (before.trim() === '') return false;
  if (STATE_BEFORE.test(before)) return ZIP_SHAPE.test(raw);
  return (
    (PO_BOX.test(before) && raw.length <= MAX_BOX_DIGITS) ||
    (POSTAL_BEFORE.test(before) && LABELLED_POSTAL_SHAPE.test(raw))
  );
}

/** The kind of a run written as `raw` between `before` and `after` on its line. */
function kindOfRun(raw: string, before: string, after: string): NotANumber | undefined {
  if (!WORDY.test(before))
    return before.trim() === '' && after.trim() === '' ? kindOfRunAlone(raw) : kindOfRunAfter(raw, after);
  if (PO_BOX.test(before)) return 'po_box';
  if (COORDINATE_AFTER.test(after)) return 'coordinate';
  if (YEAR_SHAPE.test(raw) || YEAR_RANGE_SHAPE.test(raw)) return 'year';
  if (isOpeningHours(raw, before, after)) return 'opening_hours';
  if (PHONE_LABEL_BEFORE.test(before)) return undefined;
  if (isPostalCode(raw, before, after)) return 'postal_code';
  if (PRICE_BEFORE.test(before) || PRICE_AFTER.test(after)) return 'price';
  if (DOCUMENT_NUMBER.test(raw) && DOCUMENT_BEFORE.test(before)) return 'reference';
  return isReference(before) ? 'reference' : undefined;
}

/** A letter or a mark (currency, section, degree, postal) before a run: only then can the words before it tell. */
const WORDY = /[\p{L}$€£¥₹₩₺₽₫§°〒]/u;

/** The kind of a run with no words before it on its line: its shape and what follows it. */
function kindOfRunAfter(raw: string, after: string): NotANumber | undefined {
  if (COORDINATE_AFTER.test(after)) return 'coordinate';
  if (YEAR_SHAPE.test(raw) || YEAR_RANGE_SHAPE.test(raw)) return 'year';
  if (isOpeningHours(raw, '', after)) return 'opening_hours';
  if (isPostalCode(raw, '', after)) return 'postal_code';
  return PRICE_AFTER.test(after) ? 'price' : undefined;
}

/** The kind of a run alone on its line: only its own shape can tell (a year, "9.00-17.30", "No" needs words). */
function kindOfRunAlone(raw: string): NotANumber | undefined {
  if (YEAR_SHAPE.test(raw) || YEAR_RANGE_SHAPE.test(raw)) return 'year';
  return isOpeningHours(raw, '', '') ? 'opening_hours' : undefined;
}

/**
 * Whether the last word before the digits (past a "No."/"Nr."/"#" and a colon) names an identifier:
 * looked up as one word, since a pattern anchored at the end of the text is tried at every position.
 */
function namesAReference(before: string): boolean {
  const text = before.slice(0, before.length - (NUMBER_WORD_AFTER.exec(before)?.[0].length ?? 0));
  const last = text.slice(text.lastIndexOf(' ') + 1).replace(LEADING_MARKS, '');
  if (REFERENCE_WORD.test(last)) return true;
  const twoWords = text.slice(text.lastIndexOf(' ', text.length - last.length - 2) + 1);
  return twoWords !== last && REFERENCE_WORD.test(twoWords);
}

/** Whether the text before a run names an identifier (an order, account, tax or company number, an IBAN). */
function isReference(before: string): boolean {
  return CODE_BEFORE.test(before) || namesAReference(before) || namesAReference(before.replace(CODE_LETTERS, ''));
}
