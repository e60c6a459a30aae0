import type { MessageKey, MessageParams } from './compiled/params.js';

// The catalog's types, generated with the messages (compiled/params.ts) and named here for the code.
export type { Catalog, MessageKey, Messages } from './compiled/params.js';

/** A message that takes no placeholders, so it can be named in a table and shown as it is. */
export type PlainKey = { [K in MessageKey]: keyof MessageParams[K] extends never ? K : never }[MessageKey];
