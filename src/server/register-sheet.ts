// Creates the Handoffs register when a workbook has none: header, notes, colours, validation, formats,
// as the core's register sheet plan says.
import { REGISTER_SHEET } from "../core/register/register-columns";
import { planRegisterSheet } from "../core/register/register-sheet-plan";
import { buildConditionalRules, buildValidation } from "./format-builders";

/** The register sheet, created and formatted on first use. */
export function getOrCreateRegister(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
): GoogleAppsScript.Spreadsheet.Sheet {
  return ss.getSheetByName(REGISTER_SHEET) ?? createRegister(ss);
}

function createRegister(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): GoogleAppsScript.Spreadsheet.Sheet {
  const sheet = ss.insertSheet(REGISTER_SHEET, 0);
  const bodyRows = sheet.getMaxRows() - 1;
  const plan = planRegisterSheet(bodyRows);
  const width = plan.header.length;
  sheet
    .getRange(1, 1, 1, width)
    .setValues([plan.header])
    .setNotes([plan.headerNotes])
    .setFontWeight("bold")
    .setBackground(plan.headerBackground);
  sheet.setFrozenRows(plan.frozenRows);
  sheet.setConditionalFormatRules(buildConditionalRules(sheet, plan.conditionalRules));
  sheet.getRange(plan.yesNoRange).setDataValidation(buildValidation(plan.yesNo));
  sheet
    .getRange(2, 1, bodyRows, width)
    .setNumberFormats(Array.from({ length: bodyRows }, () => plan.bodyFormats));
  sheet.setColumnWidths(1, width, plan.columnWidth);
  return sheet;
}
