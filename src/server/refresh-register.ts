// Refresh register: one read of the register, live formulas restored, deleted tabs reported; six
// Spreadsheet calls whatever the register's size (ranges addressed through the spreadsheet by name).

import { ADDON_NAME } from "../core/product";
import { planRegisterRefresh } from "../core/register/refresh-plan";
import { REGISTER_COLUMNS, REGISTER_RANGE, REGISTER_SHEET } from "../core/register/register-columns";
import { a1, quoteSheetName } from "../core/sheet/a1";
import { appendLog } from "./handoff-log";

/** Menu: recomputes every register row's gate from its tab and reports what it found. */
export function refreshRegister(): string {
  const ss = SpreadsheetApp.getActive();
  let range: GoogleAppsScript.Spreadsheet.Range;
  try {
    range = ss.getRange(REGISTER_RANGE);
  } catch {
    const message = `There is no ${REGISTER_SHEET} register yet: start a handoff with New handoff… and it is created.`;
    ss.toast(message, ADDON_NAME);
    return message;
  }
  const plan = planRegisterRefresh(range.getValues());
  if (plan.headerMissing) {
    const register = range.getSheet();
    register.insertRowBefore(1);
    register.getRange(1, 1, 1, REGISTER_COLUMNS.length).setValues([[...REGISTER_COLUMNS]]);
    appendLog(ss, [{ handoff: "", action: "repair", details: `put back the ${REGISTER_SHEET} header row` }]);
  }
  const width = plan.block[0]?.length ?? 0;
  if (plan.block.length && width) {
    const target = a1(2, plan.firstColumn, plan.block.length + 1, plan.firstColumn + width - 1);
    ss.getRange(`${quoteSheetName(REGISTER_SHEET)}!${target}`).setValues(plan.block);
  }
  ss.toast(plan.summary, ADDON_NAME);
  return plan.summary;
}
