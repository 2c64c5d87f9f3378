import { describe, expect, it } from "vitest";
import { gateToKeep, planDecision } from "../../src/core/tab/decision-plan";

const cell = (row: number, column = 2) => ({ row, column, value: "" });
const block = {
  decision: cell(30),
  overrideReason: cell(31),
  overrideApprovedBy: cell(32),
  acknowledgedBy: cell(33),
  acknowledgedOn: cell(34),
  gateWhenDecided: cell(35),
};
const request = {
  decision: "Go" as const,
  overrideReason: "Client start date is fixed",
  overrideApprovedBy: "Dana Lee",
  acknowledgedBy: "Sam Ortiz",
  acknowledgedOn: "2026-12-02",
};
const notDecided = { recordedDecision: "", recordedGate: "", gateDetail: "NOT YET: 2 required open" };

describe("planDecision", () => {
  it("writes the six rows of the decision block in one column, typed text literal", () => {
    const plan = planDecision(request, block, notDecided);
    expect([plan.row, plan.column]).toEqual([30, 2]);
    expect(plan.values.map(([v]) => v)).toEqual([
      "Go",
      "'Client start date is fixed",
      "'Dana Lee",
      "'Sam Ortiz",
      { year: 2026, month: 12, day: 2 },
      "'NOT YET: 2 required open",
    ]);
  });

  it("keeps an Acknowledged on typed as text the date picker could not show; clears a date", () => {
    const unedited = { ...request, acknowledgedOn: "" };
    const typed = { ...block, acknowledgedOn: { row: 34, column: 2, value: "Monday" } };
    expect(planDecision(unedited, typed, notDecided).values[4]).toEqual(["'Monday"]);
    const dated = {
      ...block,
      acknowledgedOn: { row: 34, column: 2, value: { year: 2026, month: 12, day: 2 } },
    };
    expect(planDecision(unedited, dated, notDecided).values[4]).toEqual([""]);
  });

  it("refuses a block whose rows were moved apart or lost a label", () => {
    expect(() => planDecision(request, { ...block, acknowledgedBy: cell(40) }, notDecided)).toThrow(
      /put its six rows back together/,
    );
    expect(() => planDecision(request, { ...block, gateWhenDecided: null }, notDecided)).toThrow(
      /moved or edited/,
    );
  });
});

describe("gateToKeep", () => {
  it("takes the gate when a decision is made or changed", () => {
    expect(gateToKeep(notDecided, "Go")).toBe("NOT YET: 2 required open");
    const decided = {
      recordedDecision: "Not yet",
      recordedGate: "NOT YET: 5 required open",
      gateDetail: "GO",
    };
    expect(gateToKeep(decided, "Go")).toBe("GO");
  });

  it("keeps the gate of the decision when only the acknowledgement changes later", () => {
    const decided = { recordedDecision: "Go", recordedGate: "NOT YET: 1 required open", gateDetail: "GO" };
    expect(gateToKeep(decided, "Go")).toBe("NOT YET: 1 required open");
  });

  it("keeps nothing when no decision is recorded", () => {
    expect(gateToKeep({ ...notDecided, recordedGate: "GO" }, "")).toBe("");
  });
});
