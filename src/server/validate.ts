// Validate this handoff: reads the active tab once, marks findings on their cells, puts back header
// formulas that were typed over or left behind by added rows, and reports a summary.

import { repairEntry } from "../core/log/action-entries";
import { ADDON_NAME } from "../core/product";
import { a1 } from "../core/sheet/a1";
import { markFindings } from "../core/tab/cell-marks";
import { evaluateHandoffTab } from "../core/tab/evaluate-tab";
import { headerFormulaRepairs } from "../core/tab/header-repairs";
import { notChecklistMessage } from "../core/tab/tab-locator";
import { itemsToDo, validationSummary } from "../core/tab/validation-summary";
import { sheetDates } from "./calendar-cells";
import { appendLog, logTime } from "./handoff-log";

/** Menu: validates the active checklist tab and marks each finding on its cell. */
export function validateHandoff(): string {
  const ss = SpreadsheetApp.getActive();
  const sheet = ss.getActiveSheet();
  const range = sheet.getDataRange();
  const dates = sheetDates(ss);
  const values = dates.read(range.getValues());
  let evaluation: ReturnType<typeof evaluateHandoffTab>;
  try {
    // The tab's own id names it in messages; its sheet name is read only when it is not a checklist.
    evaluation = evaluateHandoffTab(values, "", dates.today());
  } catch (e) {
    const message = (e as Error).message;
    ss.toast(message, ADDON_NAME);
    return message;
  }
  if (!evaluation) {
    const message = notChecklistMessage(sheet.getName());
    ss.toast(message, ADDON_NAME);
    return message;
  }
  const repairs = headerFormulaRepairs(evaluation.tab, values, evaluation.view.gate);
  for (const r of repairs) sheet.getRange(r.row, r.column).setFormula(r.formula);
  const logged = repairEntry(
    evaluation.tab.id,
    repairs.map((r) => `restored ${a1(r.row, r.column)} to ${r.formula}`),
  );
  if (logged) appendLog(ss, [logged], logTime(dates.timeZone));
  const marked = markFindings(range.getNotes(), range.getBackgrounds(), evaluation.placed);
  range.setNotes(marked.notes);
  range.setBackgrounds(marked.backgrounds);
  const errors = evaluation.placed.filter((f) => f.severity === "error").length;
  const summary = validationSummary(
    evaluation.tab.id,
    evaluation.gate.verdict,
    errors,
    evaluation.placed.length - errors,
    repairs.length,
    itemsToDo(evaluation.findings),
  );
  ss.toast(summary, ADDON_NAME);
  return summary;
}
