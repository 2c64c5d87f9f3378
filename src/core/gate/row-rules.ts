// The rules one checklist row must meet, shared by the sheet, the gate formula and the sidebar.

import type { ChecklistRow } from "../checklist/checklist-row";
import { evidenceProblem } from "../checklist/evidence";
import { OWNER_FINDING_CODES, ownerProblem } from "../checklist/owner";
import { isOpenStatus } from "../checklist/statuses";
import { type CalendarDate, compareCalendarDates, formatCalendarDate } from "../sheet/calendar-date";
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

export function checkRow(
  row: ChecklistRow,
  today: CalendarDate,
  checkOwner: OwnerCheck,
  out: Finding[],
): void {
  const at = row.index;
  if (row.status === null) {
    out.push(makeFinding(row.statusText ? "bad-status" : "missing-status", at, row.statusText));
  }
  if (row.approvedBy) {
    const problem = checkOwner(row.approvedBy);
    if (problem) out.push(makeFinding("approver-not-one-person", at, row.approvedBy, problem));
  }
  if (isOpenStatus(row.status)) {
    const problem = checkOwner(row.owner);
    if (problem) out.push(makeFinding(OWNER_FINDING_CODES[problem], at, row.owner));
    if (row.status === "Blocked" && !row.notes) out.push(makeFinding("blocked-needs-reason", at));
    if (row.due === null) out.push(makeFinding("missing-due", at));
    else if (row.due === "invalid") out.push(makeFinding("bad-due", at, row.dueText));
    else if (compareCalendarDates(row.due, today) < 0) {
      out.push(makeFinding("overdue", at, formatCalendarDate(row.due)));
    }
  } else if (row.status === "Done") {
    if (row.required || row.kind === "review") {
      const problem = checkOwner(row.owner);
      if (problem === "missing") out.push(makeFinding("done-needs-owner", at, row.owner));
      else if (problem) out.push(makeFinding(OWNER_FINDING_CODES[problem], at, row.owner));
    }
    if (row.kind === "attachment" || row.kind === "approval") {
      const problem = evidenceProblem(row.evidence);
      if (problem === "missing") out.push(makeFinding("needs-evidence", at, row.kind));
      else if (problem) out.push(makeFinding("placeholder-evidence", at, row.evidence));
    }
    if (row.kind === "approval" && !row.approvedBy) out.push(makeFinding("needs-approver", at));
  } else {
    if (!row.notes) out.push(makeFinding("na-needs-reason", at));
    if (row.required && !row.approvedBy) out.push(makeFinding("na-needs-approver", at));
  }
}

/** The findings of one row, as the sidebar shows them while a person types. */
export function validateRow(row: ChecklistRow, today: CalendarDate): Finding[] {
  const out: Finding[] = [];
  checkRow(row, today, ownerProblem, out);
  return out;
}
