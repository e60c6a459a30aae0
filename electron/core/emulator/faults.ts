import * as v from 'valibot';

/** A scripted failure for one route: a status and body, a delay, a dropped connection or a malformed body. */
export const FaultSchema = v.strictObject({
  /** Method to match; any when absent. */
  method: v.optional(v.picklist(['GET', 'POST', 'PATCH', 'PUT', 'DELETE'])),
  /** Path to match exactly, or a prefix when it ends with '*'. */
  path: v.pipe(v.string(), v.startsWith('/')),
  status: v.optional(v.pipe(v.number(), v.integer(), v.minValue(100), v.maxValue(599))),
  body: v.optional(v.unknown()),
  headers: v.optional(v.record(v.string(), v.string())),
  delayMs: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(120_000))),
  /** Close the connection without answering (the client sees a reset after sending). */
  drop: v.optional(v.boolean()),
  /** Answer 200 with a body that is not JSON. */
  malformed: v.optional(v.boolean()),
  /** Whether the route still does its work (places the call) before the fault answers; default true for drop/delay/malformed, false otherwise. */
  act: v.optional(v.boolean()),
  /** How many matching requests this fault applies to (default 1). */
  times: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
});

/** A scripted failure. */
export type Fault = v.InferOutput<typeof FaultSchema>;

/** The faults waiting to fire, matched in the order they were added. */
export class FaultTable {
  private readonly faults: { fault: Fault; remaining: number }[] = [];

  add(fault: Fault): void {
    this.faults.push({ fault, remaining: fault.times ?? 1 });
  }

  clear(): void {
    this.faults.length = 0;
  }

  /** How many armed faults have not fired yet, so a test can wait for one to have fired. */
  get pending(): number {
    return this.faults.length;
  }

  /** The fault for this request, if one is armed; each use counts down its `times`. */
  take(method: string, path: string): Fault | undefined {
    const index = this.faults.findIndex(
      ({ fault }) =>
        (!fault.method || fault.method === method) &&
        (fault.path.endsWith('*') ? path.startsWith(fault.path.slice(0, -1)) : path === fault.path),
    );
    const entry = this.faults[index];
    if (!entry) return undefined;
    entry.remaining--;
    if (entry.remaining <= 0) this.faults.splice(index, 1);
    return entry.fault;
  }
}

/** Whether the route should still do its work when this fault fires. */
export const faultActs = (fault: Fault): boolean => fault.act ?? fault.status === undefined;
