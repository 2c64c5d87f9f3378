// SpreadsheetApp Range: 1-based rectangles of one sheet. Every method is counted as "Range.<method>".
// Sources: Range reference (developers.google.com/apps-script/reference/spreadsheet/range); rules the
// reference does not state are marked "observed" (PLATFORM §8).

import { formatA1 } from "./a1";
import { bindTarget, DataValidation, type RangeTarget } from "./builders";
import { normalizeColor } from "./colors";
import { addMetadata, metadataIn } from "./developer-metadata";
import { displayValue } from "./display-format";
import { enumName } from "./enums";
import type { Access, Execution } from "./execution";
import { ProtectionObj } from "./protection";
import { offsetFormula } from "./reference-shift";
import type { CellData, GridRange } from "./workbook-model";

/** Sheets' default font size in points (a new cell's Range.getFontSize). */
const DEFAULT_FONT_SIZE = 10;

/** getNumberFormat of an unformatted cell (observed). */
export const DEFAULT_NUMBER_FORMAT = "0.###############";

type Formats =
  | "background"
  | "fontWeight"
  | "fontLine"
  | "fontColor"
  | "fontSize"
  | "numberFormat"
  | "wrap"
  | "wrapStrategy"
  | "horizontalAlignment";
const FORMAT_KEYS: readonly Formats[] = [
  "background",
  "fontWeight",
  "fontLine",
  "fontColor",
  "fontSize",
  "numberFormat",
  "wrap",
  "wrapStrategy",
  "horizontalAlignment",
];

/**
 * The format stored for setNumberFormat: "General" (any case) is the default, which reads back as
 * `0.###############` (observed on live Apps Script by the gas-fakes project, "Numberformat default
 * pattern").
 */
function numberFormatOf(format: unknown): string {
  const text = String(format);
  return text.toLowerCase() === "general" ? DEFAULT_NUMBER_FORMAT : text;
}

/** Throws Sheets' own text when a range would leave the sheet (observed wording, PLATFORM §8). */
export function checkGrid(ex: Execution, t: RangeTarget): void {
  const { row, col, numRows, numCols } = t.grid;
  if (row < 1) ex.fail("The starting row of the range is too small.");
  if (col < 1) ex.fail("The starting column of the range is too small.");
  if (numRows < 1) ex.fail("The number of rows in the range must be at least 1.");
  if (numCols < 1) ex.fail("The number of columns in the range must be at least 1.");
  if (row + numRows - 1 > t.sheet.maxRows || col + numCols - 1 > t.sheet.maxCols) {
    ex.fail("The coordinates of the range are outside the dimensions of the sheet.");
  }
}

/** Most characters one cell holds (Sheets' per-cell limit; widely reported, e.g. mojicnt.click "Spreadsheet Cell Character Limits"). */
export const MAX_CELL_CHARS = 50_000;

/**
 * Refuses a write with any text longer than a cell holds, before anything is written, with the
 * widely reported text "Your input contains more than the maximum of 50000 characters in a single cell."
 */
export function checkCellText(ex: Execution, values: readonly unknown[]): void {
  if (values.some((v) => typeof v === "string" && v.length > MAX_CELL_CHARS)) {
    ex.fail(`Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`);
  }
}

/** Apps Script's type names in "parameters don't match" errors. */
export function typeNames(args: readonly unknown[]): string {
  return args
    .map((a) => {
      if (a === null || a === undefined) return "null";
      if (typeof a === "number") return "number";
      if (typeof a === "boolean") return "Boolean";
      if (typeof a === "string") return "String";
      if (Array.isArray(a)) return "number[]";
      return "Object";
    })
    .join(",");
}

/** A Range object handed to the bundle. */
export class RangeObj {
  constructor(
    private readonly ex: Execution,
    private readonly t: RangeTarget,
  ) {
    bindTarget(this, t);
  }

  private in(method: string, access: Access = "read"): void {
    this.ex.enter("Range", method, access);
  }

