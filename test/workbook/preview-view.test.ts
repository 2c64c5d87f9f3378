// What the local preview shows of a handoff tab, read from the view the page renders: Sheets' widths
// (the add-on sets Section, Item, Status/Owner, Evidence and Notes; others keep Sheets' 100 px), frozen rows and columns, checkboxes and
// dropdowns, alignment by kind, and the edit box text (an apostrophe where typing would change the value).
import { describe, expect, it } from "vitest";
import { loadDemoEmulator } from "../../scripts/demo-workbook";
import { applyEdit, applyStructure } from "../../scripts/workbook-edit";
import { workbookView } from "../../scripts/workbook-view";

describe("the preview's view of the demo", () => {
  it("shows widths, frozen panes, checkboxes, dropdowns and edit text as Sheets would", async () => {
    const emu = await loadDemoEmulator();
    const tab = "HO-0001 Northwind Traders";
    expect(applyEdit(emu, { sheet: tab, row: 10, col: 10, text: "'42" })).toEqual({ ok: true });
    expect(applyEdit(emu, { sheet: tab, row: 11, col: 10, text: "=B3" })).toEqual({ ok: true });
    const sheet = emu.model.sheetByName(tab);
    if (!sheet) throw new Error("no tab");
    sheet.frozenCols = 2;
    sheet.merges.push({ row: 12, col: 2, numRows: 2, numCols: 3 });
    const view = workbookView(emu).sheets.find((s) => s.name === tab);
    if (!view) throw new Error("no view");
    expect(view.columnWidths.slice(0, 4)).toEqual([130, 340, 100, 100]);
    expect([view.frozenRows, view.frozenCols]).toEqual([9, 2]);
    const row10 = view.rows[9] ?? [];
    expect(row10[3]).toMatchObject({ checkbox: true, text: "TRUE", kind: "bool" });
    expect(row10[4]?.options).toEqual(["Not started", "In progress", "Blocked", "Done", "N/A"]);
    expect(row10[6]).toMatchObject({ kind: "number", input: row10[6]?.text });
    expect(row10[9]).toMatchObject({ text: "42", input: "'42", kind: "text" });
    expect(view.rows[10]?.[9]).toMatchObject({ text: "Northwind Traders", input: "=B3" });
    expect(view.rowCount).toBeGreaterThan(view.rows.length);
    expect(view.merges).toEqual([{ row: 12, col: 2, numRows: 2, numCols: 3 }]);
  });

  it("refuses edits outside the sheet and structure changes that would empty it, naming why", async () => {
    const emu = await loadDemoEmulator();
    expect(applyEdit(emu, { sheet: "Nope", row: 1, col: 1, text: "x" })).toEqual({
      ok: false,
      error: 'No sheet named "Nope".',
    });
    expect(applyEdit(emu, { sheet: "Sheet1", row: 0, col: 1, text: "x" })).toMatchObject({ ok: false });
    expect(applyEdit(emu, { sheet: "Sheet1", row: 1, col: 1, checked: true })).toEqual({
      ok: false,
      error: "A1 has no checkbox.",
    });
    expect(applyStructure(emu, { sheet: "Sheet1", op: "deleteColumns", at: 1, count: 26 })).toEqual({
      ok: false,
      error: "A sheet keeps at least one of its columns.",
    });
    expect(applyStructure(emu, { sheet: "Sheet1", op: "dropTable", at: 1 })).toMatchObject({ ok: false });
    expect(applyStructure(emu, { sheet: "Sheet1", op: "insertColumns", at: 1, count: 2 })).toEqual({
      ok: true,
    });
    expect(emu.model.sheetByName("Sheet1")?.maxCols).toBe(28);
  });
});
