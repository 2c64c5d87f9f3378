// Host-side state of the emulated spreadsheet: plain data that persists across executions.
// Tests may read and set it directly (not counted); the bundle only reaches it through the services.

import { CellGrid } from "./cell-grid";
import { parseUserInput } from "./cell-input";
import { rewriteReferences, sheetPrefix, shiftColumns, shiftRows } from "./reference-shift";

/** A value stored in a cell (host realm). `""` means empty. */
export type CellValue = string | number | boolean | Date;

/** A data-validation rule as Sheets stores it (criteria names as in SpreadsheetApp.DataValidationCriteria). */
export interface ValidationData {
  readonly criteria: string;
  readonly values: readonly unknown[];
  readonly allowInvalid: boolean;
  readonly helpText: string | null;
}

/** One cell: value or formula, and its formats. Absent keys mean Sheets' defaults. */
export interface CellData {
  value: CellValue;
  formula?: string;
  note?: string;
  background?: string;
  fontWeight?: "bold" | "normal";
  fontLine?: "underline" | "line-through";
  fontColor?: string;
  /** Font size in points; absent is Sheets' default 10. */
  fontSize?: number;
  numberFormat?: string;
  validation?: ValidationData;
  wrap?: boolean;
  wrapStrategy?: string;
  horizontalAlignment?: string;
}

/** A rectangle on one sheet, 1-based and inclusive. */
export interface GridRange {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

/** A conditional-format rule (condition names as in SpreadsheetApp.BooleanCriteria). */
export interface ConditionalRuleData {
  readonly ranges: readonly GridRange[];
  readonly sheetId?: number;
  readonly condition: { readonly type: string; readonly values: readonly string[] };
  readonly format: { readonly background?: string; readonly fontColor?: string; readonly bold?: boolean };
}

/** A protected range or sheet. */
export interface ProtectionData {
  readonly id: number;
  readonly type: "RANGE" | "SHEET";
  range: GridRange;
  description: string;
  warningOnly: boolean;
}

/** Developer metadata and where it lives (Sheets API: spreadsheet, sheet, row or column). */
export interface MetadataData {
  readonly id: number;
  key: string;
  value: string | null;
  visibility: "DOCUMENT" | "PROJECT";
  location:
    | { readonly type: "SPREADSHEET" }
    | { readonly type: "SHEET"; readonly sheetId: number }
    | { readonly type: "ROW" | "COLUMN"; readonly sheetId: number; start: number; count: number };
}

/** A named range (Spreadsheet.setNamedRange): it follows its sheet through renames and row changes. */
export interface NamedRangeData {
  readonly name: string;
  readonly sheetId: number;
  /** null once every row it covered was deleted (references to it show #REF!). */
  range: GridRange | null;
}

/** One sheet (tab). */
export interface SheetData {
  readonly id: number;
  name: string;
  hidden: boolean;
  maxRows: number;
  maxCols: number;
  frozenRows: number;
  frozenCols: number;
  readonly columnWidths: Map<number, number>;
  /** Sparse cells, read like a Map keyed by `row:col`. */
  readonly cells: CellGrid;
  merges: GridRange[];
  conditionalRules: ConditionalRuleData[];
  protections: ProtectionData[];
}

/** Default grid of a new sheet (Spreadsheet.insertSheet reference: 1000 rows × 26 columns). */
export const NEW_SHEET_ROWS = 1000;
export const NEW_SHEET_COLS = 26;
/**
 * Sheets' size limits, as the emulator enforces them (Emulator.load({ limits }) makes them smaller
 * for tests; the defaults are the real figures):
 * - cells: 10,000,000 in all the sheets of a spreadsheet, empty cells included. Google: "up to 10
 *   million cells" (Workspace Updates blog, 2022-03-14, "Google Sheets doubles cell limit", quoted in
 *   github.com/tidyverse/googlesheets4 issue 257; Drive Help answer 37603 as cited there and in
 *   github.com/robin900/gspread-dataframe issue 52). PLATFORM §4 "Grid limits".
 * - columns: 18,278 (column ZZZ) per sheet (Drive Help answer 37603 as widely cited; PLATFORM §4).
 * - sheets: 200 per spreadsheet. No current Google page states it (none was found); third-party
 *   pages report it (PLATFORM "Grid size": thodigitals.com; github.com/tienfuc/gdcmdtools issue 31
 *   quotes a retired Google help page, support.google.com/docs/answer/2505921, "Number of tabs: 200
 *   sheets per workbook"). Treated as real, as the design asks.
 */
export interface SizeLimits {
  readonly cells: number;
  readonly columns: number;
  readonly sheets: number;
}

/** The real figures (see SizeLimits). */
export const SHEETS_LIMITS: SizeLimits = { cells: 10_000_000, columns: 18_278, sheets: 200 };

/** Sheets' default column width in pixels. */
export const DEFAULT_COLUMN_WIDTH = 100;

/** The whole workbook plus the property stores and the document lock. */
export class WorkbookModel {
  readonly id: string;
  name: string;
  timeZone: string;
  locale = "en_US";
  readonly sheets: SheetData[] = [];
  activeSheetId = 0;
  readonly metadata: MetadataData[] = [];
  /** Named ranges by lower-case name (Sheets matches names case-insensitively). */
  readonly namedRanges = new Map<string, NamedRangeData>();
  readonly documentProperties = new Map<string, string>();
  readonly scriptProperties = new Map<string, string>();
  readonly userProperties = new Map<string, Map<string, string>>();
  /** The size limits inserts are checked against (Emulator.load({ limits })). */
  limits: SizeLimits = SHEETS_LIMITS;
  private nextSheetId = 0;
  private nextObjectId = 1;