  private get g(): GridRange {
    return this.t.grid;
  }

  private cells<T>(f: (row: number, col: number) => T): T[][] {
    const out: T[][] = [];
    for (let i = 0; i < this.g.numRows; i++) {
      const line: T[] = [];
      for (let j = 0; j < this.g.numCols; j++) line.push(f(this.g.row + i, this.g.col + j));
      out.push(line);
    }
    return out;
  }

  private grid2realm<T>(f: (row: number, col: number) => T): unknown[] {
    const rows = this.ex.host.formulas.batch(() => this.cells(f));
    return this.ex.realm.array(rows);
  }

  private cell(row: number, col: number): CellData | undefined {
    return this.ex.host.model.cell(this.t.sheet, row, col);
  }

  private writable(row: number, col: number): CellData {
    return this.ex.host.model.cellForWrite(this.t.sheet, row, col);
  }

  private value(row: number, col: number): unknown {
    return this.ex.host.formulas.evaluate(this.t.sheet, row, col).value;
  }

  /** Checks a 2-D array against the range's shape with Sheets' exact texts (PLATFORM §8, observed). */
  private checkShape(method: string, data: unknown): unknown[][] {
    if (!Array.isArray(data)) {
      this.ex.fail(
        `The parameters (${typeNames([data])}) don't match the method signature for SpreadsheetApp.Range.${method}.`,
      );
    }
    if (data.length !== this.g.numRows) {
      this.ex.fail(
        `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${this.g.numRows}.`,
      );
    }
    for (const row of data) {
      if (!Array.isArray(row)) {
        this.ex.fail(
          `The parameters (${typeNames([row])}) don't match the method signature for SpreadsheetApp.Range.${method}.`,
        );
      }
      if (row.length !== this.g.numCols) {
        this.ex.fail(
          `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${this.g.numCols}.`,
        );
      }
    }
    return data as unknown[][];
  }

  private store(row: number, col: number, value: unknown): void {
    this.ex.host.model.enter(this.t.sheet, row, col, value);
  }

  // ---- geometry ----
  getRow(): number {
    this.in("getRow");
    return this.g.row;
  }
  getColumn(): number {
    this.in("getColumn");
    return this.g.col;
  }
  getNumRows(): number {
    this.in("getNumRows");
    return this.g.numRows;
  }
  getNumColumns(): number {
    this.in("getNumColumns");
    return this.g.numCols;
  }
  getHeight(): number {
    this.in("getHeight");
    return this.g.numRows;
  }
  getWidth(): number {
    this.in("getWidth");
    return this.g.numCols;
  }
  getLastRow(): number {
    this.in("getLastRow");
    return this.g.row + this.g.numRows - 1;
  }
  getLastColumn(): number {
    this.in("getLastColumn");
    return this.g.col + this.g.numCols - 1;
  }
  getA1Notation(): string {
    this.in("getA1Notation");
    return formatA1(this.g.row, this.g.col, this.g.numRows, this.g.numCols, this.t.open);
  }
  getGridId(): number {
    this.in("getGridId");
    return this.t.sheet.id;
  }
  getSheet(): object {
    this.in("getSheet");
    return this.ex.makeSheet(this.t.sheet);
  }
  getCell(row: number, column: number): RangeObj {
    this.in("getCell");
    if (row < 1 || column < 1 || row > this.g.numRows || column > this.g.numCols) {
      this.ex.fail("The coordinates of the range are outside the dimensions of the range.");
    }
    return new RangeObj(this.ex, {
      sheet: this.t.sheet,
      grid: { row: this.g.row + row - 1, col: this.g.col + column - 1, numRows: 1, numCols: 1 },
    });
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): RangeObj {
    this.in("offset");
    const t: RangeTarget = {
      sheet: this.t.sheet,
      grid: {
        row: this.g.row + rowOffset,
        col: this.g.col + columnOffset,
        numRows: numRows ?? this.g.numRows,
        numCols: numColumns ?? this.g.numCols,
      },
    };
    checkGrid(this.ex, t);
    return new RangeObj(this.ex, t);
  }
  isBlank(): boolean {
    this.in("isBlank");
    return this.cells((r, c) => this.cell(r, c)).every((row) =>
      row.every((c) => !c || (c.value === "" && c.formula === undefined)),
    );
  }

