// Contract: ranges and values (Range and Sheet references, PLATFORM §8 "Ranges", "setValues mismatch").
// Error texts the reference does not print are marked observed/widely reported.
import { beforeEach, describe, expect, it } from "vitest";
import type { Emulator } from "../../emulator";
import { loadFixture } from "./fixture";

let emu: Emulator;
const CODE = `
  function sheet_() { return SpreadsheetApp.getActiveSheet(); }
  function call(fn) { return fn(sheet_()); }
  function getRange(a, b, c, d) { var s = sheet_(); return s.getRange.apply(s, Array.prototype.slice.call(arguments)).getA1Notation(); }
  function values(a1) { return sheet_().getRange(a1).getValues(); }
  function write(a1, data) { sheet_().getRange(a1).setValues(data); return true; }
  function eval_(src) { return eval(src); }
`;

beforeEach(async () => {
  emu = await loadFixture(CODE);
});

const run = (src: string) => emu.run("eval_", [src]);

describe("ranges (Range reference; PLATFORM §8)", () => {
  it("are 1-based: getRange(1, 1) is A1 and getRange(2, 3, 2, 2) is C2:D3", () => {
    expect(emu.run("getRange", [1, 1]).value).toBe("A1");
    expect(emu.run("getRange", [2, 3, 2, 2]).value).toBe("C2:D3");
  });

  it("throw Sheets' texts for row/column 0 and past the sheet's edge (observed)", () => {
    expect(emu.run("getRange", [0, 1]).error?.message).toBe("The starting row of the range is too small.");
    expect(emu.run("getRange", [1, 0]).error?.message).toBe("The starting column of the range is too small.");
    expect(emu.run("getRange", [1, 1, 0, 1]).error?.message).toBe(
      "The number of rows in the range must be at least 1.",
    );
    expect(emu.run("getRange", [1000, 1, 2, 1]).error?.message).toBe(
      "The coordinates of the range are outside the dimensions of the sheet.",
    );
    expect(emu.run("getRange", [1, 27]).error?.message).toBe(
      "The coordinates of the range are outside the dimensions of the sheet.",
    );
    expect(emu.run("getRange", [1, 1, 1000, 26]).value).toBe("A1:Z1000");
  });

  it("reject non-numeric coordinates like Apps Script's overload check (observed)", () => {
    expect(emu.run("getRange", [1, null]).error?.message).toBe(
      "The parameters (number,null) don't match the method signature for SpreadsheetApp.Sheet.getRange.",
    );
  });

  it('getValues returns the full rectangle with "" for empty cells', () => {
    emu.model.setValues("Sheet1", 2, 2, [["x"]]);
    expect(emu.run("values", ["A1:C3"]).value).toEqual([
      ["", "", ""],
      ["", "x", ""],
      ["", "", ""],
    ]);
  });

  it("setValues with the wrong number of rows throws Sheets' exact text (PLATFORM §8)", () => {
    expect(emu.run("write", ["A1:B3", [[1, 2]]]).error?.message).toBe(
      "The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 3.",
    );
  });

  it("setValues with the wrong number of columns, or ragged rows, throws the columns text (PLATFORM §8)", () => {
    expect(emu.run("write", ["A1:B1", [[1, 2, 3]]]).error?.message).toBe(
      "The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.",
    );
    expect(emu.run("write", ["A1:B2", [[1, 2], [3]]]).error?.message).toBe(
      "The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.",
    );
    expect(emu.snapshot().sheets[0]?.cells).toEqual([]);
  });

  it("keep numbers, booleans and Dates as they were set", () => {
    const when = new Date("2025-05-05T10:00:00Z");
    emu.run("write", ["A1:C1", [[1.5, true, when]]]);
    expect(emu.run("values", ["A1:C1"]).value).toEqual([[1.5, true, when]]);
  });

  it("parse A1 notation: Sheet!A1:B2, 'My sheet'!A1, A:A, 2:2, open-ended A2:B", () => {
    run("SpreadsheetApp.getActive().insertSheet('My sheet')");
    run("SpreadsheetApp.getActive().insertSheet('Data')");
    const a1 = (src: string) =>
      run(
        `(function(){ var r = ${src}; return [r.getSheet().getName(), r.getA1Notation(), r.getNumRows(), r.getNumColumns()]; })()`,
      ).value;
    expect(a1("SpreadsheetApp.getActive().getRange('Data!A1:B2')")).toEqual(["Data", "A1:B2", 2, 2]);
    expect(a1("SpreadsheetApp.getActive().getRange(\"'My sheet'!C3\")")).toEqual(["My sheet", "C3", 1, 1]);
    expect(a1("SpreadsheetApp.getActive().getSheetByName('Data').getRange('A:A')")).toEqual([
      "Data",
      "A:A",
      1000,
      1,
    ]);
    expect(a1("SpreadsheetApp.getActive().getSheetByName('Data').getRange('2:2')")).toEqual([
      "Data",
      "2:2",
      1,
      26,
    ]);
    expect(a1("SpreadsheetApp.getActive().getSheetByName('Data').getRange('A2:B')")).toEqual([
      "Data",
      "A2:B1000",
      999,
      2,
    ]);
    expect(run("SpreadsheetApp.getActive().getRange('Nope!A1')").error?.message).toBe("Range not found");
  });

  it("getLastRow/getLastColumn count values and formulas only; getDataRange spans them", () => {
    emu.model.setValues("Sheet1", 3, 2, [["a", "b"]]);
    run("sheet_().getRange('F10').setNote('note only').setBackground('#ff0000')");
    expect(
      run("[sheet_().getLastRow(), sheet_().getLastColumn(), sheet_().getDataRange().getA1Notation()]").value,
    ).toEqual([3, 3, "A1:C3"]);
    expect(run("[sheet_().getMaxRows(), sheet_().getMaxColumns()]").value).toEqual([1000, 26]);
  });

  it("appendRow writes after the last row and grows a full sheet", () => {
    emu.model.setValues("Sheet1", 1, 1, [["h1", "h2"]]);
    run("sheet_().appendRow(['a', 2]); sheet_().appendRow(['b', '=A2'])");
    expect(emu.run("values", ["A1:B3"]).value).toEqual([
      ["h1", "h2"],
      ["a", 2],
      ["b", "a"],
    ]);
  });

  it("insertRows/deleteRows move cells below; out-of-range deletes throw (observed)", () => {
    emu.model.setValues("Sheet1", 1, 1, [["r1"], ["r2"], ["r3"]]);
    run("sheet_().insertRowsAfter(1, 2)");
    expect(emu.run("values", ["A1:A5"]).value).toEqual([["r1"], [""], [""], ["r2"], ["r3"]]);
    expect(run("sheet_().getMaxRows()").value).toBe(1002);
    run("sheet_().deleteRows(2, 2)");
    expect(emu.run("values", ["A1:A3"]).value).toEqual([["r1"], ["r2"], ["r3"]]);
    run("sheet_().deleteRow(1)");
    expect(emu.run("values", ["A1:A2"]).value).toEqual([["r2"], ["r3"]]);
    expect(run("sheet_().deleteRows(999, 5)").error?.message).toBe("Those rows are out of bounds.");
  });

  it("offset, getCell, getRow/getColumn/getNumRows/getNumColumns and getSheet describe the rectangle", () => {
    const out = run(
      "(function(){ var r = sheet_().getRange('B2:C4'); var o = r.offset(1, 1, 1, 1); return [o.getA1Notation(), r.getCell(3, 2).getA1Notation(), r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns(), r.getLastRow(), r.getSheet().getName()]; })()",
    ).value;
    expect(out).toEqual(["C3", "C4", 2, 2, 3, 2, 4, "Sheet1"]);
  });

  it("clearContent keeps formats; clearFormat keeps values; clear removes both but keeps notes", () => {
    run("sheet_().getRange('A1').setValue('v').setBackground('#00FF00').setNote('n')");
    run("sheet_().getRange('A1').clearFormat()");
    expect(
      run("[sheet_().getRange('A1').getValue(), sheet_().getRange('A1').getBackground()]").value,
    ).toEqual(["v", "#ffffff"]);
    run("sheet_().getRange('A1').setBackground('#00ff00').clearContent()");
    expect(
      run("[sheet_().getRange('A1').getValue(), sheet_().getRange('A1').getBackground()]").value,
    ).toEqual(["", "#00ff00"]);
    run("sheet_().getRange('A1').setValue('w').clear()");
    expect(
      run(
        "[sheet_().getRange('A1').getValue(), sheet_().getRange('A1').getBackground(), sheet_().getRange('A1').getNote()]",
      ).value,
    ).toEqual(["", "#ffffff", "n"]);
  });

  it("getDisplayValue renders the number format (Range.getDisplayValue reference)", () => {
    run("sheet_().getRange('A1:C1').setValues([[0.256, 1234.5, new Date(Date.UTC(2025, 0, 15, 15))]])");
    run("sheet_().getRange('A1:C1').setNumberFormats([['0.0%', '#,##0.00', 'yyyy-mm-dd hh:mm']])");
    expect(run("sheet_().getRange('A1:C1').getDisplayValues()").value).toEqual([
      ["25.6%", "1,234.50", "2025-01-15 10:00"],
    ]);
    expect(run("sheet_().getRange('D1').getNumberFormat()").value).toBe("0.###############");
  });
});

