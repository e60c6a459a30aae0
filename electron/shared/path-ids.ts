/**
 * Whether an id would be read by URL normalisation as "this folder" or "the folder above" ("." or "..",
 * also written `%2e`: the URL parser reads that as a dot too), so that a request for it would reach
 * another API path. Such ids are refused before any request.
 */
export const isDotSegment = (id: string): boolean => /^(?:\.|%2e){1,2}$/i.test(id);

/** The words for a refused dot id, naming the fix. */
export const DOT_SEGMENT_PROBLEM = 'must be an id, not "." or ".." (or their %2e forms)';

/** Whether the id inside a contact id (`external:ID`) is a dot segment. */
export const contactIdIsDotSegment = (contactId: string): boolean =>
  isDotSegment(contactId.slice(contactId.indexOf(':') + 1));
