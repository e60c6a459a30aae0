import { BATCH_01 } from './batch-01.js';
import { BATCH_02 } from './batch-02.js';
import { BATCH_03 } from './batch-03.js';
import { BATCH_04 } from './batch-04.js';
import { BATCH_05 } from './batch-05.js';
import { BATCH_06 } from './batch-06.js';
import { BATCH_07 } from './batch-07.js';
import { BATCH_08 } from './batch-08.js';
import type { RealPageSnippet } from './types.js';

/** Every snippet of the real-pages corpus: text copied from public pages, numbers decided by hand. */
export const REAL_PAGES: readonly RealPageSnippet[] = [
  ...BATCH_01,
  ...BATCH_02,
  ...BATCH_03,
  ...BATCH_04,
  ...BATCH_05,
  ...BATCH_06,
  ...BATCH_07,
  ...BATCH_08,
];
