/**
 * One snippet copied exactly from the stored text of a public web page, with the numbers a careful person
 * reads in it under the numbering plan of `country` (the agent's default country to assume).
 */
export interface RealPageSnippet {
  /** Stable name, `<cc>-<page>-<n>`, for a failure message. */
  id: string;
  /** The address of the page the text was copied from. */
  source: string;
  /** ISO 3166 alpha-2: the country whose plan the page's national numbers follow. */
  country: string;
  /** The text exactly as the page's stored copy has it (odd spaces, NBSPs, dashes and line breaks kept). */
  text: string;
  /**
   * Every number of the text in order, each once: `+E164` or `+E164 Label`, the label being the word the
   * text puts before the number on its line (or on a label-only line above it).
   */
  numbers: string[];
  /** Pieces of the text that look numeric and must never be offered as a phone number (postal codes, dates…). */
  notNumbers?: string[];
  /** Short codes, emergency numbers and hotlines (2–6 digits) written in the text: neither expected nor counted against a finder. */
  shortCodes?: string[];
  /** Why the numbers are what they are, where the numbering plan has to be consulted to see it. */
  why?: string;
  /** Set when a careful person could not decide the numbers: the snippet is kept but not scored. */
  ambiguous?: string;
}

/** The fields of a snippet a page's list gives; `page` adds the id and the shared source address. */
export type Snippet = Omit<RealPageSnippet, 'id' | 'source'>;

/** The snippets of one page, named `<name>-1`, `<name>-2`… so a failure points at its page. */
export function page(name: string, source: string, ...snippets: Snippet[]): RealPageSnippet[] {
  return snippets.map((snippet, index) => ({ id: `${name}-${index + 1}`, source, ...snippet }));
}
