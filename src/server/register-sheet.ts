// The register: the sheet the add-on marked as its register (sheet metadata), whatever people renamed
// it to. Created when a workbook has none, under a name no person's sheet has: header, notes, colours,
// validation, formats, as the core's register sheet plan says.

import {
  REGISTER_BODY_ROWS,
  REGISTER_GROW_ROWS,
  registerMustGrow,
  registerSize,
} from "../core/capacity/sheet-sizes";
import { REGISTER_METADATA_KEY, registerSheetName } from "../core/register/register-columns";
import { planRegisterSheet, type RegisterSheetPlan } from "../core/register/register-sheet-plan";
import { buildConditionalRules, buildValidation } from "./format-builders";
import { insertSheetNamed } from "./insert-sheet";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The register the add-on created, found by its metadata; null when the workbook has none. */
export function findRegister(ss: Spreadsheet): Sheet | null {
  const found = ss.createDeveloperMetadataFinder().withKey(REGISTER_METADATA_KEY).find();
  return found[0]?.getLocation().getSheet() ?? null;
}

/** The register sheet, created and formatted on first use. */
export function getOrCreateRegister(ss: Spreadsheet): Sheet {
  return findRegister(ss) ?? createRegister(ss);
}

function createRegister(ss: Spreadsheet): Sheet {
  const plan = planRegisterSheet(REGISTER_BODY_ROWS);
  const width = plan.header.length;
  // A person's own sheet called "Handoffs" is never written into: the register takes another name.
  const { sheet } = insertSheetNamed(
    ss,
    (taken) => registerSheetName((n) => taken.some((t) => t.toLowerCase() === n.toLowerCase())),
    { index: 0, size: registerSize(width) },
  );
  sheet.addDeveloperMetadata(REGISTER_METADATA_KEY);
  sheet
    .getRange(1, 1, 1, width)
    .setValues([plan.header])
    .setNotes([plan.headerNotes])
    .setFontWeight("bold")
    .setBackground(plan.headerBackground);
  sheet.setFrozenRows(plan.frozenRows);
  sheet.setConditionalFormatRules(buildConditionalRules(sheet, plan.conditionalRules));
  formatRegisterRows(sheet, plan, 2, REGISTER_BODY_ROWS);
  sheet.setColumnWidths(1, width, plan.columnWidth);
  return sheet;
}

/** Date formats and the yes/no check on `count` body rows from `fromRow` (four calls). */
function formatRegisterRows(sheet: Sheet, plan: RegisterSheetPlan, fromRow: number, count: number): void {
  sheet
    .getRange(fromRow, 1, count, plan.bodyFormats.length)
    .setNumberFormats(Array.from({ length: count }, () => plan.bodyFormats));
  sheet
    .getRange(fromRow, plan.yesNoColumns.start, count, plan.yesNoColumns.count)
    .setDataValidation(buildValidation(plan.yesNo));
}

/**
 * Makes room for a row below `lastRow` when the register has no empty row left under it: adds
 * REGISTER_GROW_ROWS rows, formatted as the first ones. They go in above the bottom row when it is
 * empty, so the colour rules that reach it stretch over them.
 */
export function growRegisterFor(sheet: Sheet, lastRow: number, maxRows: number): void {
  if (!registerMustGrow(lastRow, maxRows)) return;
  if (lastRow < maxRows) sheet.insertRowsBefore(maxRows, REGISTER_GROW_ROWS);
  else sheet.insertRowsAfter(maxRows, REGISTER_GROW_ROWS);
  const plan = planRegisterSheet(maxRows - 1 + REGISTER_GROW_ROWS);
  formatRegisterRows(sheet, plan, lastRow < maxRows ? maxRows : maxRows + 1, REGISTER_GROW_ROWS);
}