  constructor(opts: { timeZone: string; name?: string; id?: string }) {
    this.timeZone = opts.timeZone;
    this.name = opts.name ?? "Untitled spreadsheet";
    this.id = opts.id ?? "1EmuLatedSpreadsheetId0000000000000000000000";
    this.addSheet("Sheet1");
  }

  /** Cells in all the sheets' grids, empty ones included: what Sheets counts against its cell limit. */
  cellCount(): number {
    return this.sheets.reduce((sum, s) => sum + s.maxRows * s.maxCols, 0);
  }

  /**
   * Why adding `cells` cells (and `sheets` sheets) would break Sheets' limits, as Sheets says it;
   * null when they fit (texts and sources: cellLimitMessage, sheetLimitMessage).
   */
  growthRefusal(cells: number, sheets = 0): string | null {
    if (sheets > 0 && this.sheets.length + sheets > this.limits.sheets)
      return sheetLimitMessage(this.limits.sheets);
    if (cells > 0 && this.cellCount() + cells > this.limits.cells) return cellLimitMessage(this.limits.cells);
    return null;
  }

  /** A fresh id for protections and metadata. */
  newObjectId(): number {
    return this.nextObjectId++;
  }

  /** Adds a 1000 × 26 sheet at `index` (0-based; default last) without making it active. */
  addSheet(name: string, index?: number): SheetData {
    const sheet: SheetData = {
      id: this.nextSheetId === 0 ? 0 : 100_000_000 + this.nextSheetId * 7_919,
      name,
      hidden: false,
      maxRows: NEW_SHEET_ROWS,
      maxCols: NEW_SHEET_COLS,
      frozenRows: 0,
      frozenCols: 0,
      columnWidths: new Map(),
      cells: new CellGrid(),
      merges: [],
      conditionalRules: [],
      protections: [],
    };
    this.nextSheetId++;
    const at = index === undefined ? this.sheets.length : Math.max(0, Math.min(index, this.sheets.length));
    this.sheets.splice(at, 0, sheet);
    return sheet;
  }

