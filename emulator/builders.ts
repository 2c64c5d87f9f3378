// Data-validation and conditional-format builders and the rule objects they build.
// Pure local objects: their calls are not counted (call-counter.ts). Sources: PLATFORM §4
// (DataValidationBuilder: setAllowInvalid default true; ConditionalFormatRuleBuilder).

import { isDate } from "./cell-input";
import { normalizeColor } from "./colors";
import type { Execution } from "./execution";
import type { ConditionalRuleData, GridRange, SheetData, ValidationData } from "./workbook-model";

/** Where a Range object points; kept off the object so the bundle cannot see or change it. */
export interface RangeTarget {
  readonly sheet: SheetData;
  readonly grid: GridRange;
  readonly open?: { readonly rows?: boolean; readonly cols?: boolean };
}

const targets = new WeakMap<object, RangeTarget>();

/** Registers the target of a Range object. */
export function bindTarget(obj: object, target: RangeTarget): void {
  targets.set(obj, target);
}

/** The target of a Range object, or undefined for anything else. */
export function targetOf(obj: unknown): RangeTarget | undefined {
  return typeof obj === "object" && obj !== null ? targets.get(obj) : undefined;
}

function copyValues(values: readonly unknown[]): unknown[] {
  return values.map((v) => (isDate(v) ? new Date(v.getTime()) : Array.isArray(v) ? copyValues(v) : v));
}

/** A built data-validation rule (Range.getDataValidation returns one; null when there is none). */
export class DataValidation {
  constructor(
    private readonly ex: Execution,
    readonly data: ValidationData,
  ) {}
  getCriteriaType(): unknown {
    return this.ex.realm.toRealm(this.ex.enums.DataValidationCriteria?.[this.data.criteria]);
  }
  getCriteriaValues(): unknown[] {
    return this.ex.realm.array(copyValues(this.data.values));
  }
  getHelpText(): string | null {
    return this.data.helpText;
  }
  getAllowInvalid(): boolean {
    return this.data.allowInvalid;
  }
  copy(): DataValidationBuilder {
    return new DataValidationBuilder(this.ex, this.data);
  }
}

/** SpreadsheetApp.newDataValidation(). */
export class DataValidationBuilder {
  private criteria: string | null;
  private values: unknown[];
  private allowInvalid: boolean;
  private helpText: string | null;

  constructor(
    private readonly ex: Execution,
    from?: ValidationData,
  ) {
    this.criteria = from?.criteria ?? null;
    this.values = from ? copyValues(from.values) : [];
    this.allowInvalid = from?.allowInvalid ?? true;
    this.helpText = from?.helpText ?? null;
  }

  private set(criteria: string, values: unknown[]): this {
    this.criteria = criteria;
    this.values = copyValues(values);
    return this;
  }

  requireValueInList(values: unknown, showDropdown?: boolean): this {
    if (!Array.isArray(values))
      this.ex.fail("The parameters don't match the method signature for requireValueInList.");
    return this.set("VALUE_IN_LIST", [[...values].map(String), showDropdown ?? true]);
  }
  requireValueInRange(range: unknown, showDropdown?: boolean): this {
    return this.set("VALUE_IN_RANGE", [range, showDropdown ?? true]);
  }
  requireCheckbox(checked?: unknown, unchecked?: unknown): this {
    const values = checked === undefined ? [] : unchecked === undefined ? [checked] : [checked, unchecked];
    return this.set("CHECKBOX", values);
  }
  requireDate(): this {
    return this.set("DATE_IS_VALID_DATE", []);
  }
  requireDateAfter(d: Date): this {
    return this.set("DATE_AFTER", [d]);
  }
  requireDateBefore(d: Date): this {
    return this.set("DATE_BEFORE", [d]);
  }
  requireDateOnOrAfter(d: Date): this {
    return this.set("DATE_ON_OR_AFTER", [d]);
  }
  requireDateOnOrBefore(d: Date): this {
    return this.set("DATE_ON_OR_BEFORE", [d]);
  }
  requireDateBetween(a: Date, b: Date): this {
    return this.set("DATE_BETWEEN", [a, b]);
  }
  requireNumberBetween(a: number, b: number): this {
    return this.set("NUMBER_BETWEEN", [a, b]);
  }
  requireNumberGreaterThanOrEqualTo(n: number): this {
    return this.set("NUMBER_GREATER_THAN_OR_EQUAL_TO", [n]);
  }
  requireTextIsEmail(): this {
    return this.set("TEXT_IS_VALID_EMAIL", []);
  }
  requireTextIsUrl(): this {
    return this.set("TEXT_IS_VALID_URL", []);
  }
  requireFormulaSatisfied(formula: string): this {
    return this.set("CUSTOM_FORMULA", [formula]);
  }
  setAllowInvalid(allow: boolean): this {
    this.allowInvalid = Boolean(allow);
    return this;
  }
  setHelpText(text: string): this {
    this.helpText = String(text);
    return this;
  }
  getCriteriaType(): unknown {
    return this.criteria === null ? null : this.ex.enums.DataValidationCriteria?.[this.criteria];
  }
  getCriteriaValues(): unknown[] {
    return this.ex.realm.array(copyValues(this.values));
  }
  getHelpText(): string | null {
    return this.helpText;
  }
  getAllowInvalid(): boolean {
    return this.allowInvalid;
  }
  copy(): DataValidationBuilder {
    return new DataValidationBuilder(this.ex, this.snapshot());
  }
  build(): DataValidation {
    if (this.criteria === null)
      this.ex.fail("You must specify a criteria type before building a data validation rule.");
    return new DataValidation(this.ex, this.snapshot());
  }
  private snapshot(): ValidationData {
    return {
      criteria: this.criteria ?? "",
      values: copyValues(this.values),
      allowInvalid: this.allowInvalid,
      helpText: this.helpText,
    };
  }
}

