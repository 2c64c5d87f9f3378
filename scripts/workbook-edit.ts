// What a person does to the grid on the local page, applied to the emulated sheet: typing into a cell
// (parsed as Sheets parses typed input: numbers, dates in the spreadsheet's locale, `=` formulas, a
// leading apostrophe for text), ticking a checkbox, choosing from a dropdown, and inserting or deleting
// rows and columns. Formulas, named ranges, rules and validations follow through the model.
import { columnLetters } from "../emulator/a1";
import type { Emulator } from "../emulator/index";

/** The outcome the page shows: done, or why not, naming the cell and the fix. */
export type EditOutcome = { ok: true } | { ok: false; error: string };

const STRUCTURE_OPS = ["insertRows", "deleteRows", "insertColumns", "deleteColumns"] as const;
type StructureOp = (typeof STRUCTURE_OPS)[number];

const positive = (v: unknown): number | null =>
  Number.isInteger(v) && (v as number) >= 1 ? (v as number) : null;

/** Writes what a person typed (or a checkbox's new state) into one cell. */
export function applyEdit(emulator: Emulator, body: Record<string, unknown>): EditOutcome {
  const sheet = emulator.model.sheetByName(String(body.sheet ?? ""));
  if (!sheet) return { ok: false, error: `No sheet named "${String(body.sheet ?? "")}".` };
  const row = positive(body.row);
  const col = positive(body.col);
  if (row === null || col === null || row > sheet.maxRows || col > sheet.maxCols) {
    return { ok: false, error: "That cell is outside the sheet." };
  }
  const a1 = `${columnLetters(col)}${row}`;
  const validation = emulator.model.cell(sheet, row, col)?.validation;
  if (typeof body.checked === "boolean") {
    if (validation?.criteria !== "CHECKBOX") return { ok: false, error: `${a1} has no checkbox.` };
    emulator.model.setValues(sheet.name, row, col, [[body.checked]]);
    return { ok: true };
  }
  if (typeof body.text !== "string") return { ok: false, error: "Nothing was typed." };
  const text = body.text;
  if (validation?.criteria === "VALUE_IN_LIST" && !validation.allowInvalid && text !== "") {
    const list = validation.values[0];
    const options = (Array.isArray(list) ? list : validation.values).map(String);
    if (!options.includes(text)) {
      // Sheets rejects input that breaks a "reject input" rule and keeps the cell as it was.
      return {
        ok: false,
        error: `There was a problem: the data you entered in ${a1} violates the data validation rules set on this cell. Pick one of: ${options.join(", ")}.`,
      };
    }
  }
  emulator.model.setValues(sheet.name, row, col, [[text]]);
  return { ok: true };
}

/** Inserts or deletes rows or columns, as from the grid's context menu. */
export function applyStructure(emulator: Emulator, body: Record<string, unknown>): EditOutcome {
  const sheet = emulator.model.sheetByName(String(body.sheet ?? ""));
  if (!sheet) return { ok: false, error: `No sheet named "${String(body.sheet ?? "")}".` };
  const op = STRUCTURE_OPS.find((o) => o === body.op) as StructureOp | undefined;
  const at = positive(body.at);
  const count = body.count === undefined ? 1 : positive(body.count);
  if (!op || at === null || count === null) return { ok: false, error: "Unknown change to the grid." };
  const rows = op.endsWith("Rows");
  const max = rows ? sheet.maxRows : sheet.maxCols;
  const what = rows ? "rows" : "columns";
  if (op.startsWith("insert")) {
    if (at > max + 1) return { ok: false, error: `Those ${what} are outside the sheet.` };
    // Sheets' size limits, as the emulator enforces them (emulator/workbook-model.ts SizeLimits, with sources).
    const limits = emulator.model.limits;
    const added = count * (rows ? sheet.maxCols : sheet.maxRows);
    if (
      emulator.model.cellCount() + added > limits.cells ||
      (!rows && sheet.maxCols + count > limits.columns)
    ) {
      return {
        ok: false,
        error: `Inserting ${count} ${what} would take the spreadsheet past Sheets' limit of ${limits.cells.toLocaleString("en-US")} cells (${limits.columns.toLocaleString("en-US")} columns a sheet): insert fewer.`,
      };
    }
    if (rows) emulator.model.insertRows(sheet, at, count);
    else emulator.model.insertColumns(sheet, at, count);
    return { ok: true };
  }
  if (at + count - 1 > max) return { ok: false, error: `Those ${what} are outside the sheet.` };
  // Sheets refuses to delete every row or every column of a sheet.
  if (count >= max) return { ok: false, error: `A sheet keeps at least one of its ${what}.` };
  if (rows) emulator.model.deleteRows(sheet, at, count);
  else emulator.model.deleteColumns(sheet, at, count);
  return { ok: true };
}
