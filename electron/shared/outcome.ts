import type { ExplainedError } from './explained-error.js';

/**
 * The one shape of an expected failure, from the core through the contract to the window: a value, or an
 * explained error. Expected failures are returned as data, never thrown (Electron IPC keeps only a thrown
 * error's message).
 */
export type Outcome<T, E = ExplainedError> = { ok: true; value: T } | { ok: false; error: E };

/** Builds the success half of an Outcome, so call sites read as intent. */
export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });

/** Builds the failure half of an Outcome. */
export const fail = <E>(error: E): { ok: false; error: E } => ({ ok: false, error });
