import * as v from 'valibot';
import { MAX_DIAL_TEXT } from '../../electron/shared/native-messages.js';

/** What the content script and the popup may ask the background: the page's settings, or one dial. */
export const InternalRequestSchema = v.variant('type', [
  v.strictObject({ type: v.literal('site'), host: v.pipe(v.string(), v.maxLength(253)) }),
  v.strictObject({ type: v.literal('status') }),
  v.strictObject({ type: v.literal('dial'), text: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_DIAL_TEXT)) }),
  v.strictObject({ type: v.literal('setSite'), host: v.pipe(v.string(), v.maxLength(253)), enabled: v.boolean() }),
]);
/** One request inside the extension. */
export type InternalRequest = v.InferOutput<typeof InternalRequestSchema>;

/** The background asks the page's content script for the number under focus (the keyboard shortcut). */
export const FOCUSED_NUMBER = 'softdial:focused-number';
