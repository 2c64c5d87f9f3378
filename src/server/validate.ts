// Validate this handoff: reads the active tab once, marks findings on their cells, reports a summary.
import { markFindings } from "../core/cell-marks";
import { notChecklistMessage } from "../core/checklist-tab";
import { evaluateHandoffTab } from "../core/handoff-view";
import { ADDON_NAME } from "../core/product";

/** The summary line a person sees after validating. */
export function validationSummary(id: string, verdict: string, errors: number, warnings: number): string {
  const parts = [
    `${errors} error${errors === 1 ? "" : "s"}`,
    `${warnings} warning${warnings === 1 ? "" : "s"}`,
  ];
  return `${id}: gate ${verdict} · ${parts.join(", ")}${errors + warnings ? " (see the notes on the marked cells)" : ""}.`;
}

/** Menu: validates the active checklist tab and marks each finding on its cell. */
export function validateHandoff(): string {
  const ss = SpreadsheetApp.getActive();
  const sheet = ss.getActiveSheet();
  const range = sheet.getDataRange();
  const values = range.getValues();
  const evaluation = evaluateHandoffTab(values, sheet.getName(), new Date());
  if (!evaluation) {
    const message = notChecklistMessage(sheet.getName());
    ss.toast(message, ADDON_NAME);
    return message;
  }
  const marked = markFindings(range.getNotes(), range.getBackgrounds(), evaluation.placed);
  range.setNotes(marked.notes);
  range.setBackgrounds(marked.backgrounds);
  const { gate } = evaluation;
  const errors = evaluation.placed.filter((f) => f.severity === "error").length;
  const summary = validationSummary(
    evaluation.tab.id,
    gate.verdict,
    errors,
    evaluation.placed.length - errors,
  );
  ss.toast(summary, ADDON_NAME);
  return summary;
}
