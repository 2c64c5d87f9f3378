// What a validation rule reports: where, how serious, a code to count by, and the fix in plain words.
import type { ChecklistColumn } from "../checklist/columns";
import { STATUSES } from "../checklist/statuses";

export type Severity = "error" | "warning";

export type FindingCode =
  | "missing-status"
  | "bad-status"
  | "missing-owner"
  | "multiple-owners"
  | "team-owner"
  | "missing-due"
  | "bad-due"
  | "overdue"
  | "na-needs-reason"
  | "na-needs-approver"
  | "needs-evidence"
  | "needs-approver"
  | "exceptions-need-high-risk";

export interface Finding {
  row: number | null;
  column: ChecklistColumn | null;
  severity: Severity;
  code: FindingCode;
  message: string;
}

/** Codes whose findings are warnings: shown to people, never blocking the gate. */
export const WARNING_CODES: ReadonlySet<FindingCode> = new Set<FindingCode>(["overdue"]);

const STATUS_LIST = `${STATUSES.slice(0, -1).join(", ")} or ${STATUSES[STATUSES.length - 1]}`;
const DATE_EXAMPLE = "e.g. 2026-12-01";

const quote = (text: string, max = 60) => `"${text.length > max ? `${text.slice(0, max - 1)}…` : text}"`;

/** The column each code points at, and its message given the offending text (if any). */
const SPECS: Record<FindingCode, { column: ChecklistColumn | null; message: (value: string) => string }> = {
  "missing-status": { column: "Status", message: () => `Status is empty: pick ${STATUS_LIST}.` },
  "bad-status": {
    column: "Status",
    message: (v) =>
      `Status ${quote(v)} is not a status: pick ${STATUS_LIST}, and put the open question in Notes with an owner and a due date.`,
  },
  "missing-owner": {
    column: "Owner",
    message: (v) =>
      v
        ? `Owner ${quote(v)} is not a person: put the one person who owns this open item in Owner.`
        : "This open item has no owner: put the one person who owns it in Owner.",
  },
  "multiple-owners": {
    column: "Owner",
    message: (v) =>
      `Owner ${quote(v)} names more than one person: put one person in Owner (others can go in Notes).`,
  },
  "team-owner": {
    column: "Owner",
    message: (v) =>
      `Owner ${quote(v)} is a team, not a person: put the one person who owns this item in Owner.`,
  },
  "missing-due": {
    column: "Due",
    message: () =>
      `This open item has no due date: put the date it will be resolved in Due, ${DATE_EXAMPLE}.`,
  },
  "bad-due": {
    column: "Due",
    message: (v) => `Due ${quote(v)} is not a date: put a real date in Due, ${DATE_EXAMPLE}.`,
  },
  overdue: {
    column: "Due",
    message: (v) =>
      `Due ${v} has passed: finish the item, or agree a new due date with its owner and update Due.`,
  },
  "na-needs-reason": {
    column: "Notes",
    message: () => "N/A needs a reason: say in Notes why this item does not apply.",
  },
  "na-needs-approver": {
    column: "Approved by",
    message: () => "A required item marked N/A needs approval: put who agreed to skip it in Approved by.",
  },
  "needs-evidence": {
    column: "Evidence",
    message: (kind) =>
      `An ${kind} counts as Done only with evidence: put a link or reference to it in Evidence, or set Status back to In progress.`,
  },
  "needs-approver": {
    column: "Approved by",
    message: () =>
      "An approval counts as Done only when Approved by names who approved it: fill in Approved by.",
  },
  "exceptions-need-high-risk": {
    column: null,
    message: (v) =>
      `This handoff records exceptions (${quote(v)}) but its checklist has no custom/high-risk items: add the custom or high-risk checklist on top of this one, or clear Exceptions if there are none.`,
  },
};

/** Builds the finding for a code at a row (null for the whole handoff), with the text it is about. */
export function makeFinding(code: FindingCode, row: number | null, value = ""): Finding {
  const spec = SPECS[code];
  return {
    row,
    column: spec.column,
    severity: WARNING_CODES.has(code) ? "warning" : "error",
    code,
    message: spec.message(value),
  };
}
