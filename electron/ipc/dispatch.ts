import * as v from 'valibot';
import { explainCode } from '../core/explain/catalog.js';
import { describeIssues } from '../core/validation.js';
import { invokeChannels, resultSchema } from './contract.js';
import type { Failure, Method, Result } from './contract.js';

type Contract = typeof invokeChannels;
type OutputsOf<T extends readonly unknown[]> = {
  -readonly [K in keyof T]: T[K] extends v.GenericSchema ? v.InferOutput<T[K]> : never;
};

/** The core side of the contract: one function per method, given arguments already parsed by their schemas. */
export type Handlers = { [M in Method]: (...args: OutputsOf<Contract[M]['args']>) => Promise<Result<M>> };

const invalid = (problem: string): Failure => ({ ok: false, error: explainCode('invalid_input', problem) });

/** Whether a name is one of the contract's methods (an own key, never a prototype name like "constructor"). */
const isMethod = (name: unknown): name is Method => typeof name === 'string' && Object.hasOwn(invokeChannels, name);

/**
 * Runs one call from a renderer, whatever the transport: checks the method and the argument count,
 * parses each argument with its schema, runs the handler, and checks the result on its way out.
 * Every failure, expected or not, comes back as data.
 */
export async function dispatch(
  handlers: Handlers,
  method: unknown,
  args: unknown,
  onUnexpected: (error: unknown) => void = () => undefined,
): Promise<Result<Method>> {
  if (!isMethod(method)) return invalid(`"${String(method)}" is not a softdial method.`);
  const schemas = invokeChannels[method].args as readonly v.GenericSchema[];
  if (!Array.isArray(args) || args.length !== schemas.length) {
    return invalid(`${method} takes ${schemas.length} argument(s), got ${Array.isArray(args) ? args.length : 'none'}.`);
  }
  const parsed: unknown[] = [];
  for (const [index, schema] of schemas.entries()) {
    const result = v.safeParse(schema, args[index]);
    if (!result.success) return invalid(`${method} argument ${index + 1}: ${describeIssues(result.issues).join('; ')}`);
    parsed.push(result.output);
  }
  let result: unknown;
  try {
    const handler = handlers[method] as (...values: unknown[]) => Promise<unknown>;
    result = await handler(...parsed);
  } catch (error) {
    onUnexpected(error);
    return { ok: false, error: explainCode('internal_error') };
  }
  const checked = v.safeParse(resultSchema(method), result);
  if (!checked.success) {
    onUnexpected(
      new Error(`${method} returned a value outside the contract: ${describeIssues(checked.issues).join('; ')}`),
    );
    return { ok: false, error: explainCode('internal_error') };
  }
  return checked.output as Result<Method>;
}
