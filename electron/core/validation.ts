import * as v from 'valibot';

/** A value from outside (file, environment, IPC, HTTP) that does not fit its schema; says which field and why. */
export class InvalidInputError extends Error {
  override name = 'InvalidInputError';
  constructor(
    readonly source: string,
    readonly problems: string[],
  ) {
    super(`${source}: ${problems.join('; ')}`);
  }
}

/** Each issue as "field: what is wrong", the way a person fixing a file needs to read it. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string[] {
  return issues.map((issue) => {
    const path = v.getDotPath(issue);
    return path ? `${path}: ${issue.message}` : issue.message;
  });
}
