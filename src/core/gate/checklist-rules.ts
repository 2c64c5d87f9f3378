// The rules a whole checklist must meet: every row's, then the handoff-level ones (exceptions need the
// custom/high-risk items).

import type { ChecklistRow } from "../checklist/checklist-row";
import { isHighRiskRow } from "../checklist/exceptions";
import { recordsExceptions } from "../checklist/records-exceptions";
import type { CalendarDate } from "../sheet/calendar-date";
import { type Finding, makeFinding } from "./findings";
import { checkRow, ownerChecker } from "./row-rules";

export interface HandoffContext {
  /** The day overdue is judged against (a due date before it is overdue). */
  today: CalendarDate;
  /** Free text of the tab's Exceptions cell; "", "none", "n/a" mean none. */
  exceptions?: string;
}

/** The findings of a whole checklist: every row, then the handoff-level rules. */
export function validateChecklist(rows: ChecklistRow[], ctx: HandoffContext): Finding[] {
  const out: Finding[] = [];
  const checkOwner = ownerChecker();
  for (const row of rows) checkRow(row, ctx.today, checkOwner, out);
  if (recordsExceptions(ctx.exceptions) && !rows.some(isHighRiskRow)) {
    out.push(makeFinding("exceptions-need-high-risk", null, (ctx.exceptions ?? "").trim()));
  }
  return out;
}
