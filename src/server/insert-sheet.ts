// Inserting a tab: under a name people may already have taken by hand (a few numbered variants are
// tried; when insertSheet fails, the tabs' names tell whether the name was taken, since Apps Script
// localizes the error's text), and sized to its content (core/sheet/sheet-size.ts) in at most two
// calls more, so a tab costs its content's cells rather than Sheets' default 26,000, and counted in the
// capacity tally. Every sheet the add-on creates goes through insertSheetNamed.
import {
  type GridSize,
  gridCells,
  NEW_SHEET_GRID,
  type ResizeStep,
  resizeSteps,
} from "../core/sheet/sheet-size";
import { noteSheetAdded } from "./workbook-use";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Whether a tab already has this name; Sheets compares names ignoring case. */
export function sheetNameInUse(ss: Spreadsheet, name: string): boolean {
  const key = name.toLowerCase();
  return ss.getSheets().some((s) => s.getName().toLowerCase() === key);
}

/** How insertSheetNamed places and sizes the sheet; every field optional. */
export interface InsertOptions {
  /** The grid to trim or grow the new sheet to (default: Sheets' 1000 × 26, untouched). */
  readonly size?: GridSize;
  /** 0-based position among the tabs (default: last). */
  readonly index?: number;
  /** How many names to try (default 5). */
  readonly attempts?: number;
  /** The message when every name tried was taken (default: asks to rename one of them). */
  readonly allTaken?: (firstName: string) => string;
  /**
   * False when the caller writes the capacity tally itself (New handoff with its counter, Restore with
   * the rows it removes); by default the new sheet's cells and tab are added to it.
   */
  readonly tally?: boolean;
}

/**
 * Inserts a sheet under the first free name `nameFor` gives (it becomes active), sized as asked, in a
 * fixed number of calls, and counts it in the capacity tally; says what to do if no name is free.
 */
export function insertSheetNamed(
  ss: Spreadsheet,
  nameFor: (taken: readonly string[]) => string,
  options: InsertOptions = {},
): { sheet: Sheet; name: string } {
  const taken: string[] = [];
  for (let i = 0; i < (options.attempts ?? 5); i++) {
    const name = nameFor(taken);
    let sheet: Sheet;
    try {
      sheet = options.index === undefined ? ss.insertSheet(name) : ss.insertSheet(name, options.index);
    } catch (e) {
      if (!sheetNameInUse(ss, name)) throw e;
      taken.push(name);
      continue;
    }
    if (options.size) for (const step of resizeSteps(options.size, NEW_SHEET_GRID)) resize(sheet, step);
    if (options.tally !== false) noteSheetAdded(gridCells(options.size ?? NEW_SHEET_GRID));
    return { sheet, name };
  }
  const first = taken[0] ?? "";
  throw new Error(
    options.allTaken?.(first) ??
      `Tabs named like "${first}" already exist: rename one of them and try again.`,
  );
}

/** Applies one planned change of the grid (one call). */
export function resize(sheet: Sheet, step: ResizeStep): void {
  switch (step.op) {
    case "deleteRows":
      sheet.deleteRows(step.at, step.count);
      return;
    case "deleteColumns":
      sheet.deleteColumns(step.at, step.count);
      return;
    case "insertRowsAfter":
      sheet.insertRowsAfter(step.after, step.count);
      return;
    case "insertColumnsAfter":
      sheet.insertColumnsAfter(step.after, step.count);
  }
}
