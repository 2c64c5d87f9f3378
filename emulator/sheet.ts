// SpreadsheetApp Sheet; counted as "Sheet.<method>". Source: Sheet reference
// (developers.google.com/apps-script/reference/spreadsheet/sheet); error texts marked observed.

import { parseA1, parseR1C1 } from "./a1";
import { ConditionalFormatRule } from "./builders";
import { addMetadata, DeveloperMetadataFinderObj, metadataIn } from "./developer-metadata";
import { enumName } from "./enums";
import type { Access, Execution } from "./execution";
import { ProtectionObj } from "./protection";
import { checkCellText, checkGrid, RangeObj, typeNames } from "./range";
import { DEFAULT_COLUMN_WIDTH, type SheetData, type WorkbookModel } from "./workbook-model";

/** Sheets' duplicate-name error (observed wording, PLATFORM §8 "Sheet names"). */
export function duplicateName(name: string): string {
  return `A sheet with the name "${name}" already exists. Please enter another name.`;
}

/**
 * Whether another sheet already has this name. Sheet names are unique ignoring case: "Google sheets
 * internally ignores case for sheet names … trying to create 2 sheets with the same name but different
 * cases fails, whether you do it from the spreadsheet UI or the API" (github.com/socialpoint-labs/sheetfu
 * PR 26; observed, not in the reference). getSheetByName stays an exact match here (UNCONFIRMED).
 */
export function nameTaken(model: WorkbookModel, name: string, except?: SheetData): boolean {
  const key = name.toLowerCase();
  return model.sheets.some((s) => s !== except && s.name.toLowerCase() === key);
}

/** A Sheet handed to the bundle. */
export class SheetObj {
  constructor(
    private readonly ex: Execution,
    private readonly s: SheetData,
  ) {}

  private in(method: string, access: Access = "read"): void {
    this.ex.enter("Sheet", method, access);
    if (!this.ex.host.model.sheetById(this.s.id)) this.ex.fail("This sheet has been deleted.");
  }

  /** Resolves getRange's overloads without counting (shared with Spreadsheet.getRange). */
  rangeFor(args: readonly unknown[], method = "getRange"): RangeObj {
    const [a, b, c, d] = args;
    if (typeof a === "string" && args.length === 1) {
      const ref = parseA1(a) ?? parseR1C1(a);
      const sheet = ref?.sheetName === undefined ? this.s : this.ex.host.model.sheetByName(ref.sheetName);
      if (!ref || !sheet) this.ex.fail("Range not found");
      const row = ref.startRow ?? 1;
      const col = ref.startCol ?? 1;
      const endRow = ref.endRow ?? sheet.maxRows;
      const endCol = ref.endCol ?? sheet.maxCols;
      const t = {
        sheet,
        grid: { row, col, numRows: endRow - row + 1, numCols: endCol - col + 1 },
        open: { rows: ref.startRow === undefined, cols: ref.startCol === undefined },
      };
      checkGrid(this.ex, t);
      return new RangeObj(this.ex, t);
    }
    const numeric = args.length >= 2 && args.length <= 4 && args.every((x) => typeof x === "number");
    if (!numeric)
      this.ex.fail(
        `The parameters (${typeNames(args)}) don't match the method signature for SpreadsheetApp.Sheet.${method}.`,
      );
    const t = {
      sheet: this.s,
      grid: {
        row: a as number,
        col: b as number,
        numRows: (c as number | undefined) ?? 1,
        numCols: (d as number | undefined) ?? 1,
      },
    };
    checkGrid(this.ex, t);
    return new RangeObj(this.ex, t);
  }

