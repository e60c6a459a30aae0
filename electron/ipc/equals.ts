import type * as v from 'valibot';

/**
 * Whether two types are the same, for the contract's compile-time proofs: each assignable to the other,
 * compared whole (the brackets stop a union from being split, so one drifted member makes it false) and
 * with the same keys (so an optional field on one side only is caught too).
 */
export type Equals<A, B> = [A] extends [B]
  ? [B] extends [A]
    ? [keyof A] extends [keyof B]
      ? [keyof B] extends [keyof A]
        ? true
        : false
      : false
    : false
  : false;

/** What a schema lets through, as the proofs compare it with the core's own type. */
export type Wire<S extends v.GenericSchema> = v.InferOutput<S>;
