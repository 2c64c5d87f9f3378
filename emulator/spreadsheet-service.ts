// SpreadsheetApp and Spreadsheet (the active, container-bound spreadsheet); counted by method.
// Sources: Spreadsheet reference (insertSheet makes the new sheet active; new sheets 1000 × 26; its
// only documented option is `template`), PLATFORM §4/§8; size limits in workbook-model.ts SizeLimits;
// error texts marked observed.

import { ConditionalFormatRuleBuilder, DataValidationBuilder, targetOf } from "./builders";
import { addMetadata, DeveloperMetadataFinderObj, metadataIn } from "./developer-metadata";
import type { Access, Execution } from "./execution";
import { RangeObj } from "./range";
import { duplicateName, nameTaken, SheetObj } from "./sheet";
import { createUi } from "./ui";
import { NEW_SHEET_COLS, NEW_SHEET_ROWS } from "./workbook-model";

/** The active Spreadsheet handed to the bundle. */
export class SpreadsheetObj {
  constructor(private readonly ex: Execution) {}

  private in(method: string, access: Access = "read"): void {
    this.ex.enter("Spreadsheet", method, access);
  }
  private get m() {
    return this.ex.host.model;
  }
  getId(): string {
    this.in("getId");
    return this.m.id;
  }
  getName(): string {
    this.in("getName");
    return this.m.name;
  }
  rename(name: string): void {
    this.in("rename", "write");
    this.m.name = String(name);
  }
  getUrl(): string {
    this.in("getUrl");
    return `https://docs.google.com/spreadsheets/d/${this.m.id}/edit`;
  }
  getSpreadsheetTimeZone(): string {
    this.in("getSpreadsheetTimeZone");
    return this.m.timeZone;
  }
  getSpreadsheetLocale(): string {
    this.in("getSpreadsheetLocale");
    return this.m.locale;
  }
  getSheets(): unknown[] {
    this.in("getSheets");
    return this.ex.realm.array(this.m.sheets.map((s) => new SheetObj(this.ex, s)));
  }
  getNumSheets(): number {
    this.in("getNumSheets");
    return this.m.sheets.length;
  }
  /** null when there is no sheet of that name (Spreadsheet.getSheetByName reference). */
  getSheetByName(name: string): SheetObj | null {
    this.in("getSheetByName");
    const s = this.m.sheetByName(String(name));
    return s ? new SheetObj(this.ex, s) : null;
  }
  getSheetById(id: number): SheetObj | null {
    this.in("getSheetById");
    const s = this.m.sheetById(Number(id));
    return s ? new SheetObj(this.ex, s) : null;
  }
  /** Overloads (), (index), (name), (name, index), (name, index, options); the new sheet becomes active. */
  insertSheet(a?: unknown, b?: unknown): SheetObj {
    this.in("insertSheet", "write");
    let name: string | undefined;
    let index: number | undefined;
    if (typeof a === "number") index = a;
    else if (a !== undefined && a !== null) {
      name = String(a);
      if (typeof b === "number") index = b;
    }
    if (name === undefined) {
      let n = this.m.sheets.length + 1;
      while (nameTaken(this.m, `Sheet${n}`)) n++;
      name = `Sheet${n}`;
    }
    if (nameTaken(this.m, name)) this.ex.fail(duplicateName(name));
    // A new sheet has the default grid: it must fit the sheet cap and the cell limit (SizeLimits).
    const refusal = this.m.growthRefusal(NEW_SHEET_ROWS * NEW_SHEET_COLS, 1);
    if (refusal) this.ex.fail(refusal);
    const sheet = this.m.addSheet(name, index);
    this.m.activeSheetId = sheet.id;
    return new SheetObj(this.ex, sheet);
  }
  deleteSheet(sheet: unknown): void {
    this.in("deleteSheet", "write");
    const s =
      sheet instanceof SheetObj ? this.m.sheetById(this.ex.untracked(() => sheet.getSheetId())) : undefined;
    if (!s)
      this.ex.fail(
        "The parameters (Object) don't match the method signature for SpreadsheetApp.Spreadsheet.deleteSheet.",
      );
    if (this.m.sheets.filter((x) => !x.hidden && x !== s).length === 0) {
      this.ex.fail("A document must have at least one visible sheet.");
    }
    this.m.removeSheet(s);
  }
  getActiveSheet(): SheetObj {
    this.in("getActiveSheet");
    return new SheetObj(this.ex, this.m.activeSheet());
  }
  setActiveSheet(sheet: unknown): SheetObj {
    this.in("setActiveSheet", "write");
    if (!(sheet instanceof SheetObj))
      this.ex.fail(
        "The parameters (Object) don't match the method signature for SpreadsheetApp.Spreadsheet.setActiveSheet.",
      );
    this.ex.untracked(() => sheet.activate());
    return sheet;
  }
  /** A1 with an optional sheet name; without one, on the active sheet. */
  getRange(a1: string): RangeObj {
    this.in("getRange");
    return new SheetObj(this.ex, this.m.activeSheet()).rangeFor([String(a1)]);
  }
  /** Names a range (Spreadsheet.setNamedRange): it follows renames and row changes of its sheet. */
  setNamedRange(name: unknown, range: unknown): void {
    this.in("setNamedRange", "write");
    const target = targetOf(range);
    const text = String(name);
    // Sheets' rule for range names (observed in the Named ranges panel): letters, digits and
    // underscores, not starting with a digit, and not shaped like a cell reference such as A1.
    if (!target || !/^[A-Za-z_][A-Za-z0-9_]{0,249}$/.test(text) || /^[A-Za-z]{1,3}\d+$/.test(text)) {
      this.ex.fail(
        "The parameters (String,Range) don't match the method signature for SpreadsheetApp.Spreadsheet.setNamedRange.",
      );
    }
    this.m.namedRanges.set(text.toLowerCase(), {
      name: text,
      sheetId: target.sheet.id,
      range: { ...target.grid },
    });
  }
  /** The named range's Range, or null when there is none or its sheet was deleted. */
  getRangeByName(name: unknown): RangeObj | null {
    this.in("getRangeByName");
    const named = this.m.namedRanges.get(String(name).toLowerCase());
    const sheet = named ? this.m.sheetById(named.sheetId) : undefined;
    if (!named || !sheet || !named.range) return null;
    return new RangeObj(this.ex, { sheet, grid: { ...named.range } });
  }
  removeNamedRange(name: unknown): void {
    this.in("removeNamedRange", "write");
    this.m.namedRanges.delete(String(name).toLowerCase());
  }
  toast(msg: unknown, title?: unknown, timeoutSeconds?: number): void {
    this.in("toast", "write");
    this.ex.toasts.push({
      message: String(msg),
      title: title === undefined ? "" : String(title),
      timeoutSeconds: timeoutSeconds ?? 5,
    });
  }
  addDeveloperMetadata(key: string, a?: unknown, b?: unknown): this {
    this.in("addDeveloperMetadata", "write");
    addMetadata(this.ex, key, a, b, { type: "SPREADSHEET" });
    return this;
  }
  getDeveloperMetadata(): unknown[] {
    this.in("getDeveloperMetadata");
    return metadataIn(this.ex, (m) => m.location.type === "SPREADSHEET");
  }
  createDeveloperMetadataFinder(): DeveloperMetadataFinderObj {
    this.in("createDeveloperMetadataFinder");
    return new DeveloperMetadataFinderObj(this.ex, () => true);
  }
}