  getRange(...args: unknown[]): RangeObj {
    this.in("getRange");
    return this.rangeFor(args);
  }
  /** Several ranges of this sheet in one call (Sheet.getRangeList reference). */
  getRangeList(a1Notations: unknown): RangeListObj {
    this.in("getRangeList");
    if (!Array.isArray(a1Notations)) {
      this.ex.fail(
        `The parameters (${typeNames([a1Notations])}) don't match the method signature for SpreadsheetApp.Sheet.getRangeList.`,
      );
    }
    return new RangeListObj(
      this.ex,
      a1Notations.map((a1) => this.rangeFor([String(a1)])),
    );
  }
  getDataRange(): RangeObj {
    this.in("getDataRange");
    const m = this.ex.host.model;
    const t = {
      sheet: this.s,
      grid: {
        row: 1,
        col: 1,
        numRows: Math.max(1, m.lastRow(this.s)),
        numCols: Math.max(1, m.lastColumn(this.s)),
      },
    };
    return new RangeObj(this.ex, t);
  }
  getName(): string {
    this.in("getName");
    return this.s.name;
  }
  setName(name: string): this {
    this.in("setName", "write");
    if (nameTaken(this.ex.host.model, String(name), this.s)) this.ex.fail(duplicateName(String(name)));
    this.ex.host.model.renameSheet(this.s, String(name));
    return this;
  }
  getSheetId(): number {
    this.in("getSheetId");
    return this.s.id;
  }
  getIndex(): number {
    this.in("getIndex");
    return this.ex.host.model.sheets.indexOf(this.s) + 1;
  }
  getParent(): object {
    this.in("getParent");
    return this.ex.makeSpreadsheet();
  }
  activate(): this {
    this.in("activate", "write");
    this.ex.host.model.activeSheetId = this.s.id;
    this.s.hidden = false;
    return this;
  }
  hideSheet(): this {
    this.in("hideSheet", "write");
    const visible = this.ex.host.model.sheets.filter((x) => !x.hidden && x !== this.s);
    if (visible.length === 0) this.ex.fail("You can't hide all the sheets in a document.");
    this.s.hidden = true;
    return this;
  }
  showSheet(): this {
    this.in("showSheet", "write");
    this.s.hidden = false;
    return this;
  }
  isSheetHidden(): boolean {
    this.in("isSheetHidden");
    return this.s.hidden;
  }
  setFrozenRows(rows: number): this {
    this.in("setFrozenRows", "write");
    this.s.frozenRows = rows;
    return this;
  }
  setFrozenColumns(columns: number): this {
    this.in("setFrozenColumns", "write");
    this.s.frozenCols = columns;
    return this;
  }
  getFrozenRows(): number {
    this.in("getFrozenRows");
    return this.s.frozenRows;
  }
  getFrozenColumns(): number {
    this.in("getFrozenColumns");
    return this.s.frozenCols;
  }
  private checkColumns(start: number, count: number): void {
    if (start < 1 || start + count - 1 > this.s.maxCols) this.ex.fail("Those columns are out of bounds.");
  }
  private checkRows(start: number, count: number): void {
    if (start < 1 || count < 1 || start + count - 1 > this.s.maxRows)
      this.ex.fail("Those rows are out of bounds.");
  }
  setColumnWidth(column: number, width: number): this {
    this.in("setColumnWidth", "write");
    this.checkColumns(column, 1);
    this.s.columnWidths.set(column, width);
    return this;
  }
  setColumnWidths(start: number, count: number, width: number): this {
    this.in("setColumnWidths", "write");
    this.checkColumns(start, count);
    for (let c = start; c < start + count; c++) this.s.columnWidths.set(c, width);
    return this;
  }
  getColumnWidth(column: number): number {
    this.in("getColumnWidth");
    this.checkColumns(column, 1);
    return this.s.columnWidths.get(column) ?? DEFAULT_COLUMN_WIDTH;
  }
  autoResizeColumns(start: number, count: number): this {
    this.in("autoResizeColumns", "write");
    this.checkColumns(start, count);
    return this;
  }
  getLastRow(): number {
    this.in("getLastRow");
    return this.ex.host.model.lastRow(this.s);
  }
  getLastColumn(): number {
    this.in("getLastColumn");
    return this.ex.host.model.lastColumn(this.s);
  }
  getMaxRows(): number {
    this.in("getMaxRows");
    return this.s.maxRows;
  }
  getMaxColumns(): number {
    this.in("getMaxColumns");
    return this.s.maxCols;
  }
  private insert(at: number, count: number): void {
    if (!Number.isInteger(at) || !Number.isInteger(count) || at < 1 || count < 1 || at > this.s.maxRows + 1) {
      this.ex.fail("Those rows are out of bounds.");
    }
    this.checkGrowth(count * this.s.maxCols);
    this.ex.host.model.insertRows(this.s, at, count);
  }
  /** Refuses a grid that would pass the workbook's cell limit (workbook-model.ts SizeLimits). */
  private checkGrowth(cells: number, columns = 0): void {
    const m = this.ex.host.model;
    const refusal = m.growthRefusal(cells);
    if (refusal) this.ex.fail(refusal);
    // Past column ZZZ (SizeLimits.columns) Sheets' own wording was not found: the out-of-bounds text stands in.
    if (this.s.maxCols + columns > m.limits.columns) this.ex.fail("Those columns are out of bounds.");
  }
  private insertCols(at: number, count: number): void {
    if (!Number.isInteger(at) || !Number.isInteger(count) || at < 1 || count < 1 || at > this.s.maxCols + 1) {
      this.ex.fail("Those columns are out of bounds.");
    }
    this.checkGrowth(count * this.s.maxRows, count);
    this.ex.host.model.insertColumns(this.s, at, count);
  }
  /** Inserts blank columns before `columnIndex` (Sheet.insertColumns reference). */
  insertColumns(columnIndex: number, numColumns = 1): void {
    this.in("insertColumns", "write");
    this.insertCols(columnIndex, numColumns);
  }
  insertColumnsBefore(beforePosition: number, howMany: number): this {
    this.in("insertColumnsBefore", "write");
    this.insertCols(beforePosition, howMany);
    return this;
  }
  insertColumnsAfter(afterPosition: number, howMany: number): this {
    this.in("insertColumnsAfter", "write");
    this.insertCols(afterPosition + 1, howMany);
    return this;
  }
  insertColumnBefore(beforePosition: number): this {
    this.in("insertColumnBefore", "write");
    this.insertCols(beforePosition, 1);
    return this;
  }
  insertColumnAfter(afterPosition: number): this {
    this.in("insertColumnAfter", "write");
    this.insertCols(afterPosition + 1, 1);
    return this;
  }
  private removeCols(start: number, count: number): void {
    if (!Number.isInteger(start) || !Number.isInteger(count) || count < 1)
      this.ex.fail("Those columns are out of bounds.");
    this.checkColumns(start, count);
    // A sheet keeps at least one column that is not frozen, as it does a row (observed for rows; the
    // columns wording mirrors the rows text, UNCONFIRMED).
    if (count >= this.s.maxCols - this.s.frozenCols && start <= this.s.frozenCols + 1) {
      this.ex.fail("Sorry, it is not possible to delete all non-frozen columns.");
    }
    this.ex.host.model.deleteColumns(this.s, start, count);
  }
  deleteColumn(columnPosition: number): this {
    this.in("deleteColumn", "write");
    this.removeCols(columnPosition, 1);
    return this;
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    this.in("deleteColumns", "write");
    this.removeCols(columnPosition, howMany);
  }
  /** Inserts blank rows before `rowIndex`. */
  insertRows(rowIndex: number, numRows = 1): void {
    this.in("insertRows", "write");
    this.insert(rowIndex, numRows);
  }
  insertRowsBefore(beforePosition: number, howMany: number): this {
    this.in("insertRowsBefore", "write");
    this.insert(beforePosition, howMany);
    return this;
  }
  insertRowsAfter(afterPosition: number, howMany: number): this {
    this.in("insertRowsAfter", "write");
    this.insert(afterPosition + 1, howMany);
    return this;
  }
  insertRowBefore(beforePosition: number): this {
    this.in("insertRowBefore", "write");
    this.insert(beforePosition, 1);
    return this;
  }
  insertRowAfter(afterPosition: number): this {
    this.in("insertRowAfter", "write");
    this.insert(afterPosition + 1, 1);
    return this;
  }
  private remove(start: number, count: number): void {
    this.checkRows(start, count);
    if (count >= this.s.maxRows - this.s.frozenRows && start <= this.s.frozenRows + 1) {
      this.ex.fail("Sorry, it is not possible to delete all non-frozen rows.");
    }
    this.ex.host.model.deleteRows(this.s, start, count);
  }
  deleteRow(rowPosition: number): this {
    this.in("deleteRow", "write");
    this.remove(rowPosition, 1);
    return this;
  }
  deleteRows(rowPosition: number, howMany: number): void {
    this.in("deleteRows", "write");
    this.remove(rowPosition, howMany);
  }
  /** Writes after the last row with content, adding a row when the sheet is full. */
  appendRow(rowContents: unknown): this {
    this.in("appendRow", "write");
    if (!Array.isArray(rowContents))
      this.ex.fail(
        `The parameters (${typeNames([rowContents])}) don't match the method signature for SpreadsheetApp.Sheet.appendRow.`,
      );
    checkCellText(this.ex, rowContents);
    const m = this.ex.host.model;
    const row = m.lastRow(this.s) + 1;
    // appendRow grows a full sheet by the row (and columns) it needs (observed, not in the reference),
    // within the cell limit.
    const rows = Math.max(row, this.s.maxRows);
    const cols = Math.max(rowContents.length, this.s.maxCols);
    this.checkGrowth(rows * cols - this.s.maxRows * this.s.maxCols, cols - this.s.maxCols);
    this.s.maxRows = rows;
    this.s.maxCols = cols;
    rowContents.forEach((v: unknown, j: number) => {
      m.enter(this.s, row, j + 1, v);
    });
    return this;
  }
  /** Contents and formats of the whole sheet (Sheet.clear reference). */
  clear(options?: Record<string, unknown>): this {
    this.in("clear", "write");
    const r = this.rangeFor([1, 1, this.s.maxRows, this.s.maxCols]);
    this.ex.untracked(() => r.clear(options));
    return this;
  }
  clearContents(): this {
    this.in("clearContents", "write");
    const r = this.rangeFor([1, 1, this.s.maxRows, this.s.maxCols]);
    this.ex.untracked(() => r.clearContent());
    return this;
  }
  clearFormats(): this {
    this.in("clearFormats", "write");
    const r = this.rangeFor([1, 1, this.s.maxRows, this.s.maxCols]);
    this.ex.untracked(() => r.clearFormat());
    return this;
  }
  getConditionalFormatRules(): unknown[] {
    this.in("getConditionalFormatRules");
    return this.ex.realm.array(
      this.s.conditionalRules.map((d) => new ConditionalFormatRule(this.ex, { ...d, sheetId: this.s.id })),
    );
  }
  /** Replaces the whole list (PLATFORM §4, Sheet.setConditionalFormatRules reference). */
  setConditionalFormatRules(rules: unknown): void {
    this.in("setConditionalFormatRules", "write");
    if (!Array.isArray(rules) || rules.some((r) => !(r instanceof ConditionalFormatRule))) {
      this.ex.fail(
        "The parameters don't match the method signature for SpreadsheetApp.Sheet.setConditionalFormatRules.",
      );
    }
    this.s.conditionalRules = (rules as ConditionalFormatRule[]).map((r) => ({
      ...r.data,
      sheetId: this.s.id,
    }));
  }
  clearConditionalFormatRules(): void {
    this.in("clearConditionalFormatRules", "write");
    this.s.conditionalRules = [];
  }
  getProtections(type: unknown): unknown[] {
    this.in("getProtections");
    const name = enumName(type);
    return this.ex.realm.array(
      this.s.protections.filter((p) => p.type === name).map((p) => new ProtectionObj(this.ex, this.s, p)),
    );
  }
  protect(): ProtectionObj {
    this.in("protect", "write");
    const existing = this.s.protections.find((p) => p.type === "SHEET");
    const data = existing ?? {
      id: this.ex.host.model.newObjectId(),
      type: "SHEET" as const,
      range: { row: 1, col: 1, numRows: this.s.maxRows, numCols: this.s.maxCols },
      description: "",
      warningOnly: false,
    };
    if (!existing) this.s.protections.push(data);
    return new ProtectionObj(this.ex, this.s, data);
  }
  addDeveloperMetadata(key: string, a?: unknown, b?: unknown): this {
    this.in("addDeveloperMetadata", "write");
    addMetadata(this.ex, key, a, b, { type: "SHEET", sheetId: this.s.id });
    return this;
  }
  getDeveloperMetadata(): unknown[] {
    this.in("getDeveloperMetadata");
    return metadataIn(this.ex, (m) => m.location.type === "SHEET" && m.location.sheetId === this.s.id);
  }
  createDeveloperMetadataFinder(): DeveloperMetadataFinderObj {
    this.in("createDeveloperMetadataFinder");
    return new DeveloperMetadataFinderObj(
      this.ex,
      (m) => m.location.type !== "SPREADSHEET" && m.location.sheetId === this.s.id,
    );
  }
}

/** A RangeList (Sheet.getRangeList); counted as "RangeList.<method>". */
export class RangeListObj {
  constructor(
    private readonly ex: Execution,
    private readonly ranges: RangeObj[],
  ) {}

  getRanges(): unknown[] {
    this.ex.enter("RangeList", "getRanges", "read");
    return this.ex.realm.array(this.ranges);
  }
  /**
   * Sets one value in every cell of every range, as one call (RangeList.setValue reference:
   * "Sets the value for each Range in the RangeList"; text starting with "=" is a formula, as for
   * Range.setValue).
   */
  setValue(value: unknown): this {
    this.ex.enter("RangeList", "setValue", "write");
    for (const range of this.ranges) this.ex.untracked(() => range.setValue(value));
    return this;
  }
}
