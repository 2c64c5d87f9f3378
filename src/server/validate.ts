// Validate this handoff: reads the active tab once, marks findings on their cells, puts back header
// formulas that were typed over (keeping the typed text in a note) or widens a gate left behind by added
// rows, explains a gate cell that shows an error instead of writing over it, and reports a summary.

import { repairEntry } from "../core/log/action-entries";
import { ADDON_NAME } from "../core/product";
import { a1 } from "../core/sheet/a1";
import { markFindings } from "../core/tab/cell-marks";
import { evaluateHandoffTab } from "../core/tab/evaluate-tab";
import { keptTypedNote, mirrorAnchors, planHeaderRepairs } from "../core/tab/header-repairs";
import { handoffIdIn, notChecklistMessage } from "../core/tab/tab-locator";
import { itemsToDo, validationSummary } from "../core/tab/validation-summary";
import { sheetDates } from "./calendar-cells";
import { appendLog, logTime } from "./handoff-log";
import { tabIdFromMetadata } from "./tab-anchor";

/** Menu: validates the active checklist tab and marks each finding on its cell. */
export function validateHandoff(): string {
  const ss = SpreadsheetApp.getActive();
  const sheet = ss.getActiveSheet();
  const range = sheet.getDataRange();
  const dates = sheetDates(ss);
  const values = dates.read(range.getValues());
  // The tab's metadata is read only when its header no longer names the handoff (a deleted ID cell).
  const knownId = handoffIdIn(values) ?? tabIdFromMetadata(sheet);
  let evaluation: ReturnType<typeof evaluateHandoffTab>;
  try {
    evaluation = evaluateHandoffTab(values, "", dates.today(), knownId);
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
  const plan = planHeaderRepairs(evaluation.tab, values, range.getFormulas());
  for (const r of plan.repairs) sheet.getRange(r.row, r.column).setFormula(r.formula);
  if (plan.repairs.length) {
    // Header formulas had to be put back, so their cells may have moved or been deleted: the register's
    // live columns follow the cells through these names, so point them at the cells found now.
    for (const a of mirrorAnchors(evaluation.tab.id, plan.cells))
      ss.setNamedRange(a.name, sheet.getRange(a.row, a.column));
  }
  const logged = repairEntry(
    evaluation.tab.id,
    plan.repairs.map((r) => `restored ${a1(r.row, r.column)} to ${r.formula}`),
  );
  if (logged) appendLog(ss, [logged], logTime(dates.timeZone));
  const marked = markFindings(range.getNotes(), range.getBackgrounds(), evaluation.placed);
  for (const r of plan.repairs) {
    const line = marked.notes[r.row - 1];
    if (r.typed !== null && line) line[r.column - 1] = keptTypedNote(line[r.column - 1] ?? "", r.typed);
  }
  range.setNotes(marked.notes);
  range.setBackgrounds(marked.backgrounds);
  const errors = evaluation.placed.filter((f) => f.severity === "error").length;
  const summary = [
    validationSummary(
      evaluation.tab.id,
      evaluation.gate.verdict,
      errors,
      evaluation.placed.length - errors,
      plan.repairs.length,
      itemsToDo(evaluation.findings),
    ),
    ...plan.problems,
  ].join(" ");
  ss.toast(summary, ADDON_NAME);
  return summary;
}
