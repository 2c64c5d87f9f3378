// Refresh register: one read of the register, live formulas restored, deleted tabs reported.

import { ADDON_NAME } from "../core/product";
import { REGISTER_COLUMNS, REGISTER_SHEET } from "../core/register";
import { planRegisterRefresh } from "../core/register-refresh";

/** Menu: recomputes every register row's gate from its tab and reports what it found. */
export function refreshRegister(): string {
  const ss = SpreadsheetApp.getActive();
  const register = ss.getSheetByName(REGISTER_SHEET);
  if (!register) {
    const message = `There is no ${REGISTER_SHEET} register yet: start a handoff with New handoff… and it is created.`;
    ss.toast(message, ADDON_NAME);
    return message;
  }
  const values = register.getDataRange().getValues();
  const plan = planRegisterRefresh(values);
  if (plan.headerMissing) {
    register.insertRowBefore(1);
    register.getRange(1, 1, 1, REGISTER_COLUMNS.length).setValues([[...REGISTER_COLUMNS]]);
  }
  if (plan.block.length) {
    register
      .getRange(2, plan.firstColumn, plan.block.length, plan.block[0]?.length ?? 0)
      .setValues(plan.block);
  }
  ss.toast(plan.summary, ADDON_NAME);
  return plan.summary;
}
