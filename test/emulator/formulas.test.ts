// Contract: formulas (developers.google.com/apps-script/guides/sheets/functions [CF]; PLATFORM §1).
import { beforeEach, describe, expect, it } from "vitest";
import type { Emulator } from "../../emulator";
import { loadFixture } from "./fixture";

const CODE = `
/**
 * Counts rows whose status is Done.
 * @param {A1:B3} table the table
 * @customfunction
 */
function COUNT_DONE(table) {
  if (!Array.isArray(table)) return "scalar:" + table;
  return table.filter(function (r) { return r[1] === "Done"; }).length;
}
/**
 * Describes its argument.
 * @param {A1} x anything
 * @customfunction
 */
function KIND(x) { return Array.isArray(x) ? "2d" : (x instanceof Date ? "date" : typeof x); }
/**
 * Spills a 2x2 block.
 * @customfunction
 */
function BLOCK() { return [[1, 2], [3, 4]]; }
/**
 * Always fails.
 * @customfunction
 */
function FAILS() { throw new Error("Table must start at column A"); }
/**
 * Tries to write.
 * @customfunction
 */
function WRITES() { SpreadsheetApp.getActiveSheet().getRange("Z1").setValue(1); return "wrote"; }
/**
 * Counts its own executions via document properties.
 * @customfunction
 */
function COUNTED(x) { var p = PropertiesService.getDocumentProperties(); p.setProperty("n", String(Number(p.getProperty("n") || 0) + 1)); return x; }
/** Not a custom function: no tag. */
function helper(x) { return x; }
function read(a1) { return SpreadsheetApp.getActive().getRange(a1).getValues(); }
function setF(a1, f) { SpreadsheetApp.getActive().getRange(a1).setFormula(f); }
function nameBoth() {
  var ss = SpreadsheetApp.getActive();
  ss.setNamedRange("Whole_table", ss.getRange("Sheet1!A1:B3"));
  ss.setNamedRange("Top_left", ss.getRange("Sheet1!A1"));
}
`;

let emu: Emulator;
beforeEach(async () => {
  emu = await loadFixture(CODE);
  emu.model.setValues("Sheet1", 1, 1, [
    ["a", "Done"],
    ["b", "Open"],
    ["c", "Done"],
  ]);
});

