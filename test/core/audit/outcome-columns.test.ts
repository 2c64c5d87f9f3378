import { describe, expect, it } from "vitest";
import { AUDIT_COLUMNS, parseAuditResult } from "../../../src/core/audit/outcome-columns";
import { pickReasonText } from "../../../src/core/audit/pick-reason-text";
import { summarizeResults } from "../../../src/core/audit/summary";

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

describe("summarizeResults", () => {
  it("counts only filled results and states what they show", () => {
    const summary = summarizeResults(["Pass", "", "Exception", "pass", null, "Pass"]);
    expect(summary).toMatchObject({ sampled: 6, completed: 4, exceptions: 1, exceptionRate: 0.25 });
    expect(summary.statement).toMatch(/^1 exception in 4 samples \(observed rate 25 %\)/);
  });

  it("gives the clean-sample statement once all are Pass", () => {
    const summary = summarizeResults(Array.from({ length: 11 }, () => "Pass"));
    expect(summary.exceptionRate).toBe(0);
    expect(summary.statement).toContain("below about 24 %");
  });

  it("has no rate before any result is filled", () => {
    expect(summarizeResults(["", ""]).exceptionRate).toBeNull();
  });
});

describe("pickReasonText", () => {
  it("explains each reason on the tab", () => {
    expect(pickReasonText({ id: "HO-1", stratum: "Scenario: x", reason: "random" })).toBe("Random pick");
    expect(pickReasonText({ id: "HO-1", stratum: "Owner transfer", reason: "stratum-minimum" })).toBe(
      "At least one per stratum: Owner transfer",
    );
    expect(
      pickReasonText({
        id: "HO-1",
        stratum: "Scenario: x",
        reason: "first-five-uses",
        firstUseOf: "double-check@2",
      }),
    ).toBe("Review the first five uses: double-check@2");
  });
});
