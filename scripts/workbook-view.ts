// What the local page shows of the emulated workbook, as Sheets shows it: each cell's shown text with its
// static format and the conditional-format colours that apply to it, dropdowns and checkboxes, notes,
// formula errors, what the edit box shows, column widths (Sheets' 100 px default where unset), frozen
// rows and columns, and every gate value (for the page's debugging aid).
// Read from the model and formula engine directly (host-side, not counted): only cells that hold
// something are evaluated, so a register formatted down to row 1000 stays fast.
import { columnLetters } from "../emulator/a1";
import { isDate, parseUserInput } from "../emulator/cell-input";
import { displayValue } from "../emulator/display-format";
import type { Emulator } from "../emulator/index";
import type { CellData, CellValue, SheetData } from "../emulator/workbook-model";

/** One shown cell. */
export interface CellView {
  text: string;
  bg?: string;
  color?: string;
  bold?: boolean;
  /** Struck through (Range.setFontLine("line-through")). */
  strike?: boolean;
  note?: string;
  /** Formula text, shown on hover. */
  formula?: string;
  /** A formula's error message (custom function threw), shown on hover like Sheets. */
  error?: string;
  wrap?: boolean;
  align?: string;
  /** Font size in points, where not Sheets' default. */
  size?: number;
  /** Number (1-based) of the conditional rule that coloured the cell. */
  rule?: number;
  /** What the edit box shows: the formula, or the value typed so that it reads back the same. */
  input?: string;
  /** Numbers and dates align right, booleans centre, text left (Sheets' default alignment). */
  kind?: "number" | "bool" | "text";
  /** A checkbox (data validation CHECKBOX). */
  checkbox?: boolean;
  /** The options of a dropdown (data validation VALUE_IN_LIST). */
  options?: string[];
}

export interface SheetView {
  name: string;
  hidden: boolean;
  frozenRows: number;
  frozenCols: number;
  /** Widths in px of the columns shown (a few empty ones past the last used column). */
  columnWidths: number[];
  /** Rows the page shows (a few empty ones past the last used row). */
  rowCount: number;
  rows: (CellView | null)[][];
  /** Conditional rules the page cannot evaluate (custom formulas other than constants). */
  unevaluatedRules: string[];
  /** Merged cells (Range.merge): the top-left cell spans the others, which are not drawn. */
  merges: { row: number; col: number; numRows: number; numCols: number }[];
}

export interface GateValue {
  sheet: string;
  cell: string;
  value: string;
}

export interface WorkbookView {
  name: string;
  activeSheet: string;
  sheets: SheetView[];
  gates: GateValue[];
}

/** A conditional rule's condition, as the model stores it. */
export interface RuleCondition {
  readonly type: string;
  readonly values: readonly string[];
}

const DEFAULT_WIDTH = 100;
/** Empty rows and columns shown past the last used ones, so a person can type there. */
const SPARE_ROWS = 20;
const SPARE_COLS = 4;

/**
 * Whether a condition holds for a cell showing `text` (value `value`). Text conditions compare
 * case-insensitively, as Sheets' "Text is exactly / starts with / contains" rules are widely reported to
 * (UNCONFIRMED in Google's docs); CUSTOM_FORMULA through `customFormula` (the formula engine, references
 * relative to the rule's top-left cell), or only for constants (=TRUE / =FALSE) without it, else null.
 */
