import { BATCH_01 } from './batch-01.js';
import type { RealPageSnippet } from './types.js';

/** Every snippet of the real-pages corpus: text copied from public pages, numbers decided by hand. */
export const REAL_PAGES: readonly RealPageSnippet[] = [...BATCH_01];
