import { describe, expect, it } from "vitest";
import { issueFindings } from "../../src/core/api/issue-findings";
import { decisionRequest } from "../../src/core/api/requests";

describe("issueFindings", () => {
  it("puts each failed check on the field it is about, with the schema's message", () => {
    const parsed = decisionRequest.safeParse({
      handoffId: "HO-0001",
      decision: "Maybe",
      overrideReason: "",
      overrideApprovedBy: "",
      acknowledgedBy: "",
      acknowledgedOn: "next week",
    });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(issueFindings(parsed.error, ["decision", "acknowledgedOn"] as const)).toEqual([
      {
        row: null,
        field: "decision",
        severity: "error",
        code: "invalid-input",
        message: "Pick Go or Not yet.",
      },
      {
        row: null,
        field: "acknowledgedOn",
        severity: "error",
        code: "invalid-input",
        message: "Enter the acknowledgement date as a date, e.g. 2026-12-01.",
      },
    ]);
  });

  it("leaves out issues about fields the form does not show", () => {
    const parsed = decisionRequest.safeParse({
      handoffId: "",
      decision: "Go",
      overrideReason: "",
      overrideApprovedBy: "",
      acknowledgedBy: "",
      acknowledgedOn: "",
    });
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(issueFindings(parsed.error, ["decision"] as const)).toEqual([]);
  });
});
