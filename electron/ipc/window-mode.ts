import * as v from 'valibot';

/** The tallest content the renderer may ask the compact bar for (a bar with an alert under it stays a bar). */
export const MAX_COMPACT_CONTENT_HEIGHT = 400;

/**
 * How the agent wants the desktop window: kept above other windows, and shrunk to the compact bar; in compact
 * mode the renderer says how tall its content is (one line, or grown for an alert), and the bar follows it.
 */
export const WindowModeSchema = v.strictObject({
  pinned: v.boolean(),
  compact: v.boolean(),
  contentHeight: v.optional(
    v.pipe(
      v.number('must be a number of CSS pixels'),
      v.integer('must be a whole number of CSS pixels'),
      v.minValue(32, 'must be at least 32 (one line of the bar)'),
      v.maxValue(MAX_COMPACT_CONTENT_HEIGHT, `must be at most ${MAX_COMPACT_CONTENT_HEIGHT}`),
    ),
  ),
});

/** The window mode the renderer asks for. */
export type WindowMode = v.InferOutput<typeof WindowModeSchema>;
