/**
 * A fax line's label in the languages agents work in: Fax, Telefax, Faks, Faksi, Télécopie, Telecopia, Facsimile,
 * Факс, Φαξ, פקס, فاكس, فکس, 傳真, 传真, ファックス, 팩스, แฟกซ์, फ़ैक्स, compounds (Bürofax), and the "F" of a
 * signature's "T / M / F".
 */
const FAX_WORDS =
  /fa(?:x|ks|ksi)(?:$|[^\p{L}])|t[ée]l[ée]cop(?:ie|ieur|ia)|fac-?simile|факс|φαξ|פקס|فاكس|فکس|傳真|传真|ファッ?クス|팩스|แฟกซ์|फ़ैक्स|फैक्स/iu;

/** Whether a number's label says it is a fax line, so a chooser marks it and asks before calling it. */
export function isFaxLabel(label: string | undefined): boolean {
  if (label === undefined) return false;
  const word = label.trim().replace(/[.:]$/, '');
  return /^f$/i.test(word) || FAX_WORDS.test(word);
}
