// Contract: a sheet's stored cells (emulator/cell-grid.ts) behave as the Map keyed by "row:col" they
// replaced, and getLastRow/getLastColumn count values and formulas only (Sheet.getLastRow reference:
// "the position of the last row that has content").
import { describe, expect, it } from "vitest";
import { CellGrid } from "../../emulator/cell-grid";
import { loadFixture } from "./fixture";

describe("CellGrid", () => {
  it("reads like a Map keyed by row:col, row by row and left to right", () => {
    const grid = new CellGrid();
    grid.ensure(3, 2).value = "c";
    grid.ensure(1, 5).value = "b";
    grid.ensure(1, 1).value = "a";
    expect([...grid.keys()]).toEqual(["1:1", "1:5", "3:2"]);
    expect(grid.get("3:2")?.value).toBe("c");
    expect(grid.has("2:2")).toBe(false);
    expect(grid.size).toBe(3);
  });

  it("last row and column skip cells that only carry formats, wherever they are", () => {
    const grid = new CellGrid();
    grid.ensure(2, 3).value = "x";
    grid.ensure(40, 9).background = "#ffeeee";
    grid.ensure(5, 1).note = "only a note";
    expect([grid.lastRow(), grid.lastColumn()]).toEqual([2, 3]);
    grid.setFormula(grid.ensure(7, 4), "=1");
    expect([grid.lastRow(), grid.lastColumn()]).toEqual([7, 4]);
  });

  it("inserting and deleting rows and columns moves cells and forgets the deleted ones' formulas", () => {
    const grid = new CellGrid();
    const kept = grid.ensure(4, 2);
    grid.setFormula(kept, "=A1");
    grid.setFormula(grid.ensure(2, 2), "=B1");
    grid.shiftRows(1, 3);
    expect(grid.at(7, 2)).toBe(kept);
    grid.shiftRows(5, -1);
    expect(grid.at(6, 2)).toBe(kept);
    expect([...grid.formulaCells()]).toEqual([kept]);
    grid.shiftColumns(1, 2);
    expect(grid.at(6, 4)).toBe(kept);
    grid.shiftColumns(4, -1);
    expect(grid.at(6, 4)).toBeUndefined();
    expect([...grid.formulaCells()]).toEqual([]);
    expect(grid.lastRow()).toBe(0);
  });
});

describe("getLastRow and getDataRange after rows are deleted below content", () => {
  it("shrink back to the last row with content", async () => {
    const emu = await loadFixture(`
function fill() {
  var sheet = SpreadsheetApp.getActive().getSheetByName("Sheet1");
  sheet.getRange("A1:B6").setValues([[1,2],[3,4],[5,6],[7,8],[9,10],[11,12]]);
  sheet.getRange("A20").setBackground("#ff0000");
  sheet.deleteRows(4, 3);
  return [sheet.getLastRow(), sheet.getLastColumn(), sheet.getDataRange().getA1Notation()];
}`);
    expect(emu.run("fill").value).toEqual([3, 2, "A1:B3"]);
  });
});
