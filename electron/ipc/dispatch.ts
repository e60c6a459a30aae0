import * as v from 'valibot';
import { internalError, invalidInput } from '../shared/boundary-errors.js';
import { describeIssues } from '../shared/describe-issues.js';
import { fail } from '../shared/outcome.js';
import { onUnexpectedError } from '../shared/unexpected-errors.js';
import { invokeChannels, resultSchema } from './contract.js';
import type { Method, Result } from './contract.js';

type Contract = typeof invokeChannels;
type OutputsOf<T extends readonly unknown[]> = {
  -readonly [K in keyof T]: T[K] extends v.GenericSchema ? v.InferOutput<T[K]> : never;
};

/** The core side of the contract: one function per method, given arguments already parsed by their schemas. */
export type Handlers = { [M in Method]: (...args: OutputsOf<Contract[M]['args']>) => Promise<Result<M>> };

/** Whether a name is one of the contract's methods (an own key, never a prototype name like "constructor"). */
const isMethod = (name: unknown): name is Method => typeof name === 'string' && Object.hasOwn(invokeChannels, name);

/**
 * Runs one call from a renderer, whatever the transport: checks the method and the argument count,
 * parses each argument with its schema, runs the handler, and checks the result on its way out.
 * Every failure, expected or not, comes back as data; an unexpected one also goes to the unexpected-error sink.
 */
export async function dispatch(handlers: Handlers, method: unknown, args: unknown): Promise<Result<Method>> {
  if (!isMethod(method)) return fail(invalidInput(`"${String(method)}" is not a softdial method.`));
  const schemas = invokeChannels[method].args as readonly v.GenericSchema[];
  if (!Array.isArray(args) || args.length !== schemas.length) {
    const given = Array.isArray(args) ? String(args.length) : 'none';
    return fail(invalidInput(`${method} takes ${String(schemas.length)} argument(s), got ${given}.`));
  }
  const parsed: unknown[] = [];
  for (const [index, schema] of schemas.entries()) {
    const result = v.safeParse(schema, args[index]);
    if (!result.success) {
      const problems = describeIssues(result.issues).join('; ');
      return fail(invalidInput(`${method} argument ${String(index + 1)}: ${problems}`));
    }
    parsed.push(result.output);
  }
  let result: unknown;
  try {
    const handler = handlers[method] as (...values: unknown[]) => Promise<unknown>;
    result = await handler(...parsed);
  } catch (error) {
    onUnexpectedError(error, `running ${method}`);
    return fail(internalError(`running ${method}`));
  }
  const checked = v.safeParse(resultSchema(method), result);
  if (!checked.success) {
    const problems = describeIssues(checked.issues).join('; ');
    onUnexpectedError(new Error(`${method} returned a value outside the contract: ${problems}`), `answering ${method}`);
    return fail(internalError(`answering ${method}`));
  }
  return checked.output as Result<Method>;
}
