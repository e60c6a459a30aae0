import type { ExplainedError } from '../../shared/explained-error.js';

/** An explained error as the CLI's `--json` prints it: the contract's fields first, then the redacted exchange. */
export function explainedJson(error: ExplainedError): Record<string, unknown> {
  return {
    code: error.code,
    title: error.title,
    detail: error.detail,
    fix: error.fix,
    ...(error.httpStatus !== undefined ? { httpStatus: error.httpStatus } : {}),
    ...(error.genesysCode !== undefined ? { genesysCode: error.genesysCode } : {}),
    ...(error.correlationId !== undefined ? { correlationId: error.correlationId } : {}),
    retryable: error.retryable,
    ...(error.retryAfterSeconds !== undefined ? { retryAfterSeconds: error.retryAfterSeconds } : {}),
    ...(error.callMayHaveBeenPlaced ? { callMayHaveBeenPlaced: true } : {}),
    ...(error.request ? { request: error.request } : {}),
    ...(error.response ? { response: error.response } : {}),
  };
}
