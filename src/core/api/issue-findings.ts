// A failed request parse as findings: each zod issue becomes a finding on the named field it is about,
// for the sidebar's forms (as the person types) and the server's request parsing alike.
import { type Finding, fieldFinding } from "../gate/findings";

/** What a zod issue carries that a finding needs: its message (written in the schema) and its path. */
export interface RequestIssue {
  readonly message: string;
  readonly path: readonly PropertyKey[];
}

/** The finding an issue raises on its top-level field, or null when that field is not one of `fields`. */
export function issueFinding<F extends string>(issue: RequestIssue, fields: readonly F[]): Finding<F> | null {
  const field = fields.find((f) => f === issue.path[0]);
  return field === undefined ? null : fieldFinding(field, "invalid-input", issue.message);
}

/** Every issue of a failed parse as a finding on one of `fields`, in the schema's order. */
export function issueFindings<F extends string>(
  error: { readonly issues: readonly RequestIssue[] },
  fields: readonly F[],
): Finding<F>[] {
  return error.issues.flatMap((issue) => issueFinding(issue, fields) ?? []);
}