export function conditionHolds(
  condition: RuleCondition,
  text: string,
  value: CellValue | "",
  customFormula?: (formula: string) => boolean | null,
): boolean | null {
  const shown = text.toLowerCase();
  const arg = (condition.values[0] ?? "").toLowerCase();
  const n = typeof value === "number" ? value : Number.NaN;
  const x = Number(condition.values[0]);
  const y = Number(condition.values[1]);
  switch (condition.type) {
    case "TEXT_EQUAL_TO":
      return shown === arg;
    case "TEXT_STARTS_WITH":
      return shown.startsWith(arg);
    case "TEXT_ENDS_WITH":
      return shown.endsWith(arg);
    case "TEXT_CONTAINS":
      return shown.includes(arg);
    case "TEXT_DOES_NOT_CONTAIN":
      return !shown.includes(arg);
    case "CELL_EMPTY":
      return shown === "";
    case "CELL_NOT_EMPTY":
      return shown !== "";
    case "NUMBER_EQUAL_TO":
      return n === x;
    case "NUMBER_NOT_EQUAL_TO":
      return n !== x;
    case "NUMBER_GREATER_THAN":
      return n > x;
    case "NUMBER_GREATER_THAN_OR_EQUAL_TO":
      return n >= x;
    case "NUMBER_LESS_THAN":
      return n < x;
    case "NUMBER_LESS_THAN_OR_EQUAL_TO":
      return n <= x;
    case "NUMBER_BETWEEN":
      return n >= Math.min(x, y) && n <= Math.max(x, y);
    case "NUMBER_NOT_BETWEEN":
      return !(n >= Math.min(x, y) && n <= Math.max(x, y));
    case "CUSTOM_FORMULA": {
      const formula = (condition.values[0] ?? "").replace(/\s+/g, "").toUpperCase();
      if (formula === "=TRUE") return true;
      if (formula === "=FALSE") return false;
      return customFormula ? customFormula(condition.values[0] ?? "") : null;
    }
    default:
      return null;
  }
}

/** Whether a stored cell shows anything (a value, a formula, a note or a static format people see). */
function isShown(cell: CellData): boolean {
  return (
    cell.value !== "" ||
    cell.formula !== undefined ||
    Boolean(cell.note) ||
    (Boolean(cell.background) && cell.background !== "#ffffff") ||
    cell.fontWeight === "bold" ||
    cell.validation !== undefined
  );
}

