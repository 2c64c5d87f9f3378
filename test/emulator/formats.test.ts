// Contract: formats, validation, conditional rules, protections, metadata (PLATFORM §4, §8 "Formats and rules").
import { beforeEach, describe, expect, it } from "vitest";
import type { Emulator } from "../../emulator";
import { loadFixture } from "./fixture";

let emu: Emulator;
beforeEach(async () => {
  emu = await loadFixture(
    "function sh_() { return SpreadsheetApp.getActiveSheet(); }\nfunction eval_(src) { return eval(src); }",
  );
});
const run = (src: string) => emu.run("eval_", [src]);

describe("formats (observed, PLATFORM §8)", () => {
  it("colours read back as lowercase hex; null clears the background to #ffffff", () => {
    run(
      "sh_().getRange('A1:B1').setBackgrounds([['#FF0000', 'red']]); sh_().getRange('C1').setFontColor('#ABC')",
    );
    expect(
      run("[sh_().getRange('A1:B1').getBackgrounds(), sh_().getRange('C1').getFontColor()]").value,
    ).toEqual([[["#ff0000", "#ff0000"]], "#aabbcc"]);
    run("sh_().getRange('A1').setBackground(null)");
    expect(run("sh_().getRange('A1').getBackground()").value).toBe("#ffffff");
  });

  it('a cell with no note returns ""; notes set and clear', () => {
    expect(run("sh_().getRange('A1:B1').getNotes()").value).toEqual([["", ""]]);
    run("sh_().getRange('A1:B1').setNotes([['why', null]])");
    expect(run("sh_().getRange('A1:B1').getNotes()").value).toEqual([["why", ""]]);
  });

  it("font weights, number formats, wrap strategy and alignment are stored per cell", () => {
    run(
      "sh_().getRange('A1:B1').setFontWeights([['bold', 'normal']]).setNumberFormat('@').setWrapStrategy(SpreadsheetApp.WrapStrategy.CLIP).setHorizontalAlignment('center')",
    );
    expect(
      run(
        "var r = sh_().getRange('A1:B1'); [r.getFontWeights(), r.getNumberFormats(), String(r.getWrapStrategy()), r.getHorizontalAlignment()]",
      ).value,
    ).toEqual([[["bold", "normal"]], [["@", "@"]], "CLIP", "center"]);
  });

  it("font lines: line-through or underline per cell, none by default (Range.setFontLine reference)", () => {
    run("sh_().getRange('A1:C1').setFontLine('line-through')");
    run("sh_().getRange('B1:C1').setFontLines([['underline', 'none']])");
    expect(run("sh_().getRange('A1:D1').getFontLine()").value).toBe("line-through");
    expect(
      run(
        "sh_().getRange('B1').getFontLine() + ',' + sh_().getRange('C1').getFontLine() + ',' + sh_().getRange('D1').getFontLine()",
      ).value,
    ).toBe("underline,none,none");
  });

  it("merge keeps the top-left value and breakApart undoes it", () => {
    emu.model.setValues("Sheet1", 1, 1, [["keep", "drop"]]);
    run("sh_().getRange('A1:B1').merge()");
    expect(run("[sh_().getRange('A1:B1').getValues(), sh_().getRange('B1').isPartOfMerge()]").value).toEqual([
      [["keep", ""]],
      true,
    ]);
    expect(emu.snapshot().sheets[0]?.merges).toEqual(["A1:B1"]);
    run("sh_().getRange('A1:B1').breakApart()");
    expect(emu.snapshot().sheets[0]?.merges).toEqual([]);
  });
});

describe("data validation (PLATFORM §4; DataValidationBuilder reference)", () => {
  it("getDataValidation is null when a cell has no rule", () => {
    expect(run("sh_().getRange('A1').getDataValidation()").value).toBeNull();
    expect(run("sh_().getRange('A1:B1').getDataValidations()").value).toEqual([[null, null]]);
  });

  it("requireValueInList keeps its list, dropdown flag, help text; allow-invalid defaults to true", () => {
    const r = run(`
      var rule = SpreadsheetApp.newDataValidation().requireValueInList(['Done', 'Blocked'], true).setHelpText('Pick one').build();
      sh_().getRange('A1:A3').setDataValidation(rule);
      var got = sh_().getRange('A2').getDataValidation();
      [String(got.getCriteriaType()), got.getCriteriaValues(), got.getHelpText(), got.getAllowInvalid(),
       got.getCriteriaType() === SpreadsheetApp.DataValidationCriteria.VALUE_IN_LIST]`);
    expect(r.value).toEqual(["VALUE_IN_LIST", [["Done", "Blocked"], true], "Pick one", true, true]);
  });

  it("requireCheckbox, requireDate and setAllowInvalid(false) round-trip; setDataValidations(null) clears", () => {
    const r = run(`
      var cb = SpreadsheetApp.newDataValidation().requireCheckbox().setAllowInvalid(false).build();
      var d = SpreadsheetApp.newDataValidation().requireDate().build();
      sh_().getRange('A1:B1').setDataValidations([[cb, d]]);
      var v = sh_().getRange('A1:B1').getDataValidations()[0];
      var out = [String(v[0].getCriteriaType()), v[0].getAllowInvalid(), String(v[1].getCriteriaType())];
      sh_().getRange('A1:B1').setDataValidations([[null, d]]);
      out.concat([sh_().getRange('A1').getDataValidation()])`);
    expect(r.value).toEqual(["CHECKBOX", false, "DATE_IS_VALID_DATE", null]);
  });

  it("never blocks the script's own writes, even with allow-invalid off (observed)", () => {
    const r = run(`
      sh_().getRange('A1').setDataValidation(SpreadsheetApp.newDataValidation().requireValueInList(['Done']).setAllowInvalid(false).build());
      sh_().getRange('A1').setValue('Nonsense'); sh_().getRange('A1').getValue()`);
    expect(r.value).toBe("Nonsense");
  });
});

