// Developer metadata: add on spreadsheet, sheet, or whole rows/columns; find by key/value/id.
// Source: developers.google.com/workspace/sheets/api/guides/metadata (locations; DOCUMENT/PROJECT
// visibility; metadata follows rows as they move and is deleted with them). Counted as
// "DeveloperMetadata.*", "DeveloperMetadataFinder.*", "DeveloperMetadataLocation.*".

import { enumName } from "./enums";
import type { Execution } from "./execution";
import type { MetadataData } from "./workbook-model";

/** Adds metadata; overloads (key), (key, visibility), (key, value), (key, value, visibility). */
export function addMetadata(
  ex: Execution,
  key: string,
  a: unknown,
  b: unknown,
  location: MetadataData["location"],
): void {
  let value: string | null = null;
  let visibility = "DOCUMENT";
  if (typeof a === "string") {
    value = a;
    if (b !== undefined) visibility = enumName(b);
  } else if (a !== undefined && a !== null) visibility = enumName(a);
  if (visibility !== "DOCUMENT" && visibility !== "PROJECT") ex.fail(`Invalid visibility: ${visibility}`);
  ex.host.model.metadata.push({
    id: ex.host.model.newObjectId(),
    key: String(key),
    value,
    visibility: visibility as "DOCUMENT" | "PROJECT",
    location,
  });
}

/** Realm array of DeveloperMetadata objects matching `pred`. */
export function metadataIn(ex: Execution, pred: (m: MetadataData) => boolean): unknown[] {
  return ex.realm.array(ex.host.model.metadata.filter(pred).map((m) => new DeveloperMetadataObj(ex, m)));
}

/** Where a piece of metadata lives. */
export class DeveloperMetadataLocationObj {
  constructor(
    private readonly ex: Execution,
    private readonly m: MetadataData,
  ) {}
  getLocationType(): unknown {
    this.ex.enter("DeveloperMetadataLocation", "getLocationType", "read");
    return this.ex.enums.DeveloperMetadataLocationType?.[this.m.location.type];
  }
  getSheet(): object | null {
    this.ex.enter("DeveloperMetadataLocation", "getSheet", "read");
    const loc = this.m.location;
    const sheet = loc.type === "SPREADSHEET" ? undefined : this.ex.host.model.sheetById(loc.sheetId);
    return sheet ? this.ex.makeSheet(sheet) : null;
  }
  getRow(): object | null {
    this.ex.enter("DeveloperMetadataLocation", "getRow", "read");
    const loc = this.m.location;
    if (loc.type !== "ROW") return null;
    const sheet = this.ex.host.model.sheetById(loc.sheetId);
    if (!sheet) return null;
    return this.ex.makeRange({
      sheet,
      grid: { row: loc.start, col: 1, numRows: loc.count, numCols: sheet.maxCols },
      open: { cols: true },
    });
  }
  getColumn(): object | null {
    this.ex.enter("DeveloperMetadataLocation", "getColumn", "read");
    const loc = this.m.location;
    if (loc.type !== "COLUMN") return null;
    const sheet = this.ex.host.model.sheetById(loc.sheetId);
    if (!sheet) return null;
    return this.ex.makeRange({
      sheet,
      grid: { row: 1, col: loc.start, numRows: sheet.maxRows, numCols: loc.count },
      open: { rows: true },
    });
  }
}

/** A DeveloperMetadata handed to the bundle. */
export class DeveloperMetadataObj {
  constructor(
    private readonly ex: Execution,
    private readonly m: MetadataData,
  ) {}
  private in(method: string, write = false): void {
    this.ex.enter("DeveloperMetadata", method, write ? "write" : "read");
  }
  getId(): number {
    this.in("getId");
    return this.m.id;
  }
  getKey(): string {
    this.in("getKey");
    return this.m.key;
  }
  getValue(): string | null {
    this.in("getValue");
    return this.m.value;
  }
  getVisibility(): unknown {
    this.in("getVisibility");
    return this.ex.enums.DeveloperMetadataVisibility?.[this.m.visibility];
  }
  getLocation(): DeveloperMetadataLocationObj {
    this.in("getLocation");
    return new DeveloperMetadataLocationObj(this.ex, this.m);
  }
  setKey(key: string): this {
    this.in("setKey", true);
    this.m.key = String(key);
    return this;
  }
  setValue(value: string | null): this {
    this.in("setValue", true);
    this.m.value = value === null ? null : String(value);
    return this;
  }
  remove(): void {
    this.in("remove", true);
    const list = this.ex.host.model.metadata;
    const i = list.findIndex((x) => x.id === this.m.id);
    if (i >= 0) list.splice(i, 1);
  }
}

/** Spreadsheet/Sheet.createDeveloperMetadataFinder(); filters compose, find() returns matches. */
export class DeveloperMetadataFinderObj {
  private readonly filters: ((m: MetadataData) => boolean)[] = [];
  constructor(
    private readonly ex: Execution,
    scope: (m: MetadataData) => boolean,
  ) {
    this.filters.push(scope);
  }
  private add(method: string, f: (m: MetadataData) => boolean): this {
    this.ex.enter("DeveloperMetadataFinder", method, "read");
    this.filters.push(f);
    return this;
  }
  withKey(key: string): this {
    return this.add("withKey", (m) => m.key === String(key));
  }
  withValue(value: string): this {
    return this.add("withValue", (m) => m.value === String(value));
  }
  withId(id: number): this {
    return this.add("withId", (m) => m.id === Number(id));
  }
  withVisibility(v: unknown): this {
    return this.add("withVisibility", (m) => m.visibility === enumName(v));
  }
  withLocationType(t: unknown): this {
    return this.add("withLocationType", (m) => m.location.type === enumName(t));
  }
  find(): unknown[] {
    this.ex.enter("DeveloperMetadataFinder", "find", "read");
    return metadataIn(this.ex, (m) => this.filters.every((f) => f(m)));
  }
}
