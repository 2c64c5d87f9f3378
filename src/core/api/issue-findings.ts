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

/** The name a person knows each request field by, for refusals of requests no form would send. */
const FIELD_LABELS: Record<string, string> = {
  client: "Client",
  scenarioId: "Scenario",
  handoffOwner: "Handoff owner",
  receivingOwner: "Receiving owner",
  targetKickoff: "Target kickoff",
  hasExceptions: "Has exceptions",
  exceptions: "Exceptions",
  confirmPastKickoff: "Past kickoff",
  handoffId: "Handoff ID",
  row: "Row",
  itemText: "Item",
  status: "Status",
  owner: "Owner",
  due: "Due",
  evidence: "Evidence",
  approvedBy: "Approved by",
  notes: "Notes",
  decision: "Decision",
  overrideReason: "Override reason",
  overrideApprovedBy: "Override approved by",
  acknowledgedBy: "Acknowledged by",
  acknowledgedOn: "Acknowledged on",
  quarter: "Quarter",
  seed: "Seed",
  size: "Size",
  ifExists: "If the audit exists",
  sheetName: "Sheet name",
  confirmOpenQuarter: "Confirm drawing",
};

const EXPECTED_WORDS: Record<string, string> = {
  string: "text",
  boolean: "true or false",
  int: "a whole number",
  number: "a number",
  object: "a set of fields",
};

/** A zod issue as the server sees it: code and expected type besides the message and path. */
export interface ServerIssue extends RequestIssue {
  readonly code?: string;
  readonly expected?: string;
}

/**
 * The refusal of a request the server parsed: it names the field (as the form labels it) and the fix,
 * also for requests no sidebar sends (missing fields, wrong types, not an object at all).
 */
export function refusalMessage(issue: ServerIssue | undefined, raw: unknown): string {
  const key = issue?.path[0];
  if (!issue || key === undefined || typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    return "The request must be a set of named fields as the sidebar sends them: reload the sidebar and try again.";
  }
  const label = FIELD_LABELS[String(key)] ?? String(key);
  // Messages written in the schema say what to do; zod's own ("Invalid input: …") do not.
  if (issue.code === "invalid_type" && /^invalid input/i.test(issue.message)) {
    if ((raw as Record<string, unknown>)[String(key)] === undefined) {
      return `${label} is missing: fill it in (reload the sidebar if the form does not show it) and try again.`;
    }
    const want = EXPECTED_WORDS[issue.expected ?? ""] ?? issue.expected ?? "another kind of value";
    return `${label} must be ${want}: reload the sidebar and enter it again.`;
  }
  const message = issue.message;
  if (message.toLowerCase().includes(label.toLowerCase())) return message;
  return `${label}: ${message.charAt(0).toLowerCase()}${message.slice(1)}`;
}
