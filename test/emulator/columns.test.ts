// Contract: inserting and deleting columns (and rows, the same rule on the other axis) keeps everything
// pointing at the same cells. Sources: Sheets API InsertDimensionRequest / DeleteDimensionRequest
// (developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request): formulas' references, named
// ranges, conditional-format ranges, data validation, protected ranges, merges and developer metadata
// on the moved columns follow; references to deleted cells become #REF! (observed Sheets behaviour, as
// for rows in references.test.ts). The local preview's context menu calls these model methods.
import { describe, expect, it } from "vitest";
import { shiftColumns } from "../../emulator/reference-shift";
import { loadFixture } from "./fixture";

const CODE = `
function setUp() {
  var ss = SpreadsheetApp.getActive();
  var data = ss.insertSheet("Data");
  data.getRange("A1:D1").setValues([["Item", "Owner", "Due", "Status"]]);
  data.getRange("B2:D2").setValues([["Ana", 5, "Done"]]);
  data.setColumnWidth(3, 180);
  ss.setNamedRange("Block", data.getRange("B1:D2"));
  data.getRange("D2").setDataValidation(SpreadsheetApp.newDataValidation().requireValueInList(["Done", "Blocked"]).build());
  data.getRange("C1:C2").protect().setDescription("due dates");
  data.getRange("C:C").addDeveloperMetadata("col", "due");
  var rule = SpreadsheetApp.newConditionalFormatRule().whenTextEqualTo("Blocked").setBackground("#f4cccc")
    .setRanges([data.getRange("D2:D9")]).build();
  data.setConditionalFormatRules([rule]);
  ss.getSheetByName("Sheet1").getRange("A1:C1").setFormulas([["=Data!C2", "=INDEX(Data!B2:D2,1,2)", "=INDEX(Block,2,2)"]]);
}
function readBack() {
  var ss = SpreadsheetApp.getActive();
  var data = ss.getSheetByName("Data");
  var s1 = ss.getSheetByName("Sheet1");
  return {
    formulas: s1.getRange("A1:C1").getFormulas()[0],
    values: s1.getRange("A1:C1").getValues()[0],
    named: ss.getRangeByName("Block") ? ss.getRangeByName("Block").getA1Notation() : null,
    rule: data.getConditionalFormatRules().map(function (r) { return r.getRanges()[0].getA1Notation(); }),
    protections: data.getProtections(SpreadsheetApp.ProtectionType.RANGE).map(function (p) { return p.getRange().getA1Notation(); }),
    validated: data.getRange("A2:F2").getDataValidations()[0].map(function (v) { return v ? "list" : ""; }),
    width: [data.getColumnWidth(3), data.getColumnWidth(4)],
  };
}
`;

describe("inserting and deleting columns", () => {
  it("inserting a column before B moves references, named ranges, rules, validations, protections, metadata and widths right", async () => {
    const emu = await loadFixture(CODE);
    expect(emu.run("setUp").ok).toBe(true);
    const data = emu.model.sheetByName("Data");
    if (!data) throw new Error("no Data");
    emu.model.insertColumns(data, 2, 1);
    const r = emu.run("readBack").value as Record<string, unknown>;
    expect(r.formulas).toEqual(["=Data!D2", "=INDEX(Data!C2:E2,1,2)", "=INDEX(Block,2,2)"]);
    expect(r.values).toEqual([5, 5, 5]);
    expect(r.named).toBe("C1:E2");
    expect(r.rule).toEqual(["E2:E9"]);
    expect(r.protections).toEqual(["D1:D2"]);
    expect(r.validated).toEqual(["", "", "", "", "list", ""]);
    expect(emu.model.metadata.map((m) => m.location)).toEqual([
      { type: "COLUMN", sheetId: data.id, start: 4, count: 1 },
    ]);
    expect(r.width).toEqual([100, 180]);
  });

  it("inserting inside a range grows it; deleting a referenced column gives #REF! and shrinks ranges", async () => {
    const emu = await loadFixture(CODE);
    expect(emu.run("setUp").error?.message).toBeUndefined();
    const data = emu.model.sheetByName("Data");
    if (!data) throw new Error("no Data");
    emu.model.insertColumns(data, 3, 2);
    let r = emu.run("readBack").value as Record<string, unknown>;
    expect(r.formulas).toEqual(["=Data!E2", "=INDEX(Data!B2:F2,1,2)", "=INDEX(Block,2,2)"]);
    expect(r.named).toBe("B1:F2");
    emu.model.deleteColumns(data, 3, 3);
    r = emu.run("readBack").value as Record<string, unknown>;
    expect(r.formulas).toEqual(["=#REF!", "=INDEX(Data!B2:C2,1,2)", "=INDEX(Block,2,2)"]);
    expect(r.values).toEqual(["#REF!", "Done", "Done"]);
    expect(r.named).toBe("B1:C2");
    expect(r.protections).toEqual([]);
    expect(emu.model.metadata).toEqual([]);
    expect(r.rule).toEqual(["C2:C9"]);
    expect(r.validated).toEqual(["", "", "list", "", "", ""]);
  });

  it("rows follow the same rule: a row inserted above moves the validation and rule down", async () => {
    const emu = await loadFixture(CODE);
    expect(emu.run("setUp").error?.message).toBeUndefined();
    const data = emu.model.sheetByName("Data");
    if (!data) throw new Error("no Data");
    emu.model.insertRows(data, 2, 1);
    const r = emu.run("readBack").value as Record<string, unknown>;
    expect(r.formulas).toEqual(["=Data!C3", "=INDEX(Data!B3:D3,1,2)", "=INDEX(Block,2,2)"]);
    expect(r.named).toBe("B1:D3");
    expect(r.rule).toEqual(["D3:D10"]);
  });

  it("shifts only the column part of a reference and keeps $ marks", () => {
    expect(shiftColumns("$C$2", undefined, 2, 1)).toBe("$D$2");
    expect(shiftColumns("A1", "Z9", 27, 1)).toBe("A1:Z9");
    expect(shiftColumns("Z1", undefined, 3, 2)).toBe("AB1");
    expect(shiftColumns("C1", "C9", 3, -1)).toBeNull();
  });
});
