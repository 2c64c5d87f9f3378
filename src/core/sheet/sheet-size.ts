// How big a sheet the add-on creates is: its content plus a few spare rows and columns, instead of
// Sheets' default grid of 1000 rows × 26 columns (Spreadsheet.insertSheet reference), which would
// spend 26,000 of the workbook's 10,000,000 cells on every tab (PLATFORM "Grid size").

/** A sheet's grid: rows × columns. */
export interface GridSize {
  readonly rows: number;
  readonly columns: number;
}

/** The grid of a new sheet (Spreadsheet.insertSheet reference; insertSheet's only option is a template). */
export const NEW_SHEET_GRID: GridSize = { rows: 1000, columns: 26 };

/** Spare rows below and columns right of the content: room to add a few rows or a column by hand. */
export const SPARE_ROWS = 10;
export const SPARE_COLUMNS = 1;

/** The cells a grid costs against the workbook's limit. */
export function gridCells(size: GridSize): number {
  return size.rows * size.columns;
}

/** The grid for `content` rows × columns plus spare rows and columns (override the spares per sheet). */
export function compactSize(content: GridSize, spare: Partial<GridSize> = {}): GridSize {
  return {
    rows: Math.max(1, content.rows) + (spare.rows ?? SPARE_ROWS),
    columns: Math.max(1, content.columns) + (spare.columns ?? SPARE_COLUMNS),
  };
}

/** One change of a sheet's grid, as the Sheet method of that name takes it. */
export type ResizeStep =
  | { readonly op: "deleteRows" | "deleteColumns"; readonly at: number; readonly count: number }
  | { readonly op: "insertRowsAfter" | "insertColumnsAfter"; readonly after: number; readonly count: number };

/** At most two steps (one per axis) that take a grid from `from` (default a new sheet's) to `size`. */
export function resizeSteps(size: GridSize, from: GridSize = NEW_SHEET_GRID): ResizeStep[] {
  const steps: ResizeStep[] = [];
  if (size.rows < from.rows)
    steps.push({ op: "deleteRows", at: size.rows + 1, count: from.rows - size.rows });
  if (size.rows > from.rows)
    steps.push({ op: "insertRowsAfter", after: from.rows, count: size.rows - from.rows });
  if (size.columns < from.columns)
    steps.push({ op: "deleteColumns", at: size.columns + 1, count: from.columns - size.columns });
  if (size.columns > from.columns)
    steps.push({ op: "insertColumnsAfter", after: from.columns, count: size.columns - from.columns });
  return steps;
}
