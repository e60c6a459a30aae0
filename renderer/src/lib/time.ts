/** A duration as the call bar shows it: 02:31, or 1:02:31 past an hour. */
export function duration(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const rest = whole % 60;
  const pad = (value: number) => String(value).padStart(2, '0');
  return hours > 0 ? `${hours}:${pad(minutes)}:${pad(rest)}` : `${pad(minutes)}:${pad(rest)}`;
}

/** A time of day in the agent's locale (14:05), for recent calls and the sign-in end. */
export function clockTime(epochMs: number): string {
  return new Date(epochMs).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The local calendar day of a moment, as a key that changes at midnight (recent calls are grouped by it). */
export function dayKey(epochMs: number): string {
  const date = new Date(epochMs);
  return `${date.getFullYear()}-${date.getMonth() + 1}-${date.getDate()}`;
}

/** A day header for recent calls: Today, Yesterday, or the date in the agent's locale (Mon 7 Dec). */
export function dayLabel(epochMs: number, now: number): string {
  if (dayKey(epochMs) === dayKey(now)) return 'Today';
  if (dayKey(epochMs) === dayKey(now - DAY_MS)) return 'Yesterday';
  return new Date(epochMs).toLocaleDateString([], { weekday: 'short', day: 'numeric', month: 'short' });
}