  /** The sheet with this name (exact, as Sheets matches getSheetByName), or undefined. */
  sheetByName(name: string): SheetData | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  /** The sheet with this id, or undefined once deleted. */
  sheetById(id: number): SheetData | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  /** The active sheet (the first one if the active sheet was deleted). */
  activeSheet(): SheetData {
    const active = this.sheetById(this.activeSheetId) ?? this.sheets[0];
    if (!active) throw new Error("workbook has no sheets");
    return active;
  }

  /** The stored cell, if any. */
  cell(sheet: SheetData, row: number, col: number): CellData | undefined {
    return sheet.cells.at(row, col);
  }

  /** The stored cell, created empty when missing. */
  cellForWrite(sheet: SheetData, row: number, col: number): CellData {
    return sheet.cells.ensure(row, col);
  }

  /** Host-side test setup: writes rows as a user would type them (strings parsed like setValues). */
  setValues(sheetName: string, row: number, col: number, rows: readonly (readonly unknown[])[]): void {
    const sheet = this.sheetByName(sheetName);
    if (!sheet) throw new Error(`no sheet named ${sheetName}`);
    rows.forEach((r, i) => {
      r.forEach((v, j) => {
        this.enter(sheet, row + i, col + j, v);
      });
    });
  }

  /** Puts a value in a cell as setValue and typing do: text is parsed (numbers, dates, formulas) as Sheets parses it. */
  enter(sheet: SheetData, row: number, col: number, value: unknown): void {
    const cell = this.cellForWrite(sheet, row, col);
    const input = parseUserInput(value, cell.numberFormat, this.timeZone, this.locale);
    cell.value = input.value;
    sheet.cells.setFormula(cell, input.formula);
  }

  /** Last row holding a value or formula on this sheet (0 if none). */
  lastRow(sheet: SheetData): number {
    return sheet.cells.lastRow();
  }

  /** Last column holding a value or formula on this sheet (0 if none). */
  lastColumn(sheet: SheetData): number {
    return sheet.cells.lastColumn();
  }

  /** Inserts `count` empty rows before `at`, moving cells, merges, rules, protections and row metadata. */
  insertRows(sheet: SheetData, at: number, count: number): void {
    this.insertDimension(sheet, "row", at, count);
  }

  /** Deletes rows `at`..`at+count-1`, and everything anchored on them (metadata on them is deleted). */
  deleteRows(sheet: SheetData, at: number, count: number): void {
    this.deleteDimension(sheet, "row", at, count);
  }

  /**
   * Inserts `count` empty columns before `at`: cells, widths, formulas' references, named ranges,
   * merges, conditional-format ranges, validations (stored on cells), protections and column metadata
   * move right, as rows do for insertRows (Sheets API InsertDimensionRequest with COLUMNS).
   */
  insertColumns(sheet: SheetData, at: number, count: number): void {
    this.insertDimension(sheet, "col", at, count);
  }

  /** Deletes columns `at`..`at+count-1` and everything anchored on them (Sheets API DeleteDimensionRequest). */
  deleteColumns(sheet: SheetData, at: number, count: number): void {
    this.deleteDimension(sheet, "col", at, count);
  }

  private insertDimension(sheet: SheetData, axis: Axis, at: number, count: number): void {
    this.shiftFormulas(sheet, axis, at, count);
    if (axis === "row") {
      sheet.cells.shiftRows(at, count);
      sheet.maxRows += count;
    } else {
      sheet.cells.shiftColumns(at, count);
      sheet.maxCols += count;
      shiftWidths(sheet.columnWidths, (c) => (c >= at ? c + count : c));
    }
    this.shiftSheetRanges(sheet, (g) => shiftRange(g, axis, at, count, "insert"));
    const type = axis === "row" ? "ROW" : "COLUMN";
    for (const m of this.metadata) {
      const loc = m.location;
      if (loc.type === type && loc.sheetId === sheet.id) {
        if (loc.start >= at) loc.start += count;
        else if (loc.start + loc.count > at) loc.count += count;
      }
    }
  }

