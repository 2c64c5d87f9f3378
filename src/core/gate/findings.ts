// What a validation rule reports: where, how serious, a code to count by, and the fix in plain words.
import type { ChecklistColumn } from "../checklist/columns";
import { ownerProblem } from "../checklist/owner";
import { STATUSES } from "../checklist/statuses";

/**
 * How serious a finding is: an error is something wrong (it blocks the gate and is marked on its cell),
 * a warning is shown but never blocks, a "todo" is what an untouched open item still needs (an owner,
 * a due date): it keeps the gate at NOT YET and is counted there, but is shown in a neutral colour and
 * never marked on the sheet.
 */
export type Severity = "error" | "warning" | "todo";

/** Codes of the checklist rules (rows and the handoff as a whole). */
export type ChecklistCode =
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
  | "exceptions-need-high-risk"
  | "done-needs-owner"
  | "placeholder-evidence"
  | "approver-not-one-person"
  | "blocked-needs-reason";

/** Codes of the decision block's rules. */
export type DecisionCode =
  | "bad-decision"
  | "override-needs-reason"
  | "override-needs-approver"
  | "bad-acknowledged-on"
  | "acknowledgement-needs-date"
  | "acknowledgement-needs-name"
  | "go-without-acknowledgement"
  | "override-approver-not-one-person"
  | "override-approver-is-owner"
  | "acknowledger-not-one-person"
  | "acknowledger-not-receiving-owner"
  | "reopened-after-go";

/** Codes about the shape of what was read or typed: a lost column, a request field, an unfinished date. */
export type InputCode = "missing-column" | "invalid-input" | "incomplete-date";

export type FindingCode = ChecklistCode | DecisionCode | InputCode;

/**
 * One problem: the field it points at (a checklist column, a form field), the checklist row when it is
 * about one (null otherwise), how serious, a code to count by, and the fix in plain words.
 */
export type Finding<F extends string | null = ChecklistColumn | null> = {
  row: number | null;
  field: F;
  severity: Severity;
  code: FindingCode;
  message: string;
};

const STATUS_LIST = `${STATUSES.slice(0, -1).join(", ")} or ${STATUSES[STATUSES.length - 1]}`;
const DATE_EXAMPLE = "e.g. 2026-12-01";

const quote = (text: string, max = 60) => `"${text.length > max ? `${text.slice(0, max - 1)}…` : text}"`;

interface CodeSpec {
  readonly severity: Severity;
  /** The checklist column a checklist rule's finding points at (null: the handoff as a whole). */
  readonly column?: ChecklistColumn | null;
  readonly message: (value: string, detail: string) => string;
}

