// How Sheets keeps formulas pointing at the same cells when the grid changes: inserting or deleting
// rows shifts (or grows, shrinks, breaks) every reference into that sheet, renaming a sheet renames
// it inside formulas, and deleting a sheet turns references to it into #REF! (observed Sheets
// behaviour, as in every spreadsheet; the Sheets API's InsertDimension/DeleteDimension requests
// describe the same adjustment of "references to cells").
import { columnLetters, columnNumber, quoteSheetName, splitSheet } from "./a1";

const STRING = /"(?:[^"]|"")*"/y;
const REF =
  /(?<![\w.$'!])((?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!)?(\$?[A-Za-z]{1,3}\$?\d+)(?::(\$?[A-Za-z]{1,3}\$?\d+))?(?![\w(!])/y;

/** Rewrites every A1 cell or range reference outside string literals; `fn` returns the new text. */
export function rewriteReferences(
  formula: string,
  fn: (sheetName: string | undefined, start: string, end: string | undefined) => string | null,
): string {
  let out = "";
  let i = 0;
  while (i < formula.length) {
    STRING.lastIndex = i;
    const str = STRING.exec(formula);
    if (str) {
      out += str[0];
      i += str[0].length;
      continue;
    }
    REF.lastIndex = i;
    const ref = REF.exec(formula);
    if (ref) {
      const prefix = ref[1];
      const sheetName = prefix ? splitSheet(`${prefix}A1`).sheetName : undefined;
      const replaced = fn(sheetName, ref[2] ?? "", ref[3]);
      out += replaced ?? ref[0];
      i += ref[0].length;
      continue;
    }
    out += formula[i];
    i++;
  }
  return out;
}

const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)$/;

type Axis = "row" | "col";

function withIndex(cell: string, axis: Axis, n: number): string {
  const m = CELL.exec(cell);
  if (!m) return cell;
  return axis === "row" ? `${m[1]}${m[2]}${m[3]}${n}` : `${m[1]}${columnLetters(n)}${m[3]}${m[4]}`;
}

function indexOf(cell: string, axis: Axis): number {
  const m = CELL.exec(cell);
  if (!m) return 0;
  return axis === "row" ? Number(m[4]) : columnNumber(m[2] ?? "A");
}

/** The new text of a span along one axis after inserting (count > 0) or deleting at `at`; null = #REF!. */
function shiftSpan(
  start: string,
  end: string | undefined,
  axis: Axis,
  at: number,
  count: number,
): string | null {
  const r1 = indexOf(start, axis);
  const r2 = end === undefined ? r1 : indexOf(end, axis);
  let n1 = r1;
  let n2 = r2;
  if (count > 0) {
    if (r1 >= at) n1 += count;
    if (r2 >= at) n2 += count;
  } else {
    const del = -count;
    const last = at + del - 1;
    const move = (r: number) => (r > last ? r - del : r);
    if (r1 >= at && r2 <= last) return null;
    n1 = r1 >= at && r1 <= last ? at : move(r1);
    n2 = r2 >= at && r2 <= last ? at - 1 : move(r2);
  }
  const a = withIndex(start, axis, n1);
  return end === undefined ? a : `${a}:${withIndex(end, axis, n2)}`;
}

/** The new text of a row span after inserting (count > 0) or deleting rows at `at`; null = #REF!. */
export function shiftRows(start: string, end: string | undefined, at: number, count: number): string | null {
  return shiftSpan(start, end, "row", at, count);
}

/** The new text of a column span after inserting (count > 0) or deleting columns at `at`; null = #REF!. */
export function shiftColumns(
  start: string,
  end: string | undefined,
  at: number,
  count: number,
): string | null {
  return shiftSpan(start, end, "col", at, count);
}

/** The prefix to write for a sheet in a formula ('Quoted name'! when needed). */
export function sheetPrefix(name: string): string {
  return `${quoteSheetName(name)}!`;
}

const MOVABLE = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)$/;

/** One cell reference moved by (dRow, dCol), keeping `$`-anchored parts; null when it leaves the grid. */
function moveCell(cell: string, dRow: number, dCol: number): string | null {
  const m = MOVABLE.exec(cell);
  if (!m) return cell;
  const [, colAbs = "", letters = "", rowAbs = "", digits = ""] = m;
  const col = colAbs ? columnNumber(letters) : columnNumber(letters) + dCol;
  const row = rowAbs ? Number(digits) : Number(digits) + dRow;
  if (col < 1 || row < 1) return null;
  return `${colAbs}${columnLetters(col)}${rowAbs}${row}`;
}

/**
 * The formula a cell (dRow, dCol) away from a range's top-left gets when Range.setFormula writes one
 * formula to many cells: relative references move with the cell, `$` parts stay (Range.setFormula
 * reference; `=A1` on A1:B2 gives =A1, =B1, =A2, =B2 — observed on live Apps Script by the gas-fakes
 * project, PLATFORM §9). A reference pushed off the grid becomes #REF!.
 */
export function offsetFormula(formula: string, dRow: number, dCol: number): string {
  if (dRow === 0 && dCol === 0) return formula;
  return rewriteReferences(formula, (sheetName, start, end) => {
    const prefix = sheetName === undefined ? "" : sheetPrefix(sheetName);
    const a = moveCell(start, dRow, dCol);
    const b = end === undefined ? undefined : moveCell(end, dRow, dCol);
    if (a === null || b === null) return "#REF!";
    return `${prefix}${a}${b === undefined ? "" : `:${b}`}`;
  });
}
