/**
 * A CRM page's worth of text for the long-text finders: rows of a contact table (name, company, address,
 * an order number, a date), half of them holding a phone number written the ways UK, US and German
 * records write them. Each number is built from a block its plan assigns to lines (London 020 7946,
 * Manchester 0161 496, UK mobile 07400, a Google and a German ministry switchboard block), so the
 * expected E.164 list is known by construction, not by a parser.
 */

/** A generated page and the numbers it holds, in order. */
export interface CrmPage {
  text: string;
  numbers: string[];
}

const NAMES = ['Jane Smith', 'Ahmed Khan', 'Maria Rossi', 'Jürgen Weiß', 'Li Wei', 'Olivia Brown'];
const COMPANIES = ['Acme Ltd', 'Northwind GmbH', 'Contoso Plc', 'Fabrikam Inc.', 'Tailspin Toys'];
const ADDRESSES = ['12 High Street, London SW1A 1AA', 'Wilhelmstraße 70, 10117 Berlin', '1600 Main St, CA 94043'];

/** The i-th number of a row, as written and as E.164: London, Manchester, UK mobile, a US and a German line. */
function numberOf(i: number): { written: string; e164: string } {
  const n = String(i % 1000).padStart(3, '0');
  switch (i % 5) {
    case 0:
      return { written: `020 7946 0${n}`, e164: `+442079460${n}` };
    case 1:
      return { written: `+44 161 496 0${n}`, e164: `+441614960${n}` };
    case 2:
      return { written: `07400 123${n}`, e164: `+447400123${n}` };
    case 3:
      return { written: `+1 (650) 253-0${n}`, e164: `+16502530${n}` };
    default:
      return { written: `+49 30 2018 4${n}`, e164: `+493020184${n}` };
  }
}

/** A page of at least `length` characters, every other row holding a number. */
export function crmPage(length: number): CrmPage {
  const rows: string[] = [];
  const numbers: string[] = [];
  let size = 0;
  for (let i = 0; size < length; i++) {
    const name = NAMES[i % NAMES.length] ?? '';
    const company = COMPANIES[i % COMPANIES.length] ?? '';
    const address = ADDRESSES[i % ADDRESSES.length] ?? '';
    const order = `Order ${String(40_000_000 + i)}`;
    const date = `${String((i % 28) + 1).padStart(2, '0')}.03.2025`;
    let phone = '—';
    if (i % 2 === 0) {
      const number = numberOf(i / 2);
      phone = `Tel: ${number.written}`;
      numbers.push(number.e164);
    }
    const row = `${name} | ${company} | ${address} | ${phone} | ${order} | ${date}\n`;
    rows.push(row);
    size += row.length;
  }
  return { text: rows.join(''), numbers };
}
