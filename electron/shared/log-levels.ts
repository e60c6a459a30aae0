/** The log's levels, most severe first; a log set to one level keeps it and every level before it. */
export const LOG_LEVELS = ['error', 'warn', 'info', 'debug'] as const;
/** One level of the log. */
export type LogLevel = (typeof LOG_LEVELS)[number];

/** The level a log keeps when the policy names none. */
export const DEFAULT_LOG_LEVEL: LogLevel = 'info';

/** Whether an entry at `level` is kept by a log set to `threshold`. */
export const keeps = (threshold: LogLevel, level: LogLevel): boolean =>
  LOG_LEVELS.indexOf(level) <= LOG_LEVELS.indexOf(threshold);
