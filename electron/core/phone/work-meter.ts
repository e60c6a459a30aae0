/** A count of the characters a scan visits, so a test can prove the work grows linearly without timing it. */
export interface WorkMeter {
  steps: number;
}

/** The meter used when nobody is counting. */
export const NO_METER: WorkMeter = { steps: 0 };
