// Contract: what Sheets reads back for defaults and colour names, setFormula over many cells, R1C1
// in getRange, and negative lock timeouts. Sources: observed on live Apps Script by the gas-fakes
// project (github.com/brucemcpherson/gas-fakes notes "Numberformat default pattern", "Horizontal
// alignment", "Wrap and Wrap strategy", issuetracker.google.com/issues/427134600; PLATFORM §9
// "Defaults read back"); colour names from CSS Color Module Level 3 §4.3 (Range.setBackground takes
// "a color code in CSS notation"); negative lock timeouts from a peer project's LockService test on
// live Apps Script (issue 17).
import { beforeEach, describe, expect, it } from "vitest";
import type { Emulator } from "../../emulator";
import { NAMED_COLORS } from "../../emulator/colors";
import { loadFixture } from "./fixture";

let emu: Emulator;
beforeEach(async () => {
  emu = await loadFixture(
    "function sh_() { return SpreadsheetApp.getActiveSheet(); }\nfunction eval_(src) { return eval(src); }",
  );
});
const run = (src: string) => {
  const r = emu.run("eval_", [src]);
  if (!r.ok) throw new Error(r.error?.message);
  return r.value;
};

describe("defaults read back (observed by gas-fakes on live Apps Script)", () => {
  it("a new cell wraps (getWrap true) yet reports the OVERFLOW strategy", () => {
    expect(run("var r = sh_().getRange('C3'); [r.getWrap(), String(r.getWrapStrategy())]")).toEqual([
      true,
      "OVERFLOW",
    ]);
  });

  it("setting a strategy makes getWrap agree with it; setWrap(false) is OVERFLOW", () => {
    run("sh_().getRange('A1').setWrapStrategy(SpreadsheetApp.WrapStrategy.CLIP)");
    run("sh_().getRange('B1').setWrapStrategy(SpreadsheetApp.WrapStrategy.WRAP)");
    run("sh_().getRange('C1').setWrap(false)");
    expect(
      run(
        "['A1','B1','C1'].map(function (a) { var r = sh_().getRange(a); return [r.getWrap(), String(r.getWrapStrategy())]; })",
      ),
    ).toEqual([
      [false, "CLIP"],
      [true, "WRAP"],
      [false, "OVERFLOW"],
    ]);
  });

  it('number format "General" (any case) reads back as 0.###############, like an untouched cell', () => {
    run("sh_().getRange('A1').setNumberFormat('General'); sh_().getRange('B1').setNumberFormat('general')");
    expect(run("sh_().getRange('A1:C1').getNumberFormats()")).toEqual([
      ["0.###############", "0.###############", "0.###############"],
    ]);
  });

  it('alignment "normal" reads back as general-left; null resets to general', () => {
    run("sh_().getRange('A1').setHorizontalAlignment('normal')");
    expect(run("sh_().getRange('A1').getHorizontalAlignment()")).toBe("general-left");
    run("sh_().getRange('A1').setHorizontalAlignment(null)");
    expect(run("sh_().getRange('A1').getHorizontalAlignment()")).toBe("general");
    run("sh_().getRange('A1').setHorizontalAlignment('Center')");
    expect(run("sh_().getRange('A1').getHorizontalAlignment()")).toBe("center");
  });

  it("CSS colour names read back as lowercase hex (spot checks written by hand)", () => {
    run(
      "sh_().getRange('A1:D1').setBackgrounds([['lightcoral', 'RebeccaPurple', 'DarkSlateGrey', 'papayawhip']])",
    );
    expect(run("sh_().getRange('A1:D1').getBackgrounds()")).toEqual([
      ["#f08080", "rebeccapurple", "#2f4f4f", "#ffefd5"],
    ]);
    run("sh_().getRange('E1').setFontColor('MediumVioletRed')");
    expect(run("sh_().getRange('E1').getFontColor()")).toBe("#c71585");
  });

  it("all 147 CSS colour names read back as lowercase 6-digit hex", () => {
    const names = [...NAMED_COLORS.keys()];
    expect(names).toHaveLength(147);
    const got = run(
      `var names = ${JSON.stringify(names)}; var r = sh_().getRange(1, 1, names.length, 1);
       r.setBackgrounds(names.map(function (n) { return [n.toUpperCase()]; }));
       r.getBackgrounds().map(function (row) { return row[0]; })`,
    ) as string[];
    expect(got.every((c) => /^#[0-9a-f]{6}$/.test(c))).toBe(true);
    expect(got[names.indexOf("aliceblue")]).toBe("#f0f8ff");
    expect(got[names.indexOf("yellowgreen")]).toBe("#9acd32");
  });
});

describe("setFormula on a multi-cell range (Range.setFormula; observed by gas-fakes)", () => {
  it("relative references move per cell; $-anchored parts stay", () => {
    run("sh_().getRange('C1:D2').setFormula('=A1')");
    expect(run("sh_().getRange('C1:D2').getFormulas()")).toEqual([
      ["=A1", "=B1"],
      ["=A2", "=B2"],
    ]);
    run("sh_().getRange('C1:D2').setFormula('=$A1&A$1&$A$1&Sheet1!A1:B1')");
    expect(run("sh_().getRange('C1:D2').getFormulas()")).toEqual([
      ["=$A1&A$1&$A$1&Sheet1!A1:B1", "=$A1&B$1&$A$1&Sheet1!B1:C1"],
      ["=$A2&A$1&$A$1&Sheet1!A2:B2", "=$A2&B$1&$A$1&Sheet1!B2:C2"],
    ]);
  });

  it("text inside quotes is left alone, and the values follow the moved references", () => {
    emu.model.setValues("Sheet1", 1, 1, [
      ["a", "b"],
      ["c", "d"],
    ]);
    run("sh_().getRange('C1:D2').setFormula('=\"A1:\"&A1')");
    expect(run("sh_().getRange('C1:D2').getValues()")).toEqual([
      ["A1:a", "A1:b"],
      ["A1:c", "A1:d"],
    ]);
  });
});

describe("getRange accepts R1C1 notation, any case (observed by gas-fakes)", () => {
  it("R5C3 is C5, r2c2:R4C5 is B2:E4, and a sheet prefix works", () => {
    expect(run("sh_().getRange('R5C3').getA1Notation()")).toBe("C5");
    expect(run("sh_().getRange('r2c2:R4C5').getA1Notation()")).toBe("B2:E4");
    expect(run("SpreadsheetApp.getActive().getRange('Sheet1!R1C1').getA1Notation()")).toBe("A1");
  });

  it("R0C1 is not a range", () => {
    expect(emu.run("eval_", ["sh_().getRange('R0C1')"]).ok).toBe(false);
  });
});

describe("locks with a negative timeout (peer project's LockService test on live Apps Script)", () => {
  it("tryLock(-1) is false and the lock is not held", () => {
    expect(run("var l = LockService.getDocumentLock(); [l.tryLock(-1), l.hasLock()]")).toEqual([
      false,
      false,
    ]);
  });

  it('waitLock(-1) throws "Lock timeout" and hasLock() stays false', () => {
    expect(
      run(
        "var l = LockService.getDocumentLock(); var msg = ''; try { l.waitLock(-1); } catch (e) { msg = e.message; } [msg.indexOf('Lock timeout') === 0, l.hasLock()]",
      ),
    ).toEqual([true, false]);
  });

  it("a zero timeout on a free lock still acquires it", () => {
    expect(run("var l = LockService.getDocumentLock(); [l.tryLock(0), l.hasLock()]")).toEqual([true, true]);
  });
});
