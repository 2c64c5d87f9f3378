import { describe, expect, it } from "vitest";
import { parseStatus } from "../../src/core/checklist/status-reader";
import { isOpenStatus, STATUSES } from "../../src/core/checklist/statuses";

describe("parseStatus", () => {
  it("reads every status in any case with surrounding and doubled spaces", () => {
    for (const s of STATUSES) {
      expect(parseStatus(s)).toBe(s);
      expect(parseStatus(`  ${s.toUpperCase()} `)).toBe(s);
    }
    expect(parseStatus("not   started")).toBe("Not started");
    expect(parseStatus("n/a")).toBe("N/A");
  });

  it("refuses what is not a status", () => {
    for (const v of [
      "need clarification",
      "tbd",
      "",
      "Doneish",
      "complete",
      true,
      1,
      null,
      undefined,
      new Date(),
    ]) {
      expect(parseStatus(v)).toBeNull();
    }
  });

  it("treats everything but Done and N/A as open, including an unreadable status", () => {
    expect(STATUSES.filter((s) => isOpenStatus(s))).toEqual(["Not started", "In progress", "Blocked"]);
    expect(isOpenStatus(null)).toBe(true);
  });
});
