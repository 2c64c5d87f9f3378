// Contract: named ranges and reference adjustment. Sources: Spreadsheet.setNamedRange /
// getRangeByName, Sheet.getRangeList and RangeList.setValue references (developers.google.com/apps-script/reference/
// spreadsheet); Sheets keeps formulas pointing at the same cells when rows are inserted or deleted,
// when a sheet is renamed, and shows #REF! when the sheet is deleted (observed Sheets behaviour; the
// Sheets API InsertDimension/DeleteDimension requests describe the same adjustment).
import { describe, expect, it } from "vitest";
import { rewriteReferences, shiftRows } from "../../emulator/reference-shift";
import { loadFixture } from "./fixture";

const CODE = `
function nameIt() {
  var ss = SpreadsheetApp.getActive();
  var sheet = ss.insertSheet("Data tab");
  sheet.getRange("A1:B2").setValues([[1, 2], [3, 4]]);
  ss.setNamedRange("My_Block", sheet.getRange("A1:B2"));
  ss.getSheetByName("Sheet1").getRange("A1:B1").setFormulas([["=INDEX(My_Block,2,2)", "='Data tab'!B1"]]);
}
function readBack() {
  var ss = SpreadsheetApp.getActive();
  var r = ss.getRangeByName("my_block");
  return r ? r.getSheet().getName() + "!" + r.getA1Notation() : null;
}
function lists() {
  var sheet = SpreadsheetApp.getActive().getSheetByName("Sheet1");
  return sheet.getRangeList(["A1", "B2:C3"]).getRanges().map(function (r) { return r.getA1Notation(); });
}
function listValue() {
  var sheet = SpreadsheetApp.getActive().getSheetByName("Sheet1");
  sheet.getRangeList(["F1", "G2:G3"]).setValue("x");
  sheet.getRangeList(["H1"]).setValue("=1+1");
  return sheet.getRange("F1:H3").getValues();
}
function wraps() {
  var r = SpreadsheetApp.getActive().getSheetByName("Sheet1").getRange("D1:E1");
  r.setWraps([[true, false]]);
  return [r.getCell(1, 1).getWrap(), r.getCell(1, 2).getWrap()];
}
function badName() { var ss = SpreadsheetApp.getActive(); ss.setNamedRange("A1", ss.getRange("Sheet1!A1")); }
`;

describe("named ranges and references", () => {
  it("a named range is found case-insensitively and read by INDEX and by name", async () => {
    const emu = await loadFixture(CODE);
    expect(emu.run("nameIt").ok).toBe(true);
    expect(emu.run("readBack").value).toBe("Data tab!A1:B2");
    const snap = emu.snapshot();
    expect(snap.sheets[0]?.cells[0]?.[0]?.v).toBe(4);
    expect(snap.namedRanges).toEqual([{ name: "My_Block", range: "'Data tab'!A1:B2" }]);
    expect(emu.run("badName").ok).toBe(false);
  });

  it("follows its sheet through a rename, and so do formulas that name the sheet", async () => {
    const emu = await loadFixture(`${CODE}
function rename() { SpreadsheetApp.getActive().getSheetByName("Data tab").setName("Renamed"); }`);
    emu.run("nameIt");
    emu.run("rename");
    const snap = emu.snapshot();
    expect(snap.sheets[0]?.cells[0]?.[1]).toMatchObject({ f: "=Renamed!B1", v: 2 });
    expect(snap.sheets[0]?.cells[0]?.[0]?.v).toBe(4);
  });

  it("a sheet whose name has an apostrophe: formulas quoting it follow its rename and its row inserts", async () => {
    const emu = await loadFixture(`
function setUp() {
  var ss = SpreadsheetApp.getActive();
  var sheet = ss.insertSheet("Dana's list");
  sheet.getRange("A3").setValue(7);
  ss.getSheetByName("Sheet1").getRange("A1").setFormula("='Dana''s list'!A3");
}
function change() {
  var sheet = SpreadsheetApp.getActive().getSheetByName("Dana's list");
  sheet.insertRowsBefore(1, 2);
  sheet.setName("Sam's list");
  return SpreadsheetApp.getActive().getSheetByName("Sheet1").getRange("A1").getFormula();
}`);
    emu.run("setUp");
    expect(emu.run("change").value).toBe("='Sam''s list'!A5");
    expect(emu.snapshot().sheets[0]?.cells[0]?.[0]?.v).toBe(7);
  });

  it("shows #REF! once its sheet is deleted, and getRangeByName returns null", async () => {
    const emu = await loadFixture(`${CODE}
function drop() { var ss = SpreadsheetApp.getActive(); ss.deleteSheet(ss.getSheetByName("Data tab")); }`);
    emu.run("nameIt");
    emu.run("drop");
    const snap = emu.snapshot();
    expect(snap.sheets[0]?.cells[0]?.[0]?.v).toBe("#REF!");
    expect(snap.sheets[0]?.cells[0]?.[1]).toMatchObject({ f: "=#REF!", v: "#REF!" });
    expect(emu.run("readBack").value).toBeNull();
  });

  it("moves references when rows are inserted or deleted above them, and grows ranges around an insert", async () => {
    const emu = await loadFixture(`${CODE}
function grow() {
  var sheet = SpreadsheetApp.getActive().getSheetByName("Sheet1");
  sheet.getRange("A5").setValue(10);
  sheet.getRange("B3").setFormulas([["=A5"]]);
  sheet.getRange("C3").setFormulas([["=INDEX(A4:A6,2,1)"]]);
  sheet.insertRowsBefore(5, 2);
  return [sheet.getRange("B3").getFormula(), sheet.getRange("C3").getFormula(), sheet.getRange("B3").getValue()];
}
function shrink() {
  var sheet = SpreadsheetApp.getActive().getSheetByName("Sheet1");
  sheet.deleteRows(7, 1);
  return sheet.getRange("B3").getFormula();
}`);
    expect(emu.run("grow").value).toEqual(["=A7", "=INDEX(A4:A8,2,1)", 10]);
    expect(emu.run("shrink").value).toBe("=#REF!");
  });

  it("getRangeList gives one Range per A1 notation; setWraps sets each cell", async () => {
    const emu = await loadFixture(CODE);
    const listed = emu.run("lists");
    expect(listed.value).toEqual(["A1", "B2:C3"]);
    expect(listed.calls.byMethod).toMatchObject({ "Sheet.getRangeList": 1, "RangeList.getRanges": 1 });
    expect(emu.run("wraps").value).toEqual([true, false]);
  });

  it("RangeList.setValue writes one value into each range's cells, one call per list; '=' text is a formula", async () => {
    const emu = await loadFixture(CODE);
    const set = emu.run("listValue");
    expect(set.value).toEqual([
      ["x", "", 2],
      ["", "x", ""],
      ["", "x", ""],
    ]);
    expect(set.calls.byMethod).toMatchObject({ "Sheet.getRangeList": 2, "RangeList.setValue": 2 });
    expect(set.calls.byMethod["Range.setValue"]).toBeUndefined();
  });

  it("rewrites only references outside string literals, never function or range names", () => {
    const out = rewriteReferences(
      '=HANDOFF_GATE(A8:J26,FALSE,B6)&"A8"&INDEX(HandoffGate_HO_0001,1,6)&LOG10(A9)',
      (_s, start, end) => shiftRows(start, end, 9, 1),
    );
    expect(out).toBe('=HANDOFF_GATE(A8:J27,FALSE,B6)&"A8"&INDEX(HandoffGate_HO_0001,1,6)&LOG10(A10)');
  });
});
