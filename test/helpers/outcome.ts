/** The value of an outcome a test expects to succeed; a failure throws its explanation, so the test says why. */
export const value = <T>(outcome: { ok: true; value: T } | { ok: false; error: { detail: string } }): T => {
  if (!outcome.ok) throw new Error(outcome.error.detail);
  return outcome.value;
};
