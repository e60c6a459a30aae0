/** Control characters a terminal would act on (ANSI escapes, cursor moves, bidi overrides), except newline and tab. */
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text from elsewhere (a Genesys message, a pasted body) made safe to print: every control character is
 * shown as its escape (`\u001b`), so nothing it holds can recolour, move or rewrite the agent's terminal.
 */
export const terminalSafe = (text: string): string =>
  text.replace(CONTROLS, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);

/**
 * Words from the message catalogs for a terminal: the first-strong isolates that keep numbers in order in a
 * right-to-left window are dropped (a terminal lays each line out on its own), then the rest is made safe.
 */
export const terminalMessage = (text: string): string => terminalSafe(text.replace(/[\u2068\u2069]/g, ''));