describe("formulas ([CF]; PLATFORM §1)", () => {
  it("finds custom functions by their @customfunction JSDoc only", () => {
    expect(emu.customFunctions.sort()).toEqual(["BLOCK", "COUNTED", "COUNT_DONE", "FAILS", "KIND", "WRITES"]);
  });

  it("getValues of a formula cell returns its computed value; getFormula returns the text", () => {
    emu.run("setF", ["D1", "=COUNT_DONE(A1:B3)"]);
    expect(emu.run("read", ["D1"]).value).toEqual([[2]]);
    emu.model.setValues("Sheet1", 2, 2, [["Done"]]);
    expect(emu.run("read", ["D1"]).value).toEqual([[3]]);
    expect(emu.snapshot().sheets[0]?.cells[0]?.[3]).toEqual({ v: 3, f: "=COUNT_DONE(A1:B3)" });
  });

  it("passes a range as a 2-D array, a single cell as a scalar, and literals as themselves ([CF] Arguments)", () => {
    emu.model.setValues("Sheet1", 5, 1, [["2025-01-15"]]);
    emu.run("setF", ["D1:D6", "=KIND(A1:B2)"]);
    emu.run("setF", ["D2", "=KIND(A1)"]);
    emu.run("setF", ["D3", "=KIND(TRUE)"]);
    emu.run("setF", ["D4", '=KIND("x")']);
    emu.run("setF", ["D5", "=KIND(A5)"]);
    emu.run("setF", ["D6", "=KIND(42)"]);
    expect(emu.run("read", ["D1:D6"]).value).toEqual([
      ["2d"],
      ["string"],
      ["boolean"],
      ["string"],
      ["date"],
      ["number"],
    ]);
  });

  it("resolves references to other tabs, quoted or not", () => {
    emu.run("setF", ["D1", "=1"]);
    emu.model.addSheet("My tab");
    emu.model.setValues("My tab", 2, 2, [["far"]]);
    emu.run("setF", ["E1", "='My tab'!B2"]);
    emu.run("setF", ["E2", "=Sheet1!A2"]);
    emu.run("setF", ["E3", "=COUNT_DONE('My tab'!A1:B2)"]);
    expect(emu.run("read", ["E1:E3"]).value).toEqual([["far"], ["b"], [0]]);
  });

  it("HYPERLINK shows its label; & concatenates", () => {
    emu.run("setF", ["D1", '=HYPERLINK("https://example.com", "Open " & A1)']);
    expect(emu.run("read", ["D1"]).value).toEqual([["Open a"]]);
  });

  it('a thrown error shows "#ERROR!" and keeps the message for hover (common knowledge, PLATFORM §1)', () => {
    emu.run("setF", ["D1", "=FAILS()"]);
    expect(emu.run("read", ["D1"]).value).toEqual([["#ERROR!"]]);
    expect(emu.snapshot().sheets[0]?.cells[0]?.[3]).toMatchObject({
      v: "#ERROR!",
      err: "Table must start at column A",
    });
  });

  it('unknown functions show "#NAME?"; unparsable formulas "#ERROR!"', () => {
    emu.run("setF", ["D1", "=helper(1)"]);
    emu.run("setF", ["D2", "=SUM(A1:A3)"]);
    emu.run("setF", ["D3", "=(("]);
    expect(emu.run("read", ["D1:D3"]).value).toEqual([["#NAME?"], ["#NAME?"], ["#ERROR!"]]);
  });

  it("a custom function runs as its own CUSTOM_FUNCTION execution: writes throw ([CF] Services; [LC])", () => {
    emu.run("setF", ["D1", "=WRITES()"]);
    expect(emu.run("read", ["D1"]).value).toEqual([["#ERROR!"]]);
    expect(emu.snapshot().sheets[0]?.cells[0]?.[3]?.err).toBe("You do not have permission to call setValue");
    expect(emu.history.filter((h) => h.name === "WRITES").map((h) => h.authMode)).toEqual([
      "CUSTOM_FUNCTION",
    ]);
  });

  it("a 2-D result spills into empty neighbours, or shows #REF! when it would overwrite data ([CF] Return values)", () => {
    emu.run("setF", ["D1", "=BLOCK()"]);
    expect(emu.run("read", ["D1:E2"]).value).toEqual([
      [1, 2],
      [3, 4],
    ]);
    emu.model.setValues("Sheet1", 2, 5, [["blocker"]]);
    expect(emu.run("read", ["D1:E2"]).value).toEqual([
      ["#REF!", ""],
      ["", "blocker"],
    ]);
  });

  it("a formula changed between reads spills (or stops spilling) on the next read", () => {
    emu.run("setF", ["D1", "=A1"]);
    expect(emu.run("read", ["D1:D2"]).value).toEqual([["a"], [""]]);
    emu.run("setF", ["D1", "=A1:A2"]);
    expect(emu.run("read", ["D1:D2"]).value).toEqual([["a"], ["b"]]);
    emu.run("nameBoth");
    emu.run("setF", ["D1", "=Top_left"]);
    expect(emu.run("read", ["D1:D2"]).value).toEqual([["a"], [""]]);
  });

  it("a range, a named range, or IF and IFERROR returning one spill too; single-value functions do not", () => {
    emu.run("setF", ["D1", "=A1:B2"]);
    emu.run("setF", ["G1", '=IF(A1="a",B1:B3,0)']);
    emu.run("setF", ["H1", "=IFERROR(1/0,A2:A3)"]);
    emu.run("setF", ["I1", "=INDEX(A1:B3,3,2)"]);
    emu.run("nameBoth");
    emu.run("setF", ["J1", "=Whole_table"]);
    emu.run("setF", ["L1", "=Top_left"]);
    expect(emu.run("read", ["D1:L3"]).value).toEqual([
      ["a", "Done", "", "Done", "b", "Done", "a", "Done", "a"],
      ["b", "Open", "", "Open", "c", "", "b", "Open", ""],
      ["", "", "", "Done", "", "", "c", "Done", ""],
    ]);
  });

  it("recalculates only when an argument changes ([CF] Determinism): same inputs, one execution", () => {
    emu.run("setF", ["D1", "=COUNTED(A1)"]);
    emu.run("read", ["D1"]);
    emu.run("read", ["D1"]);
    emu.snapshot();
    expect(emu.history.filter((h) => h.name === "COUNTED")).toHaveLength(1);
    emu.model.setValues("Sheet1", 1, 1, [["changed"]]);
    expect(emu.run("read", ["D1"]).value).toEqual([["changed"]]);
    expect(emu.history.filter((h) => h.name === "COUNTED")).toHaveLength(2);
  });

  it("a circular reference shows #REF!", () => {
    emu.run("setF", ["D1", "=D2"]);
    emu.run("setF", ["D2", "=D1"]);
    expect(emu.run("read", ["D1"]).value).toEqual([["#REF!"]]);
  });
});

// Source: PLATFORM §9 "Custom functions of an add-on" (reported, not documented): in a document where
// the add-on is not enabled for the person viewing it, its functions are unknown there.
describe("custom functions the document cannot run (Emulator.load({ addonEnabled: false }))", () => {
  it('cells with the add-on\'s functions show #NAME? with "Unknown function" on hover; no execution runs', () => {
    emu.run("setF", ["D1", "=COUNT_DONE(A1:B3)"]);
    emu.run("setF", ["D2", '="n="&COUNTED(1)']);
    emu.setAddonEnabled(false);
    const before = emu.history.length;
    expect(emu.run("read", ["D1:D2"]).value).toEqual([["#NAME?"], ["#NAME?"]]);
    const cell = emu.snapshot().sheets[0]?.cells[0]?.[3];
    expect(cell).toMatchObject({ v: "#NAME?", f: "=COUNT_DONE(A1:B3)" });
    expect(cell?.err).toMatch(/^Unknown function/);
    expect(emu.history.slice(before).map((h) => h.name)).toEqual(["read"]);
    emu.setAddonEnabled(true);
    expect(emu.run("read", ["D1"]).value).toEqual([[2]]);
  });

  it("is a load option too", async () => {
    const off = await loadFixture(CODE, { addonEnabled: false });
    off.run("setF", ["A1", "=BLOCK()"]);
    expect(off.run("read", ["A1:B1"]).value).toEqual([["#NAME?", ""]]);
  });
});

describe("arithmetic in formulas (Sheets operators + - * / and their precedence)", () => {
  it("computes numbers and references, and reports text and division by zero", () => {
    emu.model.setValues("Sheet1", 5, 1, [[4, "x", 0]]);
    emu.run("setF", ["D1", "=1+2*A5-6/3"]);
    emu.run("setF", ["D2", '=-A5&"!"']);
    emu.run("setF", ["D3", "=B5+1"]);
    emu.run("setF", ["D4", "=A5/C5"]);
    expect(emu.run("read", ["D1:D4"]).value).toEqual([[7], ["-4!"], ["#VALUE!"], ["#DIV/0!"]]);
  });
});
