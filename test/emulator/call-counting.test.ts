// Contract: call counting (PLATFORM §8 "Counting"; guides/support/best-practices: each call is a round
// trip). Counted: SpreadsheetApp, Spreadsheet, Sheet, Range, Protection, DeveloperMetadata(+Finder,
// +Location). Not counted: builders and their rules, Ui/Menu, other services.
import { describe, expect, it } from "vitest";
import { formatCalls } from "../../emulator";
import { loadFixture } from "./fixture";

describe("call counting (PLATFORM §8)", () => {
  it("counts each Spreadsheet-service call by Class.method, per execution", async () => {
    const emu = await loadFixture(`
      function batched() {
        var sheet = SpreadsheetApp.getActiveSpreadsheet().insertSheet("T");
        var data = [];
        for (var i = 0; i < 100; i++) data.push([i, "x"]);
        sheet.getRange(1, 1, 100, 2).setValues(data).setBackground("#eeeeee");
        sheet.getRange("A1:B1").protect().setWarningOnly(true);
      }
      function cellByCell() {
        var sheet = SpreadsheetApp.getActiveSheet();
        for (var i = 1; i <= 100; i++) sheet.getRange(i, 1).setValue(i);
      }
    `);
    const batched = emu.run("batched");
    expect(batched.calls).toEqual({
      total: 8,
      byMethod: {
        "Protection.setWarningOnly": 1,
        "Range.protect": 1,
        "Range.setBackground": 1,
        "Range.setValues": 1,
        "Sheet.getRange": 2,
        "Spreadsheet.insertSheet": 1,
        "SpreadsheetApp.getActiveSpreadsheet": 1,
      },
    });
    expect(emu.run("cellByCell").calls.total).toBe(201);
    const again = emu.run("batched");
    expect(again.error?.message).toBe('A sheet with the name "T" already exists. Please enter another name.');
    expect(again.calls.byMethod).toEqual({
      "Spreadsheet.insertSheet": 1,
      "SpreadsheetApp.getActiveSpreadsheet": 1,
    });
  });

  it("does not count builders, rules, Ui, Properties, Utilities or HtmlService", async () => {
    const emu = await loadFixture(`
      function free() {
        var rule = SpreadsheetApp.newDataValidation().requireCheckbox().setHelpText("x").build();
        rule.getCriteriaType();
        SpreadsheetApp.newConditionalFormatRule().whenCellEmpty().setBackground("#ffffff").build();
        PropertiesService.getDocumentProperties().setProperty("a", "b");
        Utilities.formatDate(new Date(), "UTC", "yyyy");
        HtmlService.createHtmlOutput("x").getContent();
      }
    `);
    expect(emu.run("free").calls).toEqual({ total: 0, byMethod: {} });
  });

  it("formatCalls prints the total and the most frequent methods first", () => {
    expect(formatCalls({ total: 12, byMethod: { "Range.setValues": 3, "Sheet.getRange": 9 } })).toBe(
      "12 calls: Sheet.getRange×9, Range.setValues×3",
    );
    expect(formatCalls({ total: 0, byMethod: {} })).toBe("0 calls");
  });
});

describe("snapshot", () => {
  it("is plain JSON data: values (Dates tagged), formulas, formats, validation, rules, protections, metadata, properties", async () => {
    const emu = await loadFixture(`
      function build() {
        var s = SpreadsheetApp.getActiveSheet();
        s.getRange("A1:C1").setValues([["Client", new Date(Date.UTC(2025, 0, 15, 12)), "=A1"]]).setFontWeight("bold");
        s.getRange("A1").setNote("who").setBackground("#FFF2CC");
        s.getRange("D1").setDataValidation(SpreadsheetApp.newDataValidation().requireValueInList(["Go", "Not yet"]).build());
        s.addDeveloperMetadata("handoffGate.id", "HO-0001");
        PropertiesService.getDocumentProperties().setProperty("seq", "1");
      }
    `);
    emu.run("build");
    const snap = emu.snapshot();
    expect(JSON.parse(JSON.stringify(snap))).toEqual(snap);
    expect(snap.sheets[0]?.cells[0]).toEqual([
      { v: "Client", note: "who", bg: "#fff2cc", fontWeight: "bold" },
      { v: { date: "2025-01-15T12:00:00.000Z" }, display: "1/15/2025 7:00:00", fontWeight: "bold" },
      { v: "Client", f: "=A1", fontWeight: "bold" },
      {
        validation: {
          criteria: "VALUE_IN_LIST",
          values: [["Go", "Not yet"], true],
          allowInvalid: true,
          helpText: null,
        },
      },
    ]);
    expect(snap.metadata).toEqual([
      { key: "handoffGate.id", value: "HO-0001", visibility: "DOCUMENT", location: "sheet Sheet1" },
    ]);
    expect(snap.properties.document).toEqual({ seq: "1" });
  });
});
