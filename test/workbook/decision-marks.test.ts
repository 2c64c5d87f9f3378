import { describe, expect, it } from "vitest";
import { decisionFindings, isOverride } from "../../src/core/gate/decision-rules";
import { COLORS } from "../../src/core/sheet/format-specs";
import { markFindings, NOTE_PREFIX } from "../../src/core/tab/cell-marks";

const none = {
  decision: "",
  overrideReason: "",
  overrideApprovedBy: "",
  acknowledgedBy: "",
  acknowledgedOn: "",
};

describe("the decision block", () => {
  it("treats Go against NOT YET as an override that needs a reason and an approver", () => {
    const go = { ...none, decision: "go" };
    expect(isOverride(go, "NOT YET")).toBe(true);
    expect(decisionFindings(go, "NOT YET").map((f) => f.code)).toEqual(
      expect.arrayContaining(["override-needs-reason", "override-needs-approver"]),
    );
    const justified = {
      ...go,
      overrideReason: "Client deadline",
      overrideApprovedBy: "Ana Ruiz",
      acknowledgedBy: "Sam",
      acknowledgedOn: { year: 2026, month: 12, day: 2 },
    };
    expect(decisionFindings(justified, "NOT YET")).toEqual([]);
    expect(isOverride(go, "GO")).toBe(false);
  });

  it("rejects a decision that is neither Go nor Not yet, and a non-date acknowledgement", () => {
    const codes = decisionFindings({ ...none, decision: "maybe", acknowledgedOn: "next week" }, "GO").map(
      (f) => f.code,
    );
    expect(codes).toEqual(["bad-decision", "bad-acknowledged-on"]);
  });
});

describe("finding marks on cells", () => {
  it("marks a cell, keeps a person's own note, and clears our marks once fixed", () => {
    const notes = [["", "my own note", `${NOTE_PREFIX}old`]];
    const bgs = [["#ffffff", "#ffffff", COLORS.errorBg]];
    const first = markFindings(notes, bgs, [
      { row: 1, column: 1, severity: "error", message: "Name one owner." },
      { row: 1, column: 2, severity: "warning", message: "Overdue." },
    ]);
    expect(first.notes[0]).toEqual([`${NOTE_PREFIX}✖ Name one owner.`, "my own note", ""]);
    expect(first.backgrounds[0]).toEqual([COLORS.errorBg, COLORS.warningBg, null]);
    const fixed = markFindings(
      first.notes,
      first.backgrounds.map((r) => r.map((b) => b ?? "#ffffff")),
      [],
    );
    expect(fixed.notes[0]).toEqual(["", "my own note", ""]);
    expect(fixed.backgrounds[0]).toEqual([null, null, null]);
  });
});