  // ---- values ----
  getValue(): unknown {
    this.in("getValue");
    return this.ex.realm.toRealm(this.value(this.g.row, this.g.col));
  }
  /** The full rectangle, "" for empty cells (PLATFORM §8 "Ranges"). */
  getValues(): unknown[] {
    this.in("getValues");
    return this.grid2realm((r, c) => this.value(r, c));
  }
  getDisplayValue(): string {
    this.in("getDisplayValue");
    return this.display(this.g.row, this.g.col);
  }
  getDisplayValues(): unknown[] {
    this.in("getDisplayValues");
    return this.grid2realm((r, c) => this.display(r, c));
  }
  private display(r: number, c: number): string {
    const ev = this.ex.host.formulas.evaluate(this.t.sheet, r, c);
    return displayValue(ev.value, this.cell(r, c)?.numberFormat, this.ex.host.model.timeZone);
  }
  /** Writes one value to every cell; strings are parsed as typed input (cell-input.ts). */
  setValue(value: unknown): this {
    this.in("setValue", "write");
    checkCellText(this.ex, [value]);
    this.cells((r, c) => this.store(r, c, value));
    return this;
  }
  setValues(values: unknown): this {
    this.in("setValues", "write");
    const data = this.checkShape("setValues", values);
    checkCellText(this.ex, data.flat());
    this.cells((r, c) => this.store(r, c, data[r - this.g.row]?.[c - this.g.col]));
    return this;
  }
  getFormula(): string {
    this.in("getFormula");
    return this.cell(this.g.row, this.g.col)?.formula ?? "";
  }
  getFormulas(): unknown[] {
    this.in("getFormulas");
    return this.ex.realm.array(this.cells((r, c) => this.cell(r, c)?.formula ?? ""));
  }
  setFormula(formula: string): this {
    this.in("setFormula", "write");
    const text = formula === null || formula === undefined ? "" : String(formula);
    this.cells((r, c) => this.setFormulaAt(r, c, offsetFormula(text, r - this.g.row, c - this.g.col)));
    return this;
  }
  setFormulas(formulas: unknown): this {
    this.in("setFormulas", "write");
    const data = this.checkShape("setFormulas", formulas);
    this.cells((r, c) => this.setFormulaAt(r, c, data[r - this.g.row]?.[c - this.g.col]));
    return this;
  }
  private setFormulaAt(r: number, c: number, formula: unknown): void {
    const text = formula === null || formula === undefined ? "" : String(formula);
    const cell = this.writable(r, c);
    cell.value = "";
    this.t.sheet.cells.setFormula(cell, text === "" ? undefined : text.startsWith("=") ? text : `=${text}`);
  }

  // ---- notes ----
  getNote(): string {
    this.in("getNote");
    return this.cell(this.g.row, this.g.col)?.note ?? "";
  }
  getNotes(): unknown[] {
    this.in("getNotes");
    return this.ex.realm.array(this.cells((r, c) => this.cell(r, c)?.note ?? ""));
  }
  setNote(note: string | null): this {
    this.in("setNote", "write");
    this.cells((r, c) => this.setNoteAt(r, c, note));
    return this;
  }
  setNotes(notes: unknown): this {
    this.in("setNotes", "write");
    const data = this.checkShape("setNotes", notes);
    this.cells((r, c) => this.setNoteAt(r, c, data[r - this.g.row]?.[c - this.g.col]));
    return this;
  }
  private setNoteAt(r: number, c: number, note: unknown): void {
    const cell = this.writable(r, c);
    if (note === null || note === undefined || note === "") delete cell.note;
    else cell.note = String(note);
  }
  clearNote(): this {
    this.in("clearNote", "write");
    this.cells((r, c) => this.cell(r, c) && delete this.writable(r, c).note);
    return this;
  }