function sheetView(emulator: Emulator, sheet: SheetData, gates: GateValue[]): SheetView {
  const { model, formulas } = emulator;
  const grid = new Map<string, { view: CellView; value: CellValue | "" }>();
  let rowCount = sheet.frozenRows;
  let colCount = 0;
  const put = (r: number, c: number, view: CellView, value: CellValue | "") => {
    grid.set(`${r}:${c}`, { view, value });
    rowCount = Math.max(rowCount, r);
    colCount = Math.max(colCount, c);
  };
  const show = (value: CellValue | "", numberFormat: string | undefined) =>
    value === "" ? "" : displayValue(value, numberFormat, model.timeZone);

  formulas.batch(() => {
    for (const [r, c, cell] of sheet.cells.positioned()) {
      if (!isShown(cell)) continue;
      let value: CellValue | "" = cell.value;
      const view: CellView = { text: "" };
      if (cell.formula !== undefined) {
        const evaluated = formulas.evaluate(sheet, r, c);
        value = evaluated.value;
        view.formula = cell.formula;
        if (evaluated.error) view.error = evaluated.error.message;
        const [h, w] = formulas.extent(sheet, r, c);
        for (let dr = 0; dr < h; dr++) {
          for (let dc = 0; dc < w; dc++) {
            if (dr === 0 && dc === 0) continue;
            const spilled = formulas.evaluate(sheet, r + dr, c + dc).value;
            put(r + dr, c + dc, { text: show(spilled, undefined) }, spilled);
          }
        }
        if (/HANDOFF_GATE\s*\(/i.test(cell.formula)) {
          gates.push({
            sheet: sheet.name,
            cell: `${columnLetters(c)}${r}`,
            value: show(value, cell.numberFormat),
          });
        }
      }
      view.text = show(value, cell.numberFormat);
      view.input = cell.formula ?? editText(value, view.text, cell.numberFormat, model.timeZone);
      view.kind =
        typeof value === "number" || isDate(value) ? "number" : typeof value === "boolean" ? "bool" : "text";
      if (cell.validation?.criteria === "CHECKBOX") view.checkbox = true;
      if (cell.validation?.criteria === "VALUE_IN_LIST") {
        const list = cell.validation.values[0];
        view.options = (Array.isArray(list) ? list : cell.validation.values).map(String);
      }
      if (cell.background && cell.background !== "#ffffff") view.bg = cell.background;
      if (cell.fontColor) view.color = cell.fontColor;
      if (cell.fontWeight === "bold") view.bold = true;
      if (cell.fontLine === "line-through") view.strike = true;
      if (cell.note) view.note = cell.note;
      if (cell.wrap) view.wrap = true;
      if (cell.fontSize) view.size = cell.fontSize;
      if (cell.horizontalAlignment) view.align = cell.horizontalAlignment.toLowerCase();
      put(r, c, view, value);
    }
  });

  const styled = new Set<string>();
  const unevaluatedRules: string[] = [];
  sheet.conditionalRules.forEach((rule, i) => {
    for (const range of rule.ranges) {
      const bottom = Math.min(range.row + range.numRows - 1, rowCount);
      const right = Math.min(range.col + range.numCols - 1, colCount);
      for (let r = range.row; r <= bottom; r++) {
        for (let c = range.col; c <= right; c++) {
          const key = `${r}:${c}`;
          if (styled.has(key)) continue;
          const at = grid.get(key);
          const holds = conditionHolds(rule.condition, at?.view.text ?? "", at?.value ?? "", (f) =>
            formulas.conditionAt(sheet, f, range.row, range.col, r, c),
          );
          if (holds === null) {
            const label = rule.condition.values[0] ?? rule.condition.type;
            if (!unevaluatedRules.includes(label)) unevaluatedRules.push(label);
            continue;
          }
          if (!holds) continue;
          styled.add(key);
          const view = at?.view ?? { text: "" };
          if (rule.format.background) view.bg = rule.format.background;
          if (rule.format.fontColor) view.color = rule.format.fontColor;
          if (rule.format.bold !== undefined) view.bold = rule.format.bold;
          view.rule = i + 1;
          if (!at) grid.set(key, { view, value: "" });
        }
      }
    }
  });

  const rows = Array.from({ length: rowCount }, (_, r) =>
    Array.from({ length: colCount }, (_, c) => grid.get(`${r + 1}:${c + 1}`)?.view ?? null),
  );
  const shownCols = Math.min(sheet.maxCols, Math.max(colCount + SPARE_COLS, sheet.frozenCols, 8));
  const columnWidths = Array.from(
    { length: shownCols },
    (_, c) => sheet.columnWidths.get(c + 1) ?? DEFAULT_WIDTH,
  );
  return {
    name: sheet.name,
    hidden: sheet.hidden,
    frozenRows: sheet.frozenRows,
    frozenCols: sheet.frozenCols,
    columnWidths,
    rowCount: Math.min(sheet.maxRows, Math.max(rowCount + SPARE_ROWS, 30)),
    rows,
    unevaluatedRules,
    merges: sheet.merges.map((m) => ({ ...m })),
  };
}

/**
 * The text Sheets' edit box shows for a value: dates and numbers as shown, and text that typing would
 * turn into something else (a number, a date, a formula) with the apostrophe that keeps it text.
 */
function editText(
  value: CellValue | "",
  shown: string,
  numberFormat: string | undefined,
  timeZone: string,
): string {
  if (typeof value !== "string") return shown;
  const typed = parseUserInput(value, numberFormat, timeZone);
  return typed.formula === undefined && typed.value === value ? value : `'${value}`;
}

/** The page's view of the whole workbook. */
export function workbookView(emulator: Emulator): WorkbookView {
  const gates: GateValue[] = [];
  // One read of the workbook: cells and conditional rules' formulas share what was evaluated.
  const sheets = emulator.formulas.batch(() =>
    emulator.model.sheets.map((sheet) => sheetView(emulator, sheet, gates)),
  );
  return { name: emulator.model.name, activeSheet: emulator.model.activeSheet().name, sheets, gates };
}
