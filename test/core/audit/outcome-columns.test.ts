import { describe, expect, it } from "vitest";
import { AUDIT_COLUMNS, parseAuditResult } from "../../../src/core/audit/outcome-columns";
import {
  pickReasonText,
  templateVersionName,
  templateVersionNames,
} from "../../../src/core/audit/pick-reason-text";

describe("audit tab columns", () => {
  it("puts documented inputs first, outcomes next, the result last, with no duplicates", () => {
    expect(AUDIT_COLUMNS[0]).toBe("ID");
    expect(AUDIT_COLUMNS.at(-1)).toBe("Result");
    expect(AUDIT_COLUMNS.indexOf("Exceptions")).toBeLessThan(AUDIT_COLUMNS.indexOf("Actual start"));
    expect(new Set(AUDIT_COLUMNS).size).toBe(AUDIT_COLUMNS.length);
  });

  it("reads Result cells leniently", () => {
    expect(parseAuditResult(" pass ")).toBe("Pass");
    expect(parseAuditResult("EXCEPTION")).toBe("Exception");
    expect(parseAuditResult("")).toBeNull();
    expect(parseAuditResult("maybe")).toBeNull();
    expect(parseAuditResult(1)).toBeNull();
  });
});

describe("pickReasonText", () => {
  it("explains each reason on the tab", () => {
    expect(pickReasonText({ id: "HO-1", stratum: "Standard new client", reason: "random" })).toBe(
      "Random pick",
    );
    expect(pickReasonText({ id: "HO-1", stratum: "Owner transfer", reason: "stratum-minimum" })).toBe(
      "Forced: at least one per stratum (Owner transfer)",
    );
    expect(
      pickReasonText({
        id: "HO-1",
        stratum: "Standard new client",
        reason: "first-five-uses",
        firstUseOf: "Double-check before go v2",
      }),
    ).toBe("Forced: one of the first five uses of Double-check before go v2");
  });

  it("names template versions in plain words", () => {
    expect(templateVersionName("standard-new-client@2")).toBe("Standard new client v2");
    expect(templateVersionNames("expansion-change@1, double-check@3")).toBe(
      "Expansion, renewal or change order v1; Double-check before go v3",
    );
    expect(templateVersionName("someone-elses@4")).toBe("someone-elses v4");
  });
});
