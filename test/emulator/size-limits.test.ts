// Contract: Sheets' size limits (emulator/workbook-model.ts SizeLimits, with sources). A new sheet is
// 1000 × 26 (Spreadsheet.insertSheet reference); a workbook holds at most 10,000,000 cells, empty ones
// included, and an insert past that fails with "This action would increase the number of cells in the
// workbook above the limit of 10000000 cells." (observed: github.com/UoaWDCC/uasc-web PR 833,
// github.com/burnash/gspread issues 516 and 950 with older limits); a cap of 200 sheets is reported by
// third parties only (no Google page found; the refusal's wording is the project's). Emulator.load({
// limits }) makes the figures small so a test reaches them.
import { describe, expect, it } from "vitest";
import type { Emulator } from "../../emulator";
import { cellLimitMessage, SHEETS_LIMITS } from "../../emulator/workbook-model";
import { loadFixture } from "./fixture";

const CODE = `
function ss_() { return SpreadsheetApp.getActiveSpreadsheet(); }
function attempt(src) { try { return eval(src); } catch (e) { return "error: " + e.message; } }
`;

/** The first sheet's values in one row or one column, as plain cells ("" when empty). */
function line(emu: Emulator, cells: readonly [number, number][]): unknown[] {
  const sheet = emu.model.sheets[0];
  if (!sheet) throw new Error("no sheet");
  return cells.map(([r, c]) => emu.model.cell(sheet, r, c)?.value ?? "");
}

describe("Sheets' size limits", () => {
  it("default to the real figures: 10,000,000 cells, 200 sheets, 18,278 columns", async () => {
    const emu = await loadFixture(CODE);
    expect(emu.model.limits).toEqual({ cells: 10_000_000, sheets: 200, columns: 18_278 });
    expect(SHEETS_LIMITS.cells).toBe(10_000_000);
    expect(cellLimitMessage(10_000_000)).toBe(
      "This action would increase the number of cells in the workbook above the limit of 10000000 cells.",
    );
  });

  it("count every sheet's whole grid, and follow deleted and inserted rows and columns", async () => {
    const emu = await loadFixture(CODE);
    expect(emu.model.cellCount()).toBe(26_000);
    emu.run("attempt", ["var s = ss_().insertSheet('T'); s.deleteRows(41, 960); s.deleteColumns(11, 16)"]);
    expect(
      emu.run("attempt", ["var s = ss_().getSheetByName('T'); [s.getMaxRows(), s.getMaxColumns()]"]).value,
    ).toEqual([40, 10]);
    expect(emu.model.cellCount()).toBe(26_000 + 400);
    emu.run("attempt", [
      "var s = ss_().getSheetByName('T'); s.insertRowsAfter(40, 10); s.insertColumnsAfter(10, 2)",
    ]);
    expect(
      emu.run("attempt", ["var s = ss_().getSheetByName('T'); [s.getMaxRows(), s.getMaxColumns()]"]).value,
    ).toEqual([50, 12]);
    expect(emu.model.cellCount()).toBe(26_000 + 600);
  });

  it("insertColumns* and deleteColumns move cells as the grid's columns do; a sheet keeps one column", async () => {
    const emu = await loadFixture(CODE);
    emu.model.setValues("Sheet1", 1, 1, [["a", "b", "c"]]);
    emu.run("attempt", ["ss_().getActiveSheet().insertColumnsBefore(2, 2)"]);
    expect(
      line(emu, [
        [1, 1],
        [1, 2],
        [1, 3],
        [1, 4],
        [1, 5],
      ]),
    ).toEqual(["a", "", "", "b", "c"]);
    emu.run("attempt", ["ss_().getActiveSheet().deleteColumns(2, 2)"]);
    expect(
      line(emu, [
        [1, 1],
        [1, 2],
        [1, 3],
      ]),
    ).toEqual(["a", "b", "c"]);
    expect(emu.run("attempt", ["ss_().getActiveSheet().deleteColumns(1, 26)"]).value).toBe(
      "error: Sorry, it is not possible to delete all non-frozen columns.",
    );
    expect(emu.run("attempt", ["ss_().getActiveSheet().deleteColumns(26, 2)"]).value).toBe(
      "error: Those columns are out of bounds.",
    );
  });

  it("inserting a sheet, rows, columns or an appended row past the cell limit fails with Sheets' text and changes nothing", async () => {
    const emu = await loadFixture(CODE, { limits: { cells: 60_000 } });
    const refused =
      "error: This action would increase the number of cells in the workbook above the limit of 60000 cells.";
    expect(emu.run("attempt", ["ss_().insertSheet('Two').getName()"]).value).toBe("Two");
    expect(emu.model.cellCount()).toBe(52_000);
    expect(emu.run("attempt", ["ss_().insertSheet('Three').getName()"]).value).toBe(refused);
    expect(emu.model.sheets.map((s) => s.name)).toEqual(["Sheet1", "Two"]);
    expect(emu.run("attempt", ["ss_().getActiveSheet().insertRowsAfter(1000, 308)"]).value).toBe(refused);
    expect(emu.run("attempt", ["ss_().getActiveSheet().insertColumnsAfter(26, 9)"]).value).toBe(refused);
    expect(emu.run("attempt", ["ss_().getActiveSheet().insertRowsAfter(1000, 307); 'ok'"]).value).toBe("ok");
    expect(emu.model.cellCount()).toBe(59_982);
    // A full sheet: appendRow would add a row of 26 cells, past the limit.
    emu.model.setValues("Two", 1307, 1, [["last"]]);
    expect(emu.run("attempt", ["ss_().getSheetByName('Two').appendRow(['x']); 'ok'"]).value).toBe(refused);
    expect(emu.model.sheetByName("Two")?.maxRows).toBe(1307);
    // Deleting rows frees room again.
    emu.run("attempt", ["ss_().getSheetByName('Two').deleteRows(1000, 300)"]);
    expect(emu.run("attempt", ["ss_().getSheetByName('Two').appendRow(['x']); 'ok'"]).value).toBe("ok");
  });

  it("appendRow on a full sheet grows it by one row (within the limit)", async () => {
    const emu = await loadFixture(CODE);
    emu.run("attempt", [
      "var s = ss_().getActiveSheet(); s.deleteRows(3, 998); s.getRange(1, 1, 2, 1).setValues([['a'], ['b']])",
    ]);
    emu.run("attempt", ["ss_().getActiveSheet().appendRow(['c'])"]);
    expect(emu.model.sheets[0]?.maxRows).toBe(3);
    expect(
      line(emu, [
        [1, 1],
        [2, 1],
        [3, 1],
      ]),
    ).toEqual(["a", "b", "c"]);
  });

  it("the sheet cap (a setting, default 200) refuses one more sheet", async () => {
    const emu = await loadFixture(CODE, { limits: { sheets: 3 } });
    emu.run("attempt", ["ss_().insertSheet('A'); ss_().insertSheet('B')"]);
    expect(emu.run("attempt", ["ss_().insertSheet('C')"]).value).toBe(
      "error: This action would increase the number of sheets in the workbook above the limit of 3 sheets.",
    );
    expect(emu.model.sheets).toHaveLength(3);
  });

  it("the refusals come in the user's language (PLATFORM §9)", async () => {
    const emu = await loadFixture(CODE, { limits: { cells: 30_000 }, errorLanguage: "de" });
    const message = String(emu.run("attempt", ["ss_().insertSheet('X')"]).value);
    expect(message).not.toContain("This action");
    expect(message).toContain("30000");
  });
});