  // ---- formats ----
  private setFormat<K extends Formats>(key: K, value: CellData[K] | undefined, r: number, c: number): void {
    const cell = this.writable(r, c);
    if (value === undefined) delete cell[key];
    else cell[key] = value;
  }
  private eachFormat<K extends Formats>(method: string, key: K, value: CellData[K] | undefined): this {
    this.in(method, "write");
    this.cells((r, c) => this.setFormat(key, value, r, c));
    return this;
  }
  private gridFormat<K extends Formats>(
    method: string,
    key: K,
    data: unknown,
    map: (v: unknown) => CellData[K] | undefined,
  ): this {
    this.in(method, "write");
    const rows = this.checkShape(method, data);
    this.cells((r, c) => this.setFormat(key, map(rows[r - this.g.row]?.[c - this.g.col]), r, c));
    return this;
  }
  private color(v: unknown): string | undefined {
    return v === null || v === undefined || v === "" ? undefined : normalizeColor(String(v));
  }
  /** "underline" or "line-through"; "none", null and anything else is Sheets' default, no line (Range.setFontLine reference). */
  private line(v: unknown): "underline" | "line-through" | undefined {
    const text = v === null || v === undefined ? "" : String(v);
    return text === "underline" || text === "line-through" ? text : undefined;
  }
  getFontLine(): string {
    this.in("getFontLine");
    return this.cell(this.g.row, this.g.col)?.fontLine ?? "none";
  }
  setFontLine(line: unknown): this {
    return this.eachFormat("setFontLine", "fontLine", this.line(line));
  }
  setFontLines(lines: unknown): this {
    return this.gridFormat("setFontLines", "fontLine", lines, (v) => this.line(v));
  }
  private weight(v: unknown): "bold" | "normal" | undefined {
    return v === null || v === undefined ? undefined : String(v) === "bold" ? "bold" : "normal";
  }
  /** Lowercase hex back; null clears to "#ffffff" (PLATFORM §8, observed). */
  getBackground(): string {
    this.in("getBackground");
    return this.cell(this.g.row, this.g.col)?.background ?? "#ffffff";
  }
  getBackgrounds(): unknown[] {
    this.in("getBackgrounds");
    return this.ex.realm.array(this.cells((r, c) => this.cell(r, c)?.background ?? "#ffffff"));
  }
  setBackground(color: string | null): this {
    return this.eachFormat("setBackground", "background", this.color(color));
  }
  setBackgrounds(colors: unknown): this {
    return this.gridFormat("setBackgrounds", "background", colors, (v) => this.color(v));
  }
  getFontWeight(): string {
    this.in("getFontWeight");
    return this.cell(this.g.row, this.g.col)?.fontWeight ?? "normal";
  }
  getFontWeights(): unknown[] {
    this.in("getFontWeights");
    return this.ex.realm.array(this.cells((r, c) => this.cell(r, c)?.fontWeight ?? "normal"));
  }
  setFontWeight(weight: string | null): this {
    return this.eachFormat("setFontWeight", "fontWeight", this.weight(weight));
  }
  setFontWeights(weights: unknown): this {
    return this.gridFormat("setFontWeights", "fontWeight", weights, (v) => this.weight(v));
  }
  /** Font size in points; 10 where never set (Range.getFontSize reference: Sheets' default size). */
  getFontSize(): number {
    this.in("getFontSize");
    return this.cell(this.g.row, this.g.col)?.fontSize ?? DEFAULT_FONT_SIZE;
  }
  getFontSizes(): unknown[] {
    this.in("getFontSizes");
    return this.ex.realm.array(this.cells((r, c) => this.cell(r, c)?.fontSize ?? DEFAULT_FONT_SIZE));
  }
  /** Range.setFontSize(size): the size in points for every cell. */
  setFontSize(size: number): this {
    return this.eachFormat("setFontSize", "fontSize", this.size(size));
  }
  /** Range.setFontSizes(sizes): a grid matching the range; null resets a cell to the default. */
  setFontSizes(sizes: unknown): this {
    return this.gridFormat("setFontSizes", "fontSize", sizes, (v) => this.size(v));
  }
  private size(v: unknown): number | undefined {
    const n = Number(v);
    return v === null || v === undefined || !Number.isFinite(n) || n === DEFAULT_FONT_SIZE ? undefined : n;
  }
  getFontColor(): string {
    this.in("getFontColor");
    return this.cell(this.g.row, this.g.col)?.fontColor ?? "#000000";
  }
  getFontColors(): unknown[] {
    this.in("getFontColors");
    return this.ex.realm.array(this.cells((r, c) => this.cell(r, c)?.fontColor ?? "#000000"));
  }
  setFontColor(color: string | null): this {
    return this.eachFormat("setFontColor", "fontColor", this.color(color));
  }
  setFontColors(colors: unknown): this {
    return this.gridFormat("setFontColors", "fontColor", colors, (v) => this.color(v));
  }
  getNumberFormat(): string {
    this.in("getNumberFormat");
    return this.cell(this.g.row, this.g.col)?.numberFormat ?? DEFAULT_NUMBER_FORMAT;
  }
  getNumberFormats(): unknown[] {
    this.in("getNumberFormats");
    return this.ex.realm.array(this.cells((r, c) => this.cell(r, c)?.numberFormat ?? DEFAULT_NUMBER_FORMAT));
  }
  setNumberFormat(format: string): this {
    return this.eachFormat("setNumberFormat", "numberFormat", numberFormatOf(format));
  }
  setNumberFormats(formats: unknown): this {
    return this.gridFormat("setNumberFormats", "numberFormat", formats, numberFormatOf);
  }
  setWraps(wraps: unknown): this {
    this.in("setWraps", "write");
    const rows = this.checkShape("setWraps", wraps);
    this.cells((r, c) => this.setWrapAt(r, c, Boolean(rows[r - this.g.row]?.[c - this.g.col])));
    return this;
  }
  setWrap(wrap: boolean): this {
    this.in("setWrap", "write");
    this.cells((r, c) => this.setWrapAt(r, c, Boolean(wrap)));
    return this;
  }
  /** setWrap(true) is the WRAP strategy, setWrap(false) OVERFLOW (WrapStrategy enum reference). */
  private setWrapAt(r: number, c: number, wrap: boolean): void {
    const cell = this.writable(r, c);
    cell.wrap = wrap;
    cell.wrapStrategy = wrap ? "WRAP" : "OVERFLOW";
  }
  /**
   * A new cell reads back wrap true with strategy OVERFLOW (observed on live Apps Script by the
   * gas-fakes project, "Wrap and Wrap strategy"; issuetracker.google.com/issues/427134600); once a
   * strategy is set, getWrap is true only for WRAP.
   */
  getWrap(): boolean {
    this.in("getWrap");
    const cell = this.cell(this.g.row, this.g.col);
    if (cell?.wrap !== undefined) return cell.wrap;
    return cell?.wrapStrategy === undefined ? true : cell.wrapStrategy === "WRAP";
  }
  setWrapStrategy(strategy: unknown): this {
    this.in("setWrapStrategy", "write");
    const name = enumName(strategy);
    this.cells((r, c) => {
      const cell = this.writable(r, c);
      delete cell.wrap;
      if (name === undefined) delete cell.wrapStrategy;
      else cell.wrapStrategy = name;
    });
    return this;
  }
  getWrapStrategy(): unknown {
    this.in("getWrapStrategy");
    return this.ex.enums.WrapStrategy?.[this.cell(this.g.row, this.g.col)?.wrapStrategy ?? "OVERFLOW"];
  }
  /**
   * "normal" reads back as "general-left", null resets to "general" (observed on live Apps Script by
   * the gas-fakes project, "Horizontal alignment"); left/center/right read back as set, lowercase.
   */
  setHorizontalAlignment(alignment: string | null): this {
    const a = alignment === null || alignment === undefined ? undefined : String(alignment).toLowerCase();
    return this.eachFormat(
      "setHorizontalAlignment",
      "horizontalAlignment",
      a === "normal" ? "general-left" : a,
    );
  }
  getHorizontalAlignment(): string {
    this.in("getHorizontalAlignment");
    return this.cell(this.g.row, this.g.col)?.horizontalAlignment ?? "general";
  }

