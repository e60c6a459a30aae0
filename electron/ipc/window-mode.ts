import * as v from 'valibot';

/** How the agent wants the desktop window: kept above other windows, and shrunk to the compact bar. */
export const WindowModeSchema = v.strictObject({ pinned: v.boolean(), compact: v.boolean() });

/** The window mode the renderer asks for. */
export type WindowMode = v.InferOutput<typeof WindowModeSchema>;
