import { describe, expect, it } from "vitest";
import { readAuditRequest } from "../../../src/core/audit/audit-request";

const today = { year: 2026, month: 11 };

describe("readAuditRequest", () => {
  it("reads a blank quarter as the last complete one and a blank size as the default rule", () => {
    expect(readAuditRequest({ quarter: "", seed: "", size: "" }, today)).toEqual({
      quarter: { year: 2026, q: 3 },
      seed: "",
      size: null,
    });
  });

  it("reads what a person typed: quarter in any spelling, seed trimmed, size as a number", () => {
    expect(readAuditRequest({ quarter: "q1 2026", seed: " 7F3A-91C2 ", size: " 10 " }, today)).toEqual({
      quarter: { year: 2026, q: 1 },
      seed: "7F3A-91C2",
      size: 10,
    });
  });

  it("names the first field to fix, in the form's own words", () => {
    expect(readAuditRequest({ quarter: "last quarter", seed: "", size: "" }, today)).toEqual({
      error: '"last quarter" is not a quarter: write it like 2026-Q3.',
    });
    expect(readAuditRequest({ quarter: "", seed: "", size: "ten" }, today)).toEqual({
      error: '"ten" is not a sample size: enter a whole number from 1, or leave it blank.',
    });
    expect(readAuditRequest({ quarter: "", seed: "=cmd()", size: "" }, today)).toEqual({
      error: "Use letters, digits, dashes and dots in the seed, e.g. 7F3A-91C2.",
    });
  });
});