  // ---- validation ----
  /** null when the cell has no rule (PLATFORM §8); rules never block a script's own writes. */
  getDataValidation(): DataValidation | null {
    this.in("getDataValidation");
    const v = this.cell(this.g.row, this.g.col)?.validation;
    return v ? new DataValidation(this.ex, v) : null;
  }
  getDataValidations(): unknown[] {
    this.in("getDataValidations");
    return this.ex.realm.array(
      this.cells((r, c) => {
        const v = this.cell(r, c)?.validation;
        return v ? new DataValidation(this.ex, v) : null;
      }),
    );
  }
  setDataValidation(rule: unknown): this {
    this.in("setDataValidation", "write");
    const data = this.rule(rule);
    this.cells((r, c) => this.setValidationAt(r, c, data));
    return this;
  }
  /** A null entry clears that cell's rule (PLATFORM §4). */
  setDataValidations(rules: unknown): this {
    this.in("setDataValidations", "write");
    const data = this.checkShape("setDataValidations", rules);
    this.cells((r, c) => this.setValidationAt(r, c, this.rule(data[r - this.g.row]?.[c - this.g.col])));
    return this;
  }
  clearDataValidations(): this {
    this.in("clearDataValidations", "write");
    this.cells((r, c) => this.cell(r, c) && this.setValidationAt(r, c, undefined));
    return this;
  }
  /** Checkbox validation and FALSE in every cell (Range.insertCheckboxes reference). */
  insertCheckboxes(): this {
    this.in("insertCheckboxes", "write");
    this.cells((r, c) => {
      this.setValidationAt(r, c, { criteria: "CHECKBOX", values: [], allowInvalid: false, helpText: null });
      this.store(r, c, false);
    });
    return this;
  }
  private rule(v: unknown): DataValidation["data"] | undefined {
    if (v === null || v === undefined) return undefined;
    if (!(v instanceof DataValidation))
      this.ex.fail(
        "The parameters (Object) don't match the method signature for SpreadsheetApp.Range.setDataValidation.",
      );
    return v.data;
  }
  private setValidationAt(r: number, c: number, data: DataValidation["data"] | undefined): void {
    const cell = this.writable(r, c);
    if (data) cell.validation = data;
    else delete cell.validation;
  }

