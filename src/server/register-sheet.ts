// Creates the Handoffs register when a workbook has none: header, notes, colours, validation.

import {
  REGISTER_COLUMNS,
  REGISTER_HEADER_NOTES,
  REGISTER_SHEET,
  registerColumn,
} from "../core/register/register-columns";
import { columnLetter } from "../core/sheet/a1";
import { COLORS } from "../core/sheet/format-specs";

/** The register sheet, created and formatted on first use. */
export function getOrCreateRegister(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
): GoogleAppsScript.Spreadsheet.Sheet {
  return ss.getSheetByName(REGISTER_SHEET) ?? createRegister(ss);
}

function createRegister(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): GoogleAppsScript.Spreadsheet.Sheet {
  const sheet = ss.insertSheet(REGISTER_SHEET, 0);
  const width = REGISTER_COLUMNS.length;
  sheet
    .getRange(1, 1, 1, width)
    .setValues([[...REGISTER_COLUMNS]])
    .setNotes([REGISTER_COLUMNS.map((c) => REGISTER_HEADER_NOTES[c] ?? "")])
    .setFontWeight("bold")
    .setBackground(COLORS.tableHeaderBg);
  sheet.setFrozenRows(1);
  const gate = columnLetter(registerColumn("Gate"));
  const detail = columnLetter(registerColumn("Gate detail"));
  const ranges = sheet.getRangeList([`${gate}2:${detail}`]).getRanges();
  sheet.setConditionalFormatRules([
    SpreadsheetApp.newConditionalFormatRule()
      .whenTextEqualTo("GO")
      .setBackground(COLORS.goBg)
      .setFontColor(COLORS.goText)
      .setRanges(ranges)
      .build(),
    SpreadsheetApp.newConditionalFormatRule()
      .whenTextStartsWith("NOT YET")
      .setBackground(COLORS.notYetBg)
      .setFontColor(COLORS.notYetText)
      .setRanges(ranges)
      .build(),
  ]);
  const yesNo = SpreadsheetApp.newDataValidation()
    .requireValueInList(["Yes", "No"], true)
    .setAllowInvalid(true)
    .setHelpText("Yes or No.")
    .build();
  const bodyRows = sheet.getMaxRows() - 1;
  sheet.getRange(2, registerColumn("Scope matched"), bodyRows, 2).setDataValidation(yesNo);
  const dated = ["Created", "Target kickoff", "Acknowledged on", "Completed on", "Actual start"] as const;
  const formats = REGISTER_COLUMNS.map((c) =>
    (dated as readonly string[]).includes(c) ? "yyyy-mm-dd" : "General",
  );
  sheet.getRange(2, 1, bodyRows, width).setNumberFormats(Array.from({ length: bodyRows }, () => formats));
  sheet.setColumnWidths(1, width, 120);
  return sheet;
}
