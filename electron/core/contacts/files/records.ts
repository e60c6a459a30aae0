/** One contact as a file gives it, before its numbers are read. */
export interface ContactRecord {
  /** The line of the file where the record starts (1-based), for the report. */
  line: number;
  name: string;
  organization?: string;
  title?: string;
  email?: string;
  numbers: { label: string; raw: string }[];
}

/** A record a reader could not take, with its line and the reason in words. */
export interface RefusedRecord {
  line: number;
  reason: string;
}

/**
 * What a file reader gives: the records it read and the ones it refused. A reader may read its records
 * only as they are taken (once), so `refused` is complete once `records` has been gone through.
 */
export interface ReadRecords {
  records: Iterable<ContactRecord>;
  refused: RefusedRecord[];
  separator?: string;
}
