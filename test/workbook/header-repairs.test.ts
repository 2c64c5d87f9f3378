import { describe, expect, it } from "vitest";
import { CHECKLIST_COLUMNS } from "../../src/core/checklist/columns";
import { evaluateGateTable } from "../../src/core/gate/gate-formula";
import { gateDisplayProblem, gateFormulaRange } from "../../src/core/tab/header-repairs";

const TODAY = { year: 2026, month: 11, day: 24 };
const HEADER = [...CHECKLIST_COLUMNS];

describe("a gate cell's display and formula", () => {
  it("tells #NAME?, Loading… and other errors apart from a verdict", () => {
    expect(gateDisplayProblem("HO-0003", "#NAME?")).toMatch(
      /^HO-0003's gate shows #NAME\?: Handoff Gate is not enabled/,
    );
    expect(gateDisplayProblem("HO-0003", "Loading...")).toMatch(
      /still calculating .*run Validate this handoff again/,
    );
    expect(gateDisplayProblem("HO-0003", "Loading…")).toMatch(/still calculating/);
    expect(gateDisplayProblem("HO-0003", "#ERROR!")).toMatch(
      /shows #ERROR!: .*the tab itself was not deleted/,
    );
    expect(gateDisplayProblem("HO-0003", "NOT YET")).toBeNull();
    expect(gateDisplayProblem("HO-0003", "GO")).toBeNull();
  });

  it("reads the range of a HANDOFF_GATE formula, and nothing else", () => {
    expect(gateFormulaRange("=HANDOFF_GATE(A8:J30,FALSE,B6)")).toEqual({
      top: 8,
      left: 1,
      bottom: 30,
      right: 10,
    });
    expect(gateFormulaRange("=handoff_gate($B$10:$K$41)")).toEqual({
      top: 10,
      left: 2,
      bottom: 41,
      right: 11,
    });
    expect(gateFormulaRange("=HANDOFF_GATE(#REF!,FALSE,B6)")).toBeNull();
    expect(gateFormulaRange("GO")).toBeNull();
  });

  it("does not read a decision block inside the range as items", () => {
    const values = [
      HEADER,
      ["S", "Item one", "task", true, "Done", "Dana Lee", "", "", "", ""],
      ["", "", "", "", "", "", "", "", "", ""],
      ["Decision", "Go", "Go only when the gate says GO", "", "", "", "", "", "", ""],
      ["Override reason", "", "", "", "", "", "", "", "", ""],
      ["Override approved by", "", "", "", "", "", "", "", "", ""],
      ["Acknowledged by", "", "", "", "", "", "", "", "", ""],
      ["Acknowledged on", "", "", "", "", "", "", "", "", ""],
      ["Gate when decided", "", "", "", "", "", "", "", "", ""],
      ["S", "Item two below the block", "task", true, "Not started", "Dana Lee", "2026-12-01", "", "", ""],
    ];
    expect(evaluateGateTable(values, true, "", TODAY)).toBe("NOT YET: 1 required open");
    values[9] = ["", "", "", "", "", "", "", "", "", ""];
    expect(evaluateGateTable(values, false, "", TODAY)).toBe("GO");
  });
});
