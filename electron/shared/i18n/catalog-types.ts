import type { MessageParams } from './compiled/params.js';

/** A message's name; the English catalog defines the set, and the compiler types each one's placeholders. */
export type MessageKey = keyof MessageParams;

/** Every message as a function of its placeholders: the English catalog has them all. */
export type Messages = { [K in MessageKey]: (p: MessageParams[K]) => string };

/** Another language's messages; one it lacks is shown in English (and reported), never as its key. */
export type Catalog = Partial<Messages>;

/** A message that takes no placeholders, so it can be named in a table and shown as it is. */
export type PlainKey = { [K in MessageKey]: keyof MessageParams[K] extends never ? K : never }[MessageKey];
