import { MAX_IMPORTED_FIELD, MAX_REFERENCE_LABEL } from '../../../shared/limits.js';
import type { ContactRecord } from './records.js';

/** Text cut to `limit` characters with an ellipsis, never through a surrogate pair. */
export function cutText(text: string, limit: number): string {
  if (text.length <= limit) return text;
  return `${text.slice(0, limit - 1).replace(/[\uD800-\uDBFF]$/, '')}…`;
}

const cutOptional = (text: string | undefined): string | undefined =>
  text === undefined ? undefined : cutText(text, MAX_IMPORTED_FIELD);

/** A record with every field a file gave cut to MAX_IMPORTED_FIELD: a megabyte name stays out of the list and the report. */
export const cappedRecord = (record: ContactRecord): ContactRecord => ({
  line: record.line,
  name: cutText(record.name, MAX_IMPORTED_FIELD),
  organization: cutOptional(record.organization),
  title: cutOptional(record.title),
  email: cutOptional(record.email),
  numbers: record.numbers,
});

/** Another contact as a report line names it: its name, short ("Shares a number with …"). */
export const referenceTo = (name: string): string => cutText(name, MAX_REFERENCE_LABEL);