/** The condition of a conditional-format rule, with its format. */
export class BooleanCondition {
  constructor(
    private readonly ex: Execution,
    private readonly data: ConditionalRuleData,
  ) {}
  getCriteriaType(): unknown {
    return this.ex.enums.BooleanCriteria?.[this.data.condition.type];
  }
  getCriteriaValues(): unknown[] {
    return this.ex.realm.array([...this.data.condition.values]);
  }
  getBackground(): string | null {
    return this.data.format.background ?? null;
  }
  getFontColor(): string | null {
    return this.data.format.fontColor ?? null;
  }
  getBold(): boolean | null {
    return this.data.format.bold ?? null;
  }
}

/** A built conditional-format rule. */
export class ConditionalFormatRule {
  constructor(
    private readonly ex: Execution,
    readonly data: ConditionalRuleData,
  ) {}
  getRanges(): unknown[] {
    const sheet =
      this.data.sheetId === undefined ? undefined : this.ex.host.model.sheetById(this.data.sheetId);
    if (!sheet) return this.ex.realm.array([]);
    return this.ex.realm.array(this.data.ranges.map((g) => this.ex.makeRange({ sheet, grid: g })));
  }
  getBooleanCondition(): BooleanCondition {
    return new BooleanCondition(this.ex, this.data);
  }
  copy(): ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilder(this.ex, this.data);
  }
}

/** SpreadsheetApp.newConditionalFormatRule(). */
export class ConditionalFormatRuleBuilder {
  private ranges: GridRange[];
  private sheetId: number | undefined;
  private condition: { type: string; values: string[] } | null;
  private format: { background?: string; fontColor?: string; bold?: boolean };

  constructor(
    private readonly ex: Execution,
    from?: ConditionalRuleData,
  ) {
    this.ranges = from ? [...from.ranges] : [];
    this.sheetId = from?.sheetId;
    this.condition = from ? { type: from.condition.type, values: [...from.condition.values] } : null;
    this.format = from ? { ...from.format } : {};
  }

  private when(type: string, values: unknown[]): this {
    this.condition = { type, values: values.map(String) };
    return this;
  }
  whenTextEqualTo(t: string): this {
    return this.when("TEXT_EQUAL_TO", [t]);
  }
  whenTextStartsWith(t: string): this {
    return this.when("TEXT_STARTS_WITH", [t]);
  }
  whenTextEndsWith(t: string): this {
    return this.when("TEXT_ENDS_WITH", [t]);
  }
  whenTextContains(t: string): this {
    return this.when("TEXT_CONTAINS", [t]);
  }
  whenTextDoesNotContain(t: string): this {
    return this.when("TEXT_DOES_NOT_CONTAIN", [t]);
  }
  whenFormulaSatisfied(formula: string): this {
    return this.when("CUSTOM_FORMULA", [formula]);
  }
  whenCellEmpty(): this {
    return this.when("CELL_EMPTY", []);
  }
  whenCellNotEmpty(): this {
    return this.when("CELL_NOT_EMPTY", []);
  }
  whenNumberGreaterThan(n: number): this {
    return this.when("NUMBER_GREATER_THAN", [n]);
  }
  whenNumberLessThan(n: number): this {
    return this.when("NUMBER_LESS_THAN", [n]);
  }
  setBackground(color: string | null): this {
    if (color === null) delete this.format.background;
    else this.format.background = normalizeColor(color);
    return this;
  }
  setFontColor(color: string | null): this {
    if (color === null) delete this.format.fontColor;
    else this.format.fontColor = normalizeColor(color);
    return this;
  }
  setBold(bold: boolean): this {
    this.format.bold = Boolean(bold);
    return this;
  }
  setRanges(ranges: unknown): this {
    if (!Array.isArray(ranges))
      this.ex.fail("The parameters don't match the method signature for setRanges.");
    const targetsOf = ranges.map((r) => targetOf(r));
    if (targetsOf.some((t) => !t))
      this.ex.fail("The parameters don't match the method signature for setRanges.");
    this.ranges = targetsOf.map((t) => ({ ...(t as RangeTarget).grid }));
    this.sheetId = targetsOf[0]?.sheet.id;
    return this;
  }
  getRanges(): unknown[] {
    return this.build().getRanges();
  }
  getBooleanCondition(): BooleanCondition | null {
    return this.condition ? this.build().getBooleanCondition() : null;
  }
  copy(): ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilder(this.ex, this.data());
  }
  build(): ConditionalFormatRule {
    if (!this.condition) this.ex.fail("Conditional format rule must have a condition.");
    return new ConditionalFormatRule(this.ex, this.data());
  }
  private data(): ConditionalRuleData {
    return {
      ranges: [...this.ranges],
      sheetId: this.sheetId,
      condition: this.condition ?? { type: "", values: [] },
      format: { ...this.format },
    };
  }
}