describe("conditional format rules (Sheet.setConditionalFormatRules reference; PLATFORM §4)", () => {
  it("setConditionalFormatRules replaces the whole list; get + push + set adds one", () => {
    run(`
      var a = SpreadsheetApp.newConditionalFormatRule().whenTextEqualTo('Blocked').setBackground('#F4CCCC').setRanges([sh_().getRange('D2:D40')]).build();
      var b = SpreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied('=$D2="Done"').setFontColor('#0B8043').setBold(true).setRanges([sh_().getRange('A2:I40')]).build();
      sh_().setConditionalFormatRules([a, b]);`);
    run(`
      var c = SpreadsheetApp.newConditionalFormatRule().whenTextStartsWith('N/A').setBackground('#eeeeee').setRanges([sh_().getRange('D2:D40')]).build();
      sh_().setConditionalFormatRules([c]);`);
    expect(emu.snapshot().sheets[0]?.conditionalRules).toEqual([
      { ranges: ["D2:D40"], condition: "TEXT_STARTS_WITH", values: ["N/A"], bg: "#eeeeee" },
    ]);
    run(`
      var rules = sh_().getConditionalFormatRules();
      rules.push(SpreadsheetApp.newConditionalFormatRule().whenCellEmpty().setBackground('#fff2cc').setRanges([sh_().getRange('E2:E40')]).build());
      sh_().setConditionalFormatRules(rules);`);
    const rules = emu.snapshot().sheets[0]?.conditionalRules ?? [];
    expect(rules.map((r) => r.condition)).toEqual(["TEXT_STARTS_WITH", "CELL_EMPTY"]);
    expect(
      run(
        "var r = sh_().getConditionalFormatRules()[0]; [r.getRanges()[0].getA1Notation(), String(r.getBooleanCondition().getCriteriaType()), r.getBooleanCondition().getCriteriaValues(), r.getBooleanCondition().getBackground()]",
      ).value,
    ).toEqual(["D2:D40", "TEXT_STARTS_WITH", ["N/A"], "#eeeeee"]);
  });
});

describe("protections (Sheets API ProtectedRange.warningOnly; PLATFORM §4)", () => {
  it("range.protect().setWarningOnly(true).setDescription() is listed by getProtections(RANGE)", () => {
    run("sh_().getRange('A1:I8').protect().setWarningOnly(true).setDescription('Header')");
    expect(
      run(
        "var p = sh_().getProtections(SpreadsheetApp.ProtectionType.RANGE); [p.length, p[0].isWarningOnly(), p[0].getDescription(), p[0].getRange().getA1Notation()]",
      ).value,
    ).toEqual([1, true, "Header", "A1:I8"]);
    expect(run("sh_().getProtections(SpreadsheetApp.ProtectionType.SHEET).length").value).toBe(0);
  });
});

describe("developer metadata (Sheets API metadata guide)", () => {
  it("sheet metadata is found by key and value and knows its sheet, also after a rename", () => {
    run(
      "var s = SpreadsheetApp.getActive().insertSheet('HO-0001'); s.addDeveloperMetadata('handoffGate.id', 'HO-0001', SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT); s.setName('Renamed')",
    );
    expect(
      run(
        "var f = SpreadsheetApp.getActive().createDeveloperMetadataFinder().withKey('handoffGate.id').withValue('HO-0001').find(); [f.length, f[0].getKey(), f[0].getValue(), String(f[0].getVisibility()), f[0].getLocation().getSheet().getName()]",
      ).value,
    ).toEqual([1, "handoffGate.id", "HO-0001", "DOCUMENT", "Renamed"]);
    expect(
      run("SpreadsheetApp.getActive().createDeveloperMetadataFinder().withKey('nope').find().length").value,
    ).toBe(0);
  });

  it("range metadata needs whole rows or columns, and follows its row when rows are inserted above", () => {
    expect(run("sh_().getRange('A1:B2').addDeveloperMetadata('x')").error?.message).toMatch(
      /^Adding developer metadata to arbitrary ranges is not currently supported/,
    );
    run("sh_().getRange('5:5').addDeveloperMetadata('row', 'five'); sh_().insertRowsBefore(2, 3)");
    expect(
      run(
        "SpreadsheetApp.getActive().createDeveloperMetadataFinder().withKey('row').find()[0].getLocation().getRow().getRow()",
      ).value,
    ).toBe(8);
    run("sh_().deleteRow(8)");
    expect(emu.model.metadata).toEqual([]);
  });
});
