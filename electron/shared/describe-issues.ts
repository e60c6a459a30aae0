import * as v from 'valibot';

/** Each issue as "field: what is wrong", the way a person fixing a file or a request needs to read it. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string[] {
  return issues.map((issue) => {
    const path = v.getDotPath(issue);
    return path ? `${path}: ${issue.message}` : issue.message;
  });
}