  private deleteDimension(sheet: SheetData, axis: Axis, at: number, count: number): void {
    this.shiftFormulas(sheet, axis, at, -count);
    const end = at + count - 1;
    if (axis === "row") {
      sheet.cells.shiftRows(at, -count);
      sheet.maxRows -= count;
    } else {
      sheet.cells.shiftColumns(at, -count);
      sheet.maxCols -= count;
      shiftWidths(sheet.columnWidths, (c) => (c < at ? c : c > end ? c - count : null));
    }
    this.shiftSheetRanges(sheet, (g) => shiftRange(g, axis, at, count, "delete"));
    const type = axis === "row" ? "ROW" : "COLUMN";
    for (let i = this.metadata.length - 1; i >= 0; i--) {
      const m = this.metadata[i];
      if (!m) continue;
      const loc = m.location;
      if (loc.type !== type || loc.sheetId !== sheet.id) continue;
      const shifted = shiftRange(
        { row: loc.start, col: 1, numRows: loc.count, numCols: 1 },
        "row",
        at,
        count,
        "delete",
      );
      if (!shifted) this.metadata.splice(i, 1);
      else {
        loc.start = shifted.row;
        loc.count = shifted.numRows;
      }
    }
  }

  /** Renames a sheet; formulas elsewhere that name it follow (Sheets keeps references on rename). */
  renameSheet(sheet: SheetData, name: string): void {
    const old = sheet.name;
    this.rewriteFormulasNaming(old, (formula) =>
      rewriteReferences(formula, (sheetName, start, end) =>
        sheetName === old ? `${sheetPrefix(name)}${start}${end ? `:${end}` : ""}` : null,
      ),
    );
    sheet.name = name;
  }

  /** Adjusts every formula's references into `sheet` for rows or columns inserted (count > 0) or deleted. */
  private shiftFormulas(sheet: SheetData, axis: Axis, at: number, count: number): void {
    for (const other of this.sheets) {
      for (const cell of other.cells.formulaCells()) {
        if (cell.formula === undefined || (other !== sheet && !mentions(cell.formula, sheet.name))) continue;
        other.cells.formulasRewritten();
        cell.formula = rewriteReferences(cell.formula, (sheetName, start, end) => {
          const target = sheetName === undefined ? other : this.sheetByName(sheetName);
          if (target !== sheet) return null;
          const shifted =
            axis === "row" ? shiftRows(start, end, at, count) : shiftColumns(start, end, at, count);
          // A reference to deleted cells becomes a bare #REF!, sheet name and all (observed Sheets behaviour).
          if (shifted === null) return "#REF!";
          return `${sheetName === undefined ? "" : sheetPrefix(sheetName)}${shifted}`;
        });
      }
    }
  }

  /** Rewrites the formulas whose text names the sheet `name` (the others cannot refer to it). */
  private rewriteFormulasNaming(name: string, rewrite: (formula: string) => string): void {
    for (const s of this.sheets) {
      for (const cell of s.cells.formulaCells()) {
        if (cell.formula === undefined || !mentions(cell.formula, name)) continue;
        s.cells.formulasRewritten();
        cell.formula = rewrite(cell.formula);
      }
    }
  }

  private shiftSheetRanges(sheet: SheetData, shift: (g: GridRange) => GridRange | null): void {
    for (const named of this.namedRanges.values()) {
      if (named.sheetId === sheet.id && named.range) named.range = shift(named.range);
    }
    sheet.merges = sheet.merges.map(shift).filter((g): g is GridRange => g !== null);
    sheet.conditionalRules = sheet.conditionalRules
      .map((r) => ({ ...r, ranges: r.ranges.map(shift).filter((g): g is GridRange => g !== null) }))
      .filter((r) => r.ranges.length > 0);
    sheet.protections = sheet.protections.filter((p) => {
      const g = shift(p.range);
      if (g) p.range = g;
      return g !== null || p.type === "SHEET";
    });
  }

