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

  it("other text stays text", () => {
    expect(put("Acme Corp")).toMatchObject({ value: "Acme Corp", formula: "" });
    expect(put("-")).toMatchObject({ value: "-", formula: "" });
    expect(put("@alice")).toMatchObject({ value: "@alice", formula: "" });
  });
});

// Source for the rules below: issue 17 (a peer project's assertions on live Sheets) and the Lotus/Excel
// convention Sheets keeps; that unparsable "+1 555 0100" shows #ERROR! is widely reported by people
// typing phone numbers (UNCONFIRMED against a Google page). See signedFormula in emulator/cell-input.ts.
describe('a leading "+", "-" or "@NAME(" is typed as a formula', () => {
  it("-2+3 and +A1 become formulas and compute", () => {
    emu.model.setValues("Sheet1", 2, 1, [["seven"]]);
    expect(put("-2+3")).toEqual({ value: 1, formula: "=-2+3", display: "1" });
    expect(put("+A2")).toEqual({ value: "seven", formula: "=+A2", display: "seven" });
    expect(put("-B1*2")).toMatchObject({ value: -0, formula: "=-B1*2" });
  });

  it("a phone number or a dash list item becomes a formula that shows #ERROR!", () => {
    expect(put("+1 555 0100")).toEqual({ value: "#ERROR!", formula: "=+1 555 0100", display: "#ERROR!" });
    expect(put("- call back")).toMatchObject({ value: "#ERROR!", formula: "=- call back" });
  });

  it("signed numbers stay numbers", () => {
    expect(put("+5")).toEqual({ value: 5, formula: "", display: "5" });
    expect(put("-1,000.5")).toMatchObject({ value: -1000.5, formula: "" });
    expect(put("-10%")).toMatchObject({ value: -0.1, formula: "" });
    expect(put("-$5")).toMatchObject({ value: -5, formula: "" });
  });

  it('"@HYPERLINK(...)" is shorthand for =HYPERLINK(...)', () => {
    expect(put('@HYPERLINK("https://evil.example","Click")')).toMatchObject({
      value: "Click",
      formula: '=HYPERLINK("https://evil.example","Click")',
    });
  });

  it("a leading apostrophe keeps all of them as text, without the apostrophe", () => {
    for (const text of ["-2+3", "+1 555 0100", "@SUM(1)", "+5"]) {
      expect(put(`'${text}`)).toEqual({ value: text, formula: "", display: text });
    }
  });
});

// Source: Sheets help "Set a spreadsheet's location & calculation settings" (the locale "affects
// formatting details such as functions, dates, and currency"); Emulator.load({ locale }).
describe("numbers, currency and dates are read in the spreadsheet's locale", () => {
  it("en_US: 1,234.5 / $1,000 / 1/15/2025 (m/d/yyyy)", () => {
    expect(put("1,234.5")).toMatchObject({ value: 1234.5 });
    expect(put("$1,000")).toMatchObject({ value: 1000 });
    expect((put("1/15/2025") as { value: Date }).value.toISOString()).toBe("2025-01-15T05:00:00.000Z");
    expect(put("15/1/2025")).toMatchObject({ value: "15/1/2025" });
  });

  it("de_DE: 1.234,5 / 12,5 % / 5 € / 15.01.2025 (dd.mm.yyyy)", async () => {
    const de = await loadFixture(
      'function put(v) { var r = SpreadsheetApp.getActiveSheet().getRange("A1"); r.setValue(v); return r.getValue(); }',
      { locale: "de_DE" },
    );
    const value = (v: string) => de.run("put", [v]).value;
    expect(value("1.234,5")).toBe(1234.5);
    expect(value("12,5 %")).toBe(0.125);
    expect(value("5 €")).toBe(5);
    expect(value("1,5")).toBe(1.5);
    expect((value("15.01.2025") as Date).toISOString()).toBe("2025-01-15T05:00:00.000Z");
    expect(value("2025-01-15")).toBeInstanceOf(Date);
    expect(value("$5")).toBe("$5");
  });

  it("fr_FR: 1 234,5 and 15/01/2025 (dd/mm/yyyy)", async () => {
    const fr = await loadFixture(
      'function put(v) { var r = SpreadsheetApp.getActiveSheet().getRange("A1"); r.setValue(v); return r.getValue(); }',
      { locale: "fr_FR" },
    );
    expect(fr.run("put", ["1 234,5"]).value).toBe(1234.5);
    expect((fr.run("put", ["15/01/2025"]).value as Date).toISOString()).toBe("2025-01-15T05:00:00.000Z");
  });
});
