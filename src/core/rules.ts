// The validation rules shared by the sheet, the gate formula and the sidebar.
import type { ChecklistRow } from "./checklist-table";
import { dayNumber, toIsoDate } from "./dates";
import { type Finding, makeFinding } from "./findings";
import { isHighRiskRow, recordsExceptions } from "./handoff-exceptions";
import { ownerProblem } from "./owner";
import { isOpenStatus } from "./statuses";

export interface HandoffContext {
  today: Date;
  /** Free text of the tab's Exceptions cell; "", "none", "n/a" mean none. */
  exceptions?: string;
}

const OWNER_CODES = {
  missing: "missing-owner",
  multiple: "multiple-owners",
  team: "team-owner",
} as const;

function checkRow(row: ChecklistRow, todayNumber: number, out: Finding[]): void {
  const at = row.index;
  if (row.status === null) {
    out.push(makeFinding(row.statusText ? "bad-status" : "missing-status", at, row.statusText));
  }
  if (isOpenStatus(row.status)) {
    const problem = ownerProblem(row.owner);
    if (problem) out.push(makeFinding(OWNER_CODES[problem], at, row.owner));
    if (row.due === null) out.push(makeFinding("missing-due", at));
    else if (row.due === "invalid") out.push(makeFinding("bad-due", at, row.dueText));
    else if (dayNumber(row.due) < todayNumber) out.push(makeFinding("overdue", at, toIsoDate(row.due)));
  } else if (row.status === "Done") {
    if ((row.kind === "attachment" || row.kind === "approval") && !row.evidence) {
      out.push(makeFinding("needs-evidence", at, row.kind));
    }
    if (row.kind === "approval" && !row.approvedBy) out.push(makeFinding("needs-approver", at));
  } else {
    if (!row.notes) out.push(makeFinding("na-needs-reason", at));
    if (row.required && !row.approvedBy) out.push(makeFinding("na-needs-approver", at));
  }
}

/** The findings of one row, as the sidebar shows them while a person types. */
export function validateRow(row: ChecklistRow, today: Date): Finding[] {
  const out: Finding[] = [];
  checkRow(row, dayNumber(today), out);
  return out;
}

/** The findings of a whole checklist: every row, then the handoff-level rules. */
export function validateChecklist(rows: ChecklistRow[], ctx: HandoffContext): Finding[] {
  const out: Finding[] = [];
  const todayNumber = dayNumber(ctx.today);
  for (const row of rows) checkRow(row, todayNumber, out);
  if (recordsExceptions(ctx.exceptions) && !rows.some(isHighRiskRow)) {
    out.push(makeFinding("exceptions-need-high-risk", null, (ctx.exceptions ?? "").trim()));
  }
  return out;
}