  /** Removes a sheet and everything anchored on it. */
  removeSheet(sheet: SheetData): void {
    this.rewriteFormulasNaming(sheet.name, (formula) =>
      rewriteReferences(formula, (sheetName) => (sheetName === sheet.name ? "#REF!" : null)),
    );
    const i = this.sheets.indexOf(sheet);
    if (i >= 0) this.sheets.splice(i, 1);
    for (let j = this.metadata.length - 1; j >= 0; j--) {
      const loc = this.metadata[j]?.location;
      if (loc && loc.type !== "SPREADSHEET" && loc.sheetId === sheet.id) this.metadata.splice(j, 1);
    }
    if (this.activeSheetId === sheet.id) this.activeSheetId = this.sheets[Math.max(0, i - 1)]?.id ?? 0;
  }

  /** The user property store of one user. */
  userStore(user: string): Map<string, string> {
    let store = this.userProperties.get(user);
    if (!store) {
      store = new Map();
      this.userProperties.set(user, store);
    }
    return store;
  }
}

/**
 * Sheets' refusal of a grid past the cell limit, word for word as Apps Script and the Sheets API give
 * it (observed, with the limit written without separators): "Exception: This action would increase the
 * number of cells in the workbook above the limit of 10000000 cells." (Apps Script, quoted in a public
 * repository's troubleshooting guide); "GaxiosError: This action would increase the number of cells in
 * the workbook above the limit of 10000000 cells." (github.com/UoaWDCC/uasc-web PR 833); the same text
 * with the older limits 2000000 and 5000000 (github.com/burnash/gspread issues 516 and 950). No Google
 * page documents the text.
 */
export function cellLimitMessage(limit: number): string {
  return `This action would increase the number of cells in the workbook above the limit of ${limit} cells.`;
}

/**
 * The refusal of a sheet past the sheet cap. Google's wording was not found (nor a Google page stating
 * the cap): this is the project's text, shaped like the cell-limit message.
 */
export function sheetLimitMessage(limit: number): string {
  return `This action would increase the number of sheets in the workbook above the limit of ${limit} sheets.`;
}

/** Whether a formula's text may name the sheet (as written, or quoted with its apostrophes doubled). */
function mentions(formula: string, sheetName: string): boolean {
  return formula.includes(sheetName) || formula.includes(sheetName.replaceAll("'", "''"));
}

type Axis = "row" | "col";

/** Moves column widths to new column numbers (null drops the width of a deleted column). */
function shiftWidths(widths: Map<number, number>, to: (col: number) => number | null): void {
  const moved = [...widths].map(([c, w]) => [to(c), w] as const);
  widths.clear();
  for (const [c, w] of moved) if (c !== null) widths.set(c, w);
}

/** Moves a range along one axis for an insertion before `at` or a deletion of `count` from `at`; null if deleted. */
function shiftRange(
  g: GridRange,
  axis: Axis,
  at: number,
  count: number,
  op: "insert" | "delete",
): GridRange | null {
  const start = axis === "row" ? g.row : g.col;
  const size = axis === "row" ? g.numRows : g.numCols;
  const place = (s: number, n: number): GridRange =>
    axis === "row" ? { ...g, row: s, numRows: n } : { ...g, col: s, numCols: n };
  const end = start + size - 1;
  if (op === "insert") {
    if (start >= at) return place(start + count, size);
    if (end >= at) return place(start, size + count);
    return g;
  }
  const delEnd = at + count - 1;
  if (end < at) return g;
  if (start > delEnd) return place(start - count, size);
  const removed = Math.min(end, delEnd) - Math.max(start, at) + 1;
  const left = size - removed;
  if (left <= 0) return null;
  return place(Math.min(start, at), left);
}
