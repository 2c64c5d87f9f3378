// Contract: what setValue stores for a string. Source: Sheets API ValueInputOption USER_ENTERED
// ("parsed exactly as if it were entered into the Google Sheets UI … '=1+2' becomes a formula");
// that Range.setValue behaves so, and the leading apostrophe, are observed/widely reported.
import { beforeEach, describe, expect, it } from "vitest";
import type { Emulator } from "../../emulator";
import { loadFixture } from "./fixture";

let emu: Emulator;
beforeEach(async () => {
  emu = await loadFixture(`
    function put(value, format) {
      var r = SpreadsheetApp.getActiveSheet().getRange("A1");
      r.clear();
      if (format) r.setNumberFormat(format);
      r.setValue(value);
      return { value: r.getValue(), formula: r.getFormula(), display: r.getDisplayValue() };
    }
  `);
});

const put = (value: unknown, format?: string) => emu.run("put", [value, format]).value;

describe("writing strings (ValueInputOption USER_ENTERED; observed)", () => {
  it('a leading "=" makes a formula: a client named =HYPERLINK(...) becomes a live link', () => {
    expect(put('=HYPERLINK("https://evil.example","Click")')).toEqual({
      value: "Click",
      formula: '=HYPERLINK("https://evil.example","Click")',
      display: "Click",
    });
  });

  it("a leading apostrophe stores the rest as text, without the apostrophe", () => {
    expect(put('\'=HYPERLINK("https://evil.example")')).toEqual({
      value: '=HYPERLINK("https://evil.example")',
      formula: "",
      display: '=HYPERLINK("https://evil.example")',
    });
    expect(put("'007")).toEqual({ value: "007", formula: "", display: "007" });
  });

  it("numeric-looking strings become numbers, unless the cell's format is plain text @", () => {
    expect(put("007")).toMatchObject({ value: 7 });
    expect(put("1,234.5")).toMatchObject({ value: 1234.5 });
    expect(put("10%")).toMatchObject({ value: 0.1 });
    expect(put("-3")).toMatchObject({ value: -3 });
    expect(put("007", "@")).toEqual({ value: "007", formula: "", display: "007" });
    expect(put("=1+1", "@")).toEqual({ value: "=1+1", formula: "", display: "=1+1" });
  });

  it("TRUE/FALSE become booleans and ISO dates become Dates (midnight in the spreadsheet's zone)", () => {
    expect(put("true")).toMatchObject({ value: true, display: "TRUE" });
    const d = put("2025-01-15") as { value: Date; display: string };
    expect(d.value).toBeInstanceOf(Date);
    expect(d.value.toISOString()).toBe("2025-01-15T05:00:00.000Z");
    expect(d.display).toBe("1/15/2025");
  });

  it("other text stays text; '+' or '-' text is not turned into a formula (UNCONFIRMED in Sheets)", () => {
    expect(put("Acme Corp")).toMatchObject({ value: "Acme Corp", formula: "" });
    expect(put("+A1")).toMatchObject({ value: "+A1", formula: "" });
  });
});
