// Turns the core's plain-data validation and colour rules into Apps Script rule objects.
import type { ConditionalSpec, ValidationSpec } from "../core/sheet/format-specs";

type Validation = GoogleAppsScript.Spreadsheet.DataValidation;

/** The DataValidation for one spec; invalid input is kept and warned about, never refused. */
export function buildValidation(spec: ValidationSpec): Validation {
  const builder = SpreadsheetApp.newDataValidation().setAllowInvalid(true);
  if (spec.type === "list") builder.requireValueInList([...spec.values], true).setHelpText(spec.help);
  else if (spec.type === "checkbox") builder.requireCheckbox();
  else builder.requireDate().setHelpText(spec.help);
  return builder.build();
}

/** One DataValidation per distinct spec (specs are shared objects, so a grid builds few rules). */
export function buildValidations(
  grid: readonly (readonly (ValidationSpec | null)[])[],
): (Validation | null)[][] {
  const built = new Map<ValidationSpec, Validation>();
  const build = (spec: ValidationSpec): Validation => {
    const cached = built.get(spec) ?? buildValidation(spec);
    built.set(spec, cached);
    return cached;
  };
  return grid.map((row) => row.map((spec) => (spec ? build(spec) : null)));
}

/** Conditional-format rules for a sheet, each applied to ranges given in A1 notation. */
export function buildConditionalRules(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  specs: readonly ConditionalSpec[],
): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
  const a1s = [...new Set(specs.flatMap((s) => s.ranges))];
  const ranges = a1s.length === 1 ? [sheet.getRange(a1s[0] as string)] : sheet.getRangeList(a1s).getRanges();
  const byA1 = new Map(a1s.map((a1, i) => [a1, ranges[i]]));
  return specs.map((spec) => {
    const builder = SpreadsheetApp.newConditionalFormatRule().setRanges(
      spec.ranges.map((a1) => byA1.get(a1) as GoogleAppsScript.Spreadsheet.Range),
    );
    if ("textEqualTo" in spec.when) builder.whenTextEqualTo(spec.when.textEqualTo);
    else if ("textStartsWith" in spec.when) builder.whenTextStartsWith(spec.when.textStartsWith);
    else if ("numberGreaterThan" in spec.when) builder.whenNumberGreaterThan(spec.when.numberGreaterThan);
    else builder.whenFormulaSatisfied(spec.when.formula);
    if (spec.background) builder.setBackground(spec.background);
    if (spec.fontColor) builder.setFontColor(spec.fontColor);
    if (spec.bold) builder.setBold(true);
    return builder.build();
  });
}
