// The rules one checklist row must meet, shared by the sheet, the gate formula and the sidebar.

import type { ChecklistRow } from "../checklist/checklist-row";
import { OWNER_FINDING_CODES, ownerProblem } from "../checklist/owner";
import { isOpenStatus } from "../checklist/statuses";
import { toIsoDate } from "../sheet/date-cell";
import { type Finding, makeFinding } from "./findings";

export type OwnerCheck = (owner: string) => ReturnType<typeof ownerProblem>;

/** ownerProblem remembering its answers: a checklist names the same few owners again and again. */
export function ownerChecker(): OwnerCheck {
  const seen = new Map<string, ReturnType<typeof ownerProblem>>();
  return (owner) => {
    let problem = seen.get(owner);
    if (problem === undefined) {
      problem = ownerProblem(owner);
      if (seen.size < 1000) seen.set(owner, problem);
    }
    return problem;
  };
}

/** The first moment of today's local calendar day: a due date before it is overdue. */
export function startOfDay(today: Date): number {
  return new Date(today.getFullYear(), today.getMonth(), today.getDate()).getTime();
}

export function checkRow(
  row: ChecklistRow,
  todayStart: number,
  checkOwner: OwnerCheck,
  out: Finding[],
): void {
  const at = row.index;
  if (row.status === null) {
    out.push(makeFinding(row.statusText ? "bad-status" : "missing-status", at, row.statusText));
  }
  if (isOpenStatus(row.status)) {
    const problem = checkOwner(row.owner);
    if (problem) out.push(makeFinding(OWNER_FINDING_CODES[problem], at, row.owner));
    if (row.due === null) out.push(makeFinding("missing-due", at));
    else if (row.due === "invalid") out.push(makeFinding("bad-due", at, row.dueText));
    else if (row.due.getTime() < todayStart) out.push(makeFinding("overdue", at, toIsoDate(row.due)));
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
  checkRow(row, startOfDay(today), ownerProblem, out);
  return out;
}
