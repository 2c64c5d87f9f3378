// How many cells and tabs the workbook holds, for the capacity guard, in a fixed number of calls.
// Counting exactly costs 1 + 2 calls per sheet (getSheets, then getMaxRows and getMaxColumns of each),
// so the add-on keeps a tally in the document properties: the exact count when it last made one, plus
// the cells of each sheet it created or grew since. getNumSheets (one call) says whether the tally is
// still about this workbook: when the number of tabs differs (a person added or deleted a sheet), the
// workbook is counted exactly again and the tally restarts from the truth. Rows or columns people insert
// into existing sheets, and rows appendRow adds past a sheet's spare rows, are not in the tally until the
// next recount (README "Capacity").
import type { WorkbookUse } from "../core/capacity/capacity";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Document property holding the tally: {"cells": n, "tabs": n}. */
export const TALLY_KEY = "handoffGate.workbookUse";

/** Cells and tabs counted sheet by sheet (1 + 2 calls per sheet). */
export function countWorkbook(ss: Spreadsheet): WorkbookUse {
  const sheets = ss.getSheets();
  const cells = sheets.reduce((sum, s) => sum + s.getMaxRows() * s.getMaxColumns(), 0);
  return { cells, tabs: sheets.length };
}

/** The tally as stored, or null when missing or unreadable. */
function parseTally(stored: string | null | undefined): WorkbookUse | null {
  if (!stored) return null;
  try {
    const t = JSON.parse(stored) as Partial<WorkbookUse>;
    return Number.isInteger(t.cells) && Number.isInteger(t.tabs)
      ? { cells: Number(t.cells), tabs: Number(t.tabs) }
      : null;
  } catch {
    return null;
  }
}

/** The workbook's use from the stored tally (one call) or, when it no longer matches the tabs, counted exactly. */
export function workbookUse(ss: Spreadsheet, stored: string | null | undefined): WorkbookUse {
  const tally = parseTally(stored);
  if (tally && tally.tabs === ss.getNumSheets()) return tally;
  return countWorkbook(ss);
}

/** The tally to store after the add-on added `cells` cells in `tabs` new tabs. */
export function tallyAfter(use: WorkbookUse, cells: number, tabs: number): string {
  return JSON.stringify({ cells: use.cells + cells, tabs: use.tabs + tabs });
}

/**
 * Adds a sheet the add-on just created to the tally (two calls; nothing when there is no tally yet,
 * since the next count is exact anyway). insertSheetNamed calls it for every sheet but the checklist
 * tabs of New handoff and Restore, which write the tally with what else they change.
 */
export function noteSheetAdded(cells: number): void {
  noteWorkbookChange(cells, 1);
}

/** Adds cells and tabs (negative when removed) to the tally, as Archive and Restore change the workbook; nothing when there is none. */
export function noteWorkbookChange(cells: number, tabs: number): void {
  const props = PropertiesService.getDocumentProperties();
  const tally = parseTally(props.getProperty(TALLY_KEY));
  if (tally) props.setProperty(TALLY_KEY, tallyAfter(tally, cells, tabs));
}