  // ---- clearing ----
  /** Contents and formats; notes and validation stay (Range.clear reference: "contents and formats"). */
  clear(options?: Record<string, unknown>): this {
    this.in("clear", "write");
    const o = options ?? {};
    const only = ["contentsOnly", "formatOnly", "commentsOnly", "validationsOnly"].some((k) => o[k]);
    this.cells((r, c) => {
      const cell = this.cell(r, c);
      if (!cell) return;
      if (!only || o.contentsOnly) {
        cell.value = "";
        this.t.sheet.cells.setFormula(cell, undefined);
      }
      if (!only || o.formatOnly) for (const k of FORMAT_KEYS) delete cell[k];
      if (o.commentsOnly) delete cell.note;
      if (o.validationsOnly) delete cell.validation;
    });
    return this;
  }
  clearContent(): this {
    this.in("clearContent", "write");
    this.cells((r, c) => {
      const cell = this.cell(r, c);
      if (cell) {
        cell.value = "";
        this.t.sheet.cells.setFormula(cell, undefined);
      }
    });
    return this;
  }
  clearFormat(): this {
    this.in("clearFormat", "write");
    this.cells((r, c) => {
      const cell = this.cell(r, c);
      if (cell) for (const k of FORMAT_KEYS) delete cell[k];
    });
    return this;
  }