/** Every code: its severity, the column a checklist finding points at, and its message given the text it is about. */
const CODES: Record<FindingCode, CodeSpec> = {
  "missing-status": {
    severity: "error",
    column: "Status",
    message: () => `Status is empty: pick ${STATUS_LIST}.`,
  },
  "bad-status": {
    severity: "error",
    column: "Status",
    message: (v) =>
      `Status ${quote(v)} is not a status: pick ${STATUS_LIST}, and put the open question in Notes with an owner and a due date.`,
  },
  "missing-owner": {
    severity: "todo",
    column: "Owner",
    message: (v) =>
      v
        ? `Owner ${quote(v)} is not a person: put the one person who owns this open item in Owner.`
        : "No owner yet: put the one person who owns this item in Owner.",
  },
  "multiple-owners": {
    severity: "error",
    column: "Owner",
    message: (v) =>
      `Owner ${quote(v)} names more than one person: put one person in Owner (others can go in Notes).`,
  },
  "team-owner": {
    severity: "error",
    column: "Owner",
    message: (v) =>
      `Owner ${quote(v)} is a team, not a person: put the one person who owns this item in Owner.`,
  },
  "missing-due": {
    severity: "todo",
    column: "Due",
    message: () => `No due date yet: put the date this item will be resolved in Due, ${DATE_EXAMPLE}.`,
  },
  "bad-due": {
    severity: "error",
    column: "Due",
    message: (v) => `Due ${quote(v)} is not a date: put a real date in Due, ${DATE_EXAMPLE}.`,
  },
  overdue: {
    severity: "warning",
    column: "Due",
    message: (v) =>
      `Due ${v} has passed: finish the item, or agree a new due date with its owner and update Due.`,
  },
  "na-needs-reason": {
    severity: "error",
    column: "Notes",
    message: () => "N/A needs a reason: say in Notes why this item does not apply.",
  },
  "na-needs-approver": {
    severity: "error",
    column: "Approved by",
    message: () => "A required item marked N/A needs approval: put who agreed to skip it in Approved by.",
  },
  "needs-evidence": {
    severity: "error",
    column: "Evidence",
    message: (kind) =>
      `An ${kind} counts as Done only with evidence: put a link or reference to it in Evidence, or set Status back to In progress.`,
  },
  "needs-approver": {
    severity: "error",
    column: "Approved by",
    message: () =>
      "An approval counts as Done only when Approved by names who approved it: fill in Approved by.",
  },
  "exceptions-need-high-risk": {
    severity: "error",
    column: null,
    message: (v) =>
      `This handoff records exceptions (${quote(v)}) but its checklist has no custom/high-risk items: add the custom or high-risk checklist on top of this one, or clear Exceptions if there are none.`,
  },
  "bad-decision": {
    severity: "error",
    message: (v) => `"${v}" is not a decision: choose Go or Not yet.`,
  },
  "override-needs-reason": {
    severity: "error",
    message: () => "Go while the gate says NOT YET is an override: write the reason in Override reason.",
  },
  "override-needs-approver": {
    severity: "error",
    message: () =>
      "Go while the gate says NOT YET is an override: name who approved it in Override approved by.",
  },
  "bad-acknowledged-on": {
    severity: "error",
    message: () =>
      "Acknowledged on is not a date: enter the date the receiving team confirmed, e.g. 2026-12-01.",
  },
  "acknowledgement-needs-date": {
    severity: "warning",
    message: () => "Add the date of the receiving team's acknowledgement in Acknowledged on.",
  },
  "acknowledgement-needs-name": {
    severity: "warning",
    message: () => "Name who acknowledged for the receiving team in Acknowledged by.",
  },
  "go-without-acknowledgement": {
    severity: "warning",
    message: () =>
      "Go is recorded but the receiving team has not acknowledged: ask them to confirm they can start.",
  },
  "missing-column": {
    severity: "error",
    message: (column, headerRow) =>
      `The checklist has no "${column}" column: put its header back in row ${headerRow} (undo the change that removed it).`,
  },
  "invalid-input": { severity: "error", message: (message) => message },
  "done-needs-owner": {
    severity: "error",
    column: "Owner",
    message: () =>
      "This required item is Done but names no owner: put the one person accountable for it in Owner.",
  },
  "placeholder-evidence": {
    severity: "error",
    column: "Evidence",
    message: (v) =>
      `Evidence ${quote(v)} is a placeholder, not evidence: put a link to the document (https://…) or a reference a reader can follow, such as "DocuSign envelope 4F2A-19" or "SOW-2026-114 in Legal's drive".`,
  },
  "approver-not-one-person": {
    severity: "error",
    column: "Approved by",
    message: (v, problem) => personMessage("Approved by", v, problem, "the one person who approved it"),
  },
  "blocked-needs-reason": {
    severity: "error",
    column: "Notes",
    message: () => "Blocked needs a reason: say in Notes what blocks this item and who can unblock it.",
  },
  "override-approver-not-one-person": {
    severity: "error",
    message: (v, problem) =>
      personMessage("Override approved by", v, problem, "the one person who approved the override"),
  },
  "override-approver-is-owner": {
    severity: "error",
    message: (v) =>
      `Override approved by ${quote(v)} is the handoff owner: an override needs someone else's approval, e.g. the owner's manager.`,
  },
  "acknowledger-not-one-person": {
    severity: "error",
    message: (v, problem) =>
      personMessage("Acknowledged by", v, problem, "the one person who acknowledged for the receiving team"),
  },
  "reopened-after-go": {
    severity: "error",
    message: () =>
      "The checklist changed after Go and the gate now says NOT YET: confirm Go again as an override (give the reason and who approved it), or withdraw it by choosing Not yet.",
  },
  "acknowledger-not-receiving-owner": {
    severity: "error",
    message: (v, owner) =>
      `Only the receiving owner (${owner}) can record the acknowledgement; you are signed in as ${v || "someone Google does not name"}. Ask ${owner} to open the sidebar and acknowledge.`,
  },
  "incomplete-date": {
    severity: "error",
    message: (label) => `${label} is not a complete date: finish the day, month and year, or clear it.`,
  },
};

/** A person field's message for an owner problem ("missing", "multiple", "team"). */
function personMessage(label: string, value: string, problem: string, who: string): string {
  if (problem === "multiple") return `${label} ${quote(value)} names more than one person: put ${who}.`;
  if (problem === "team") return `${label} ${quote(value)} is a team, not a person: put ${who}.`;
  return `${label} ${quote(value)} is not a person: put ${who}.`;
}

/** Codes whose findings are warnings: shown to people, never blocking the gate. */
export const WARNING_CODES: ReadonlySet<FindingCode> = new Set(
  (Object.keys(CODES) as FindingCode[]).filter((code) => CODES[code].severity === "warning"),
);

/** Codes whose findings say what an open item still needs ("todo"): counted by the gate, not errors. */
export const TODO_CODES: ReadonlySet<FindingCode> = new Set(
  (Object.keys(CODES) as FindingCode[]).filter((code) => CODES[code].severity === "todo"),
);

/** Builds a checklist rule's finding at a row (null for the whole handoff), with the text it is about. */
export function makeFinding(code: ChecklistCode, row: number | null, value = "", detail = ""): Finding {
  const spec = CODES[code];
  return {
    row,
    field: spec.column ?? null,
    severity: spec.severity,
    code,
    message: spec.message(value, detail),
  };
}

/** Builds the finding for a code on a named field, with the text it is about (and a detail some messages name). */
export function fieldFinding<F extends string | null>(
  field: F,
  code: FindingCode,
  value = "",
  detail = "",
): Finding<F> {
  const spec = CODES[code];
  return { row: null, field, severity: spec.severity, code, message: spec.message(value, detail) };
}

/** Why `value` typed in a form's person field `field` ("handoff owner") is not one person, naming that field; null when it is fine. */
export function ownerProblemMessage(value: string, field: string): string | null {
  const problem = ownerProblem(value);
  const typed = value.trim();
  const label = field.charAt(0).toUpperCase() + field.slice(1);
  if (problem === "missing")
    return typed
      ? `${label} “${typed}” is not a person: enter the ${field}'s name.`
      : `Enter the ${field}: one person.`;
  if (problem === "multiple")
    return `${label} “${typed}” names more than one person: enter one person as ${field}.`;
  if (problem === "team") return `${label} “${typed}” is a team, not a person: enter one person from it.`;
  return null;
}