/** The SpreadsheetApp global for one execution. Builders and enums are free; the rest is counted. */
export function createSpreadsheetApp(ex: Execution, scopes: readonly string[]): Record<string, unknown> {
  const open = (method: string): SpreadsheetObj => {
    ex.enter("SpreadsheetApp", method, "open");
    return new SpreadsheetObj(ex);
  };
  const byId = (method: string) => () => {
    ex.enter("SpreadsheetApp", method, "write");
    if (!scopes.includes("https://www.googleapis.com/auth/spreadsheets")) {
      ex.fail(
        `You do not have permission to call SpreadsheetApp.${method}. Required permissions: https://www.googleapis.com/auth/spreadsheets`,
      );
    }
    return new SpreadsheetObj(ex);
  };
  return {
    getActive: () => open("getActive"),
    getActiveSpreadsheet: () => open("getActiveSpreadsheet"),
    getActiveSheet: () => {
      ex.enter("SpreadsheetApp", "getActiveSheet", "open");
      return new SheetObj(ex, ex.host.model.activeSheet());
    },
    openById: byId("openById"),
    openByUrl: byId("openByUrl"),
    getUi: () => {
      ex.enter("SpreadsheetApp", "getUi", "ui");
      return createUi(ex);
    },
    flush: () => {
      ex.enter("SpreadsheetApp", "flush", "read");
    },
    newDataValidation: () => new DataValidationBuilder(ex),
    newConditionalFormatRule: () => new ConditionalFormatRuleBuilder(ex),
    ProtectionType: ex.enums.ProtectionType,
    DataValidationCriteria: ex.enums.DataValidationCriteria,
    DeveloperMetadataVisibility: ex.enums.DeveloperMetadataVisibility,
    DeveloperMetadataLocationType: ex.enums.DeveloperMetadataLocationType,
    WrapStrategy: ex.enums.WrapStrategy,
    BooleanCriteria: ex.enums.BooleanCriteria,
  };
}
