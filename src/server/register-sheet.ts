// The register: the sheet the add-on marked as its register (sheet metadata), whatever people renamed
// it to. Created when a workbook has none, under a name no person's sheet has: header, notes, colours,
// validation, formats, as the core's register sheet plan says.
import { REGISTER_METADATA_KEY, registerSheetName } from "../core/register/register-columns";
import { planRegisterSheet } from "../core/register/register-sheet-plan";
import { buildConditionalRules, buildValidation } from "./format-builders";
import { sheetNameInUse } from "./insert-sheet";

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
  // A person's own sheet called "Handoffs" is never written into: the register takes another name.
  const name = registerSheetName((n) => sheetNameInUse(ss, n));
  const sheet = ss.insertSheet(name, 0);
  sheet.addDeveloperMetadata(REGISTER_METADATA_KEY);
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
