import { describe, expect, it } from "vitest";
import { planRegisterSheet } from "../../src/core/register/register-sheet-plan";

describe("planRegisterSheet", () => {
  const plan = planRegisterSheet(999);
  const formatOf = (column: string) => plan.bodyFormats[plan.header.indexOf(column)];

  it("formats the date columns as dates and leaves the rest General", () => {
    for (const c of ["Created", "Target kickoff", "Acknowledged on", "Completed on", "Actual start"]) {
      expect(formatOf(c), c).toBe("yyyy-mm-dd");
    }
    for (const c of ["ID", "Client", "Gate", "Escalations"]) expect(formatOf(c), c).toBe("General");
    expect(plan.bodyFormats).toHaveLength(plan.header.length);
  });

  it("asks Yes or No in Scope matched and Billing aligned, on every body row", () => {
    const first = plan.header.indexOf("Scope matched");
    expect(plan.header[first + 1]).toBe("Billing aligned");
    const letter = (i: number) => String.fromCharCode(65 + i);
    expect(plan.yesNoRange).toBe(`${letter(first)}2:${letter(first + 1)}1000`);
    expect(plan.yesNo).toEqual({ type: "list", values: ["Yes", "No"], help: "Yes or No." });
  });

  it("colours GO and NOT YET in the live gate columns, from row 2 down", () => {
    const gate = String.fromCharCode(65 + plan.header.indexOf("Gate"));
    const detail = String.fromCharCode(65 + plan.header.indexOf("Gate detail"));
    expect(plan.conditionalRules.slice(0, 2).map((r) => [r.ranges, r.when])).toEqual([
      [[`${gate}2:${detail}`], { textEqualTo: "GO" }],
      [[`${gate}2:${detail}`], { textStartsWith: "NOT YET" }],
    ]);
    expect(plan.headerNotes[plan.header.indexOf("ID")]).toBe("Given by Handoff Gate, never reused.");
  });

  it("highlights a handoff past its target kickoff whose gate is still NOT YET, and overdue items", () => {
    // Target kickoff is column I, Gate column J, Overdue items column Q; the start facts run A..I.
    expect(plan.header.slice(8, 10)).toEqual(["Target kickoff", "Gate"]);
    expect(plan.header[16]).toBe("Overdue items");
    expect(plan.conditionalRules.slice(2).map((r) => [r.ranges, r.when])).toEqual([
      [["A2:I"], { formula: '=AND($I2<>"",$I2<TODAY(),LEFT($J2,7)="NOT YET")' }],
      [["Q2:Q"], { numberGreaterThan: 0 }],
    ]);
  });
});
