/** The link schemes softdial registers as the handler for. */
export const LINK_SCHEMES = ['tel', 'callto', 'sip'] as const;

const LINK = /^(?:tel|callto|sips?):/i;

/** Whether a text is a dial link softdial handles. */
export const isDialLink = (text: string): boolean => LINK.test(text.trim());

/**
 * The dial links in a command line (first launch, or a second instance's argv forwarded by the
 * single-instance lock). The link is kept exactly as given, leading '+' and percent-escapes included:
 * the phone reader decodes it, so `tel:+1…` never loses its '+'.
 */
export function dialLinksFromArgv(argv: readonly string[]): string[] {
  return argv.map((arg) => arg.trim().replace(/^["']|["']$/g, '')).filter(isDialLink);
}
