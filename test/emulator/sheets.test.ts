// Contract: sheets (Spreadsheet and Sheet references; PLATFORM §4, §8 "Sheet names").
import { beforeEach, describe, expect, it } from "vitest";
import type { Emulator } from "../../emulator";
import { loadFixture } from "./fixture";

let emu: Emulator;
beforeEach(async () => {
  emu = await loadFixture(
    "function ss_() { return SpreadsheetApp.getActiveSpreadsheet(); }\nfunction eval_(src) { return eval(src); }",
  );
});
const run = (src: string) => emu.run("eval_", [src]);

describe("sheets (Spreadsheet / Sheet references)", () => {
  it("insertSheet makes the new sheet active and gives it 1000 rows × 26 columns (Spreadsheet.insertSheet reference)", () => {
    expect(
      run(
        "var s = ss_().insertSheet('Handoffs'); [ss_().getActiveSheet().getName(), s.getMaxRows(), s.getMaxColumns(), s.getIndex()]",
      ).value,
    ).toEqual(["Handoffs", 1000, 26, 2]);
    expect(emu.snapshot().activeSheet).toBe("Handoffs");
  });

  it("a duplicate name throws 'A sheet with the name \"X\" already exists. Please enter another name.' (observed, PLATFORM §8)", () => {
    run("ss_().insertSheet('Handoffs')");
    expect(run("ss_().insertSheet('Handoffs')").error?.message).toBe(
      'A sheet with the name "Handoffs" already exists. Please enter another name.',
    );
    expect(run("ss_().insertSheet('Other').setName('Handoffs')").error?.message).toBe(
      'A sheet with the name "Handoffs" already exists. Please enter another name.',
    );
    expect(emu.model.sheets.map((s) => s.name)).toEqual(["Sheet1", "Handoffs", "Other"]);
  });

  it("getSheetByName returns null for a missing sheet; insertSheet(name, index) places it", () => {
    expect(run("ss_().getSheetByName('Nope')").value).toBeNull();
    run("ss_().insertSheet('First', 0)");
    expect(
      run("ss_().getSheets().map(function (s) { return s.getName() + '@' + s.getIndex(); })").value,
    ).toEqual(["First@1", "Sheet1@2"]);
  });

  it("sheet ids are stable integers across renames and executions", () => {
    const id = run("ss_().insertSheet('A').getSheetId()").value as number;
    expect(Number.isInteger(id)).toBe(true);
    run("ss_().getSheetByName('A').setName('B')");
    expect(run("ss_().getSheetByName('B').getSheetId()").value).toBe(id);
  });

  it("deleteSheet removes a sheet and its metadata; the last visible sheet cannot go (observed)", () => {
    run("var s = ss_().insertSheet('Tmp'); s.addDeveloperMetadata('k', 'v')");
    run("ss_().deleteSheet(ss_().getSheetByName('Tmp'))");
    expect(emu.model.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
    expect(emu.model.metadata).toEqual([]);
    expect(run("ss_().deleteSheet(ss_().getSheetByName('Sheet1'))").error?.message).toBe(
      "A document must have at least one visible sheet.",
    );
  });

  it("hideSheet/showSheet/isSheetHidden, activate, setActiveSheet", () => {
    run("ss_().insertSheet('X'); ss_().getSheetByName('Sheet1').activate()");
    expect(run("ss_().getActiveSheet().getName()").value).toBe("Sheet1");
    run("ss_().getSheetByName('X').hideSheet()");
    expect(run("ss_().getSheetByName('X').isSheetHidden()").value).toBe(true);
    expect(run("ss_().getSheetByName('Sheet1').hideSheet()").error?.message).toBe(
      "You can't hide all the sheets in a document.",
    );
    run("ss_().setActiveSheet(ss_().getSheetByName('X'))");
    expect(
      run("[ss_().getActiveSheet().getName(), ss_().getSheetByName('X').isSheetHidden()]").value,
    ).toEqual(["X", false]);
  });

  it("frozen rows/columns and column widths persist (default width 100)", () => {
    run(
      "var s = ss_().getActiveSheet(); s.setFrozenRows(2); s.setFrozenColumns(1); s.setColumnWidth(2, 240); s.setColumnWidths(4, 2, 60)",
    );
    expect(
      run(
        "var s = ss_().getActiveSheet(); [s.getFrozenRows(), s.getFrozenColumns(), s.getColumnWidth(1), s.getColumnWidth(2), s.getColumnWidth(5)]",
      ).value,
    ).toEqual([2, 1, 100, 240, 60]);
    expect(emu.snapshot().sheets[0]).toMatchObject({
      frozenRows: 2,
      frozenCols: 1,
      columnWidths: { "2": 240, "4": 60, "5": 60 },
    });
  });

  it("spreadsheet basics: time zone, locale, name, id, url, toast", () => {
    const r = run(
      "ss_().toast('Saved', 'Handoff Gate', 3); [ss_().getSpreadsheetTimeZone(), ss_().getSpreadsheetLocale(), ss_().getName(), ss_().getUrl().indexOf(ss_().getId()) > 0]",
    );
    expect(r.value).toEqual(["America/New_York", "en_US", "Untitled spreadsheet", true]);
    expect(r.toasts).toEqual([{ message: "Saved", title: "Handoff Gate", timeoutSeconds: 3 }]);
  });
});

// Source: github.com/socialpoint-labs/sheetfu PR 26 ("Google sheets internally ignores case for sheet
// names … creating 2 sheets with the same name but different cases fails, from the UI or the API").
describe("sheet names are unique ignoring case", () => {
  it("insertSheet and setName refuse a name that differs only in case", async () => {
    const emu = await loadFixture(
      "function attempt(src) { try { eval(src); return 'ok'; } catch (e) { return e.message; } }",
    );
    expect(emu.run("attempt", ["SpreadsheetApp.getActive().insertSheet('SHEET1')"]).value).toBe(
      'A sheet with the name "SHEET1" already exists. Please enter another name.',
    );
    expect(
      emu.run("attempt", ["SpreadsheetApp.getActive().insertSheet('Other').setName('sheet1')"]).value,
    ).toMatch(/already exists/);
    expect(
      emu.run("attempt", ["SpreadsheetApp.getActive().getSheetByName('Other').setName('OTHER')"]).value,
    ).toBe("ok");
  });
});
