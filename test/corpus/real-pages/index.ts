import { BATCH_01 } from './batch-01.js';
import { BATCH_02 } from './batch-02.js';
import { BATCH_03 } from './batch-03.js';
import { BATCH_04 } from './batch-04.js';
import { BATCH_05 } from './batch-05.js';
import { BATCH_06 } from './batch-06.js';
import { BATCH_07 } from './batch-07.js';
import { BATCH_08 } from './batch-08.js';
import { BATCH_09 } from './batch-09.js';
import { BATCH_10 } from './batch-10.js';
import { BATCH_11 } from './batch-11.js';
import { BATCH_12 } from './batch-12.js';
import { BATCH_13 } from './batch-13.js';
import { BATCH_14 } from './batch-14.js';
import { BATCH_15 } from './batch-15.js';
import { BATCH_16 } from './batch-16.js';
import { BATCH_17 } from './batch-17.js';
import { BATCH_18 } from './batch-18.js';
import { BATCH_19 } from './batch-19.js';
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
  ...BATCH_09,
  ...BATCH_10,
  ...BATCH_11,
  ...BATCH_12,
  ...BATCH_13,
  ...BATCH_14,
  ...BATCH_15,
  ...BATCH_16,
  ...BATCH_17,
  ...BATCH_18,
  ...BATCH_19,
];