// Source: Sheets' per-cell limit of 50,000 characters and its error text (widely reported; not on the
// Range reference page).
describe("a cell holds at most 50,000 characters", () => {
  it("setValues, setValue and appendRow refuse longer text and write nothing", async () => {
    const emu = await loadFixture(`
      function attempt(src) { try { eval(src); return "ok"; } catch (e) { return e.message; } }
      function a1() { return SpreadsheetApp.getActiveSheet().getRange("A1:B1").getValues(); }
    `);
    const long = "x".repeat(50_001);
    const refused = "Your input contains more than the maximum of 50000 characters in a single cell.";
    const sheet = "SpreadsheetApp.getActiveSheet()";
    expect(emu.run("attempt", [`${sheet}.getRange('A1:B1').setValues([['kept', '${long}']])`]).value).toBe(
      refused,
    );
    expect(emu.run("attempt", [`${sheet}.getRange('A1').setValue('${long}')`]).value).toBe(refused);
    expect(emu.run("attempt", [`${sheet}.appendRow(['${long}'])`]).value).toBe(refused);
    expect(emu.run("a1").value).toEqual([["", ""]]);
    expect(emu.run("attempt", [`${sheet}.getRange('A1').setValue('${"y".repeat(50_000)}')`]).value).toBe(
      "ok",
    );
  });
});
