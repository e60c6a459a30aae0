/** What a reading of a number showed the agent: the number and extension, or null when it read as no number. */
export type Seen = { e164: string; extension?: string } | null;

/**
 * The part of a reading a dial request carries as `expect` (the window's preview, a tray or link offer), so the
 * core refuses the dial when the text no longer reads as what the agent saw.
 */
export function seenOf(reading: { ok: true; e164: string; extension?: string } | { ok: false }): Seen {
  if (!reading.ok) return null;
  return reading.extension ? { e164: reading.e164, extension: reading.extension } : { e164: reading.e164 };
}
