// The body of the =HANDOFF_GATE custom function: a checklist range in, GO or NOT YET out.

import { readChecklistTable } from "../checklist/table-reader";
import type { CalendarDate } from "../sheet/calendar-date";
import { cellText } from "../sheet/cell-text";
import { parseYesNo } from "../sheet/yes-no";
import { withoutDecisionBlock } from "../tab/tab-locator";
import { validateChecklist } from "./checklist-rules";
import { computeGate, describeGate } from "./gate";

/** Exceptions text from a formula argument: a cell's value, or the non-blank cells of a range. */
function exceptionsText(v: unknown): string {
  if (!Array.isArray(v)) return cellText(v);
  return v
    .flat()
    .map(cellText)
    .filter((t) => t && t !== "false")
    .join("; ");
}

/**
 * The body of =HANDOFF_GATE(table, detail, exceptions): reads the table, validates it (with the
 * handoff's exceptions text, if given), and describes the gate. `detail` is a lenient yes/no.
 */
export function evaluateGateTable(
  values: unknown[][],
  detail: unknown,
  exceptions: unknown,
  today: CalendarDate,
): string {
  // A decision block moved into the range is not read as items (it would make every row invalid).
  const { rows } = readChecklistTable(withoutDecisionBlock(values));
  const findings = validateChecklist(rows, { today, exceptions: exceptionsText(exceptions) });
  return describeGate(computeGate(rows, findings), parseYesNo(detail) ?? false);
}
