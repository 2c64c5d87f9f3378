// The grid of every sheet the add-on creates, so each costs its content plus a little room
// (core/sheet/sheet-size.ts), and the register and log grow by known steps as rows are appended.

import { compactSize, type GridSize } from "../sheet/sheet-size";
import { TAB_COLUMNS } from "../tab/tab-layout";

/** A checklist tab: its planned rows and the table's columns, plus spare rows for rows people add. */
export function checklistTabSize(plannedRows: number): GridSize {
  return compactSize({ rows: plannedRows, columns: TAB_COLUMNS });
}

/** Body rows a new register starts with, and how many it grows by when they are used up. */
export const REGISTER_BODY_ROWS = 100;
export const REGISTER_GROW_ROWS = 100;

/** A new register: header + REGISTER_BODY_ROWS rows (already the room to grow), one spare column. */
export function registerSize(columns: number): GridSize {
  return compactSize({ rows: 1 + REGISTER_BODY_ROWS, columns }, { rows: 0 });
}

/** Whether the register must grow before a row is added below `lastRow`: it keeps one empty row at the bottom. */
export function registerMustGrow(lastRow: number, maxRows: number): boolean {
  return lastRow + 1 >= maxRows;
}

/** The cells the register grows by before a row is added below `lastRow` (0 when it has room). */
export function registerGrowthCells(lastRow: number, maxRows: number, columns: number): number {
  return registerMustGrow(lastRow, maxRows) ? REGISTER_GROW_ROWS * registerSize(columns).columns : 0;
}

/** Spare rows a new handoff log starts with (appending past them grows it, as appendRow does in Sheets). */
export const LOG_SPARE_ROWS = 50;

/** A new handoff log: its header row plus LOG_SPARE_ROWS rows, no spare column. */
export function logSize(columns: number): GridSize {
  return compactSize({ rows: 1, columns }, { rows: LOG_SPARE_ROWS, columns: 0 });
}

/** An audit tab: its planned rows and columns plus the usual spares. */
export function auditTabSize(rows: number, columns: number): GridSize {
  return compactSize({ rows, columns });
}