  // ---- merges ----
  /** Keeps the top-left value only, as Sheets does when merging. */
  merge(): this {
    this.in("merge", "write");
    this.cells((r, c) => {
      if (r === this.g.row && c === this.g.col) return;
      const cell = this.cell(r, c);
      if (cell) {
        cell.value = "";
        this.t.sheet.cells.setFormula(cell, undefined);
      }
    });
    this.t.sheet.merges = this.t.sheet.merges.filter((m) => !overlaps(m, this.g));
    this.t.sheet.merges.push({ ...this.g });
    return this;
  }
  breakApart(): this {
    this.in("breakApart", "write");
    this.t.sheet.merges = this.t.sheet.merges.filter((m) => !overlaps(m, this.g));
    return this;
  }
  isPartOfMerge(): boolean {
    this.in("isPartOfMerge");
    return this.t.sheet.merges.some((m) => overlaps(m, this.g));
  }
  getMergedRanges(): unknown[] {
    this.in("getMergedRanges");
    const ranges = this.t.sheet.merges.filter((m) => overlaps(m, this.g));
    return this.ex.realm.array(
      ranges.map((m) => new RangeObj(this.ex, { sheet: this.t.sheet, grid: { ...m } })),
    );
  }

  // ---- protection, metadata, activation ----
  protect(): ProtectionObj {
    this.in("protect", "write");
    const data = {
      id: this.ex.host.model.newObjectId(),
      type: "RANGE" as const,
      range: { ...this.g },
      description: "",
      warningOnly: false,
    };
    this.t.sheet.protections.push(data);
    return new ProtectionObj(this.ex, this.t.sheet, data);
  }
  /** Only whole rows or columns may carry metadata (Sheets API metadata guide: row/column locations). */
  addDeveloperMetadata(key: string, a?: unknown, b?: unknown): this {
    this.in("addDeveloperMetadata", "write");
    const whole =
      this.t.open?.rows ||
      this.t.open?.cols ||
      (this.g.row === 1 && this.g.numRows === this.t.sheet.maxRows) ||
      (this.g.col === 1 && this.g.numCols === this.t.sheet.maxCols);
    if (!whole) {
      this.ex.fail(
        "Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.",
      );
    }
    const isColumns =
      this.t.open?.rows ||
      (this.g.row === 1 && this.g.numRows === this.t.sheet.maxRows && !this.t.open?.cols);
    addMetadata(
      this.ex,
      key,
      a,
      b,
      isColumns
        ? { type: "COLUMN", sheetId: this.t.sheet.id, start: this.g.col, count: this.g.numCols }
        : { type: "ROW", sheetId: this.t.sheet.id, start: this.g.row, count: this.g.numRows },
    );
    return this;
  }
  getDeveloperMetadata(): unknown[] {
    this.in("getDeveloperMetadata");
    return metadataIn(this.ex, (m) => {
      const loc = m.location;
      if (loc.type !== "ROW" && loc.type !== "COLUMN") return false;
      if (loc.sheetId !== this.t.sheet.id) return false;
      return loc.type === "ROW"
        ? loc.start === this.g.row && loc.count === this.g.numRows
        : loc.start === this.g.col && loc.count === this.g.numCols;
    });
  }
  activate(): this {
    this.in("activate", "write");
    this.ex.host.model.activeSheetId = this.t.sheet.id;
    return this;
  }
}

function overlaps(a: GridRange, b: GridRange): boolean {
  return (
    a.row <= b.row + b.numRows - 1 &&
    b.row <= a.row + a.numRows - 1 &&
    a.col <= b.col + b.numCols - 1 &&
    b.col <= a.col + a.numCols - 1
  );
}
