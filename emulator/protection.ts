// Protection objects (Range.protect / Sheet.protect); counted as "Protection.<method>".
// Warning-only protections let everyone edit after a confirmation (Sheets API ProtectedRange.warningOnly).

import type { Execution } from "./execution";
import type { ProtectionData, SheetData } from "./workbook-model";

/** A Protection handed to the bundle. */
export class ProtectionObj {
  constructor(
    private readonly ex: Execution,
    private readonly sheet: SheetData,
    private readonly data: ProtectionData,
  ) {}
  private in(method: string, write = false): void {
    this.ex.enter("Protection", method, write ? "write" : "read");
  }
  setWarningOnly(warningOnly: boolean): this {
    this.in("setWarningOnly", true);
    this.data.warningOnly = Boolean(warningOnly);
    return this;
  }
  isWarningOnly(): boolean {
    this.in("isWarningOnly");
    return this.data.warningOnly;
  }
  setDescription(description: string): this {
    this.in("setDescription", true);
    this.data.description = String(description);
    return this;
  }
  getDescription(): string {
    this.in("getDescription");
    return this.data.description;
  }
  getProtectionType(): unknown {
    this.in("getProtectionType");
    return this.ex.enums.ProtectionType?.[this.data.type];
  }
  getRange(): object {
    this.in("getRange");
    return this.ex.makeRange({ sheet: this.sheet, grid: { ...this.data.range } });
  }
  canEdit(): boolean {
    this.in("canEdit");
    return true;
  }
  remove(): void {
    this.in("remove", true);
    this.sheet.protections = this.sheet.protections.filter((p) => p.id !== this.data.id);
  }
}
