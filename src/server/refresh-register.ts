// Refresh register: finds the register by its metadata, reads it once (values and formulas), restores
// the live formulas on the rows whose IDs the add-on issued, keeps text typed over them in the cell's
// note, and reports deleted tabs, duplicate IDs and missing columns; calls do not grow with its size.

import { hasArchiveLinks } from "../core/archive/archive-link";
import { ADDON_NAME } from "../core/product";
import { planRegisterRefresh } from "../core/register/refresh-plan";
import { REGISTER_COLUMNS } from "../core/register/register-columns";
import { keptTypedNote } from "../core/tab/header-repairs";
import { findArchive } from "./archive";
import { appendLog } from "./handoff-log";
import { COUNTER_KEY } from "./new-handoff";
import { findRegister } from "./register-sheet";

/** Menu: recomputes every register row's gate from its tab and reports what it found. */
export function refreshRegister(): string {
  const ss = SpreadsheetApp.getActive();
  const register = findRegister(ss);
  if (!register) {
    const message =
      "There is no Handoff Gate register yet: start a handoff with New handoff… and it is created.";
    ss.toast(message, ADDON_NAME);
    return message;
  }
  const range = register.getDataRange();
  const counter = Number(PropertiesService.getDocumentProperties().getProperty(COUNTER_KEY));
  const values = range.getValues();
  const formulas = range.getFormulas();
  // The Archive (its metadata proves which links are the add-on's) is looked for only when a row links like one.
  const archiveId = hasArchiveLinks(formulas) ? (findArchive(ss)?.getSheetId() ?? null) : null;
  const plan = planRegisterRefresh(
    values,
    formulas,
    Number.isInteger(counter) && counter > 0 ? counter : null,
    register.getName(),
    archiveId,
  );
  if (plan.headerMissing) {
    register.insertRowBefore(1);
    register.getRange(1, 1, 1, REGISTER_COLUMNS.length).setValues([[...REGISTER_COLUMNS]]);
    appendLog(ss, [
      { handoff: "", action: "repair", details: `put back the ${register.getName()} header row` },
    ]);
  }
  if (plan.typedOver.length) {
    // Read after any header insert, so rows line up with the plan's (header-first) rows.
    const body = register.getDataRange();
    const notes = body.getNotes();
    for (const t of plan.typedOver) {
      const line = notes[t.row - 1];
      if (line) line[t.column - 1] = keptTypedNote(line[t.column - 1] ?? "", t.typed);
    }
    body.setNotes(notes);
  }
  for (const w of plan.writes) {
    register.getRange(2, w.column, w.values.length, w.values[0]?.length ?? 1).setValues(w.values);
  }
  ss.toast(plan.summary, ADDON_NAME);
  return plan.summary;
}
