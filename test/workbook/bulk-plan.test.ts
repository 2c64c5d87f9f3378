// Bulk actions as plain data: which cells get which value, what is left alone and why.
import { describe, expect, it } from "vitest";
import { addDays, daysBeforeKickoff, defaultDue } from "../../src/core/checklist/due-offsets";
import { readChecklistTable } from "../../src/core/checklist/table-reader";
import { valuesAfterGroups } from "../../src/core/sheet/cell-block";
import { assignProblem, planAssign, planDueFromKickoff, planMarkDone } from "../../src/core/tab/bulk-plan";
import { type Cells, COLUMNS_IN_ORDER, TODAY, table } from "../core/support/checklist-fixture";

// Columns Section…Notes in A..J; the table's header on sheet row 8, so item i (1-based) is on row 8 + i.
const place = { tableHeaderRow: 8, columns: COLUMNS_IN_ORDER };
const line = (over: Cells): Cells => ({
  Section: "Scope",
  Item: "An item",
  Kind: "task",
  Required: true,
  Status: "Not started",
  ...over,
});
const LINES: Cells[] = [
  line({ Section: "Commercial", Item: "Confirm status" }),
  line({ Section: "Commercial", Item: "Billing entity", Owner: "Ana Diaz" }),
  line({ Item: "Summarize scope", Due: { year: 2026, month: 7, day: 3 } }),
  line({ Item: "Record why", Status: "Done" }),
  line({ Section: "Documents", Item: "Attach SOW", Kind: "attachment" }),
  line({ Section: "Double-check before go", Item: "Tools ready", Kind: "review" }),
  line({ Section: "Acknowledgement", Item: "Handoff acknowledged", Kind: "acknowledgement" }),
];
const rows = readChecklistTable(table(LINES)).rows;
const cellsOf = (plan: { groups: { cells: readonly { row: number; column: number }[]; value: unknown }[] }) =>
  plan.groups.map((g) => ({ value: g.value, cells: g.cells.map((c) => `${c.row}:${c.column}`) }));
const DEC_1 = { year: 2026, month: 12, day: 1 };

describe("planAssign", () => {
  it("gives the owner only to items with an empty Owner and the due date only to open items with an empty Due", () => {
    const plan = planAssign(rows, place, { section: "", owner: "Dana Lee", due: DEC_1 });
    expect(cellsOf(plan)).toEqual([
      { value: "'Dana Lee", cells: ["9:6", "11:6", "12:6", "13:6", "14:6", "15:6"] },
      { value: DEC_1, cells: ["9:7", "10:7", "13:7", "14:7", "15:7"] },
    ]);
    expect(plan.changed).toBe(7);
    expect(plan.message).toBe(
      "Dana Lee now owns 6 items that had no owner; 5 open items without a due date now due 2026-12-01. 1 item kept the Owner already typed.",
    );
  });

  it("keeps to one section, matched ignoring case, and refuses a section the checklist lacks", () => {
    const plan = planAssign(rows, place, { section: " commercial ", owner: "Dana Lee", due: null });
    expect(cellsOf(plan)).toEqual([{ value: "'Dana Lee", cells: ["9:6"] }]);
    expect(plan.message).toBe(
      "Dana Lee now owns 1 item that had no owner in Commercial. 1 item kept the Owner already typed.",
    );
    expect(() => planAssign(rows, place, { section: "Legal", owner: "Dana Lee", due: null })).toThrow(
      "Section: this checklist has no section “Legal”. Pick one of its sections, or “Whole checklist”.",
    );
  });

  it("writes an owner that looks like a formula as literal text, and says when there is nothing to fill", () => {
    const full = readChecklistTable(table([line({ Owner: "Ana Diaz", Due: "2026-07-01" })])).rows;
    const plan = planAssign(full, place, { section: "", owner: "Dana Lee", due: DEC_1 });
    expect(plan.groups).toEqual([]);
    expect(plan.message).toBe("Nothing to fill: every item already has what you entered.");
    const formula = planAssign(rows, place, { section: "Documents", owner: "=1+1 Smith", due: null });
    expect(formula.groups[0]?.value).toBe("'=1+1 Smith");
  });

  it("asks for an owner or a due date", () => {
    expect(assignProblem({ owner: " ", due: "" })).toBe(
      "Owner and Due are both empty: enter the owner, the due date, or both, to give to the items without one.",
    );
    expect(assignProblem({ owner: "", due: "2026-12-01" })).toBeNull();
  });
});

describe("planMarkDone", () => {
  const pick = (...indexes: number[]) =>
    indexes.map((i) => ({ row: 8 + i, itemText: String(LINES[i - 1]?.Item) }));
  // Done needs the accountable person: the same lines, each with its owner.
  const owned = readChecklistTable(table(LINES.map((l) => ({ Owner: "Ana Diaz", ...l })))).rows;

  it("marks each item Done in one group; one that cannot be Done yet stays and says why", () => {
    const plan = planMarkDone(owned, place, pick(1, 3, 5, 6), TODAY);
    expect(cellsOf(plan)).toEqual([{ value: "Done", cells: ["9:5", "11:5", "14:5"] }]);
    expect(plan.skipped).toEqual([
      {
        row: 13,
        text: "Attach SOW",
        reason:
          "An attachment counts as Done only with evidence: put a link or reference to it in Evidence, or set Status back to In progress.",
      },
    ]);
    expect(plan.message).toBe("3 items marked Done. 1 item not yet: see why below.");
  });

  it("leaves a required item without an owner as it is: Done needs the one person accountable", () => {
    const plan = planMarkDone(rows, place, pick(1), TODAY);
    expect(plan.groups).toEqual([]);
    expect(plan.skipped.map((s) => [s.row, s.text])).toEqual([[9, "Confirm status"]]);
    expect(plan.skipped[0]?.reason).toMatch(/names no owner: put the one person accountable for it in Owner/);
  });

  it("leaves an item Done already as it is and an item that moved for a refresh", () => {
    const plan = planMarkDone(rows, place, [...pick(4), { row: 9, itemText: "Something else" }], TODAY);
    expect(plan.groups).toEqual([]);
    expect(plan.skipped.map((s) => s.reason)).toEqual([
      "it moved or changed since the sidebar loaded it: press ↻ Refresh and try again",
    ]);
  });

  it("the values after writing read as Done", () => {
    const values = table(LINES);
    const plan = planMarkDone(owned, place, pick(1), TODAY);
    // The table starts on sheet row 8: pad seven rows above it.
    const sheet = [...Array.from({ length: 7 }, () => []), ...values];
    expect(valuesAfterGroups(sheet, plan.groups)[8]?.[4]).toBe("Done");
  });
});

describe("due dates from the target kickoff", () => {
  it("by default: the work a week before kickoff, the acknowledgement two days, the review one day", () => {
    expect(daysBeforeKickoff({ section: "Scope", kind: "task" })).toBe(7);
    expect(daysBeforeKickoff({ section: "Documents", kind: "attachment" })).toBe(7);
    expect(daysBeforeKickoff({ section: "Acknowledgement", kind: "acknowledgement" })).toBe(2);
    expect(daysBeforeKickoff({ section: "Double-check before go", kind: null })).toBe(1);
    expect(addDays({ year: 2026, month: 3, day: 1 }, -1)).toEqual({ year: 2026, month: 2, day: 28 });
    expect(addDays({ year: 2024, month: 3, day: 1 }, -1)).toEqual({ year: 2024, month: 2, day: 29 });
    expect(addDays({ year: 2026, month: 12, day: 31 }, 1)).toEqual({ year: 2027, month: 1, day: 1 });
  });

  it("a default due date already past is today", () => {
    const kickoff = { year: 2026, month: 6, day: 18 };
    expect(defaultDue({ section: "Scope", kind: "task" }, kickoff, TODAY)).toEqual(TODAY);
    expect(defaultDue({ section: "x", kind: "review" }, kickoff, TODAY)).toEqual({
      year: 2026,
      month: 6,
      day: 17,
    });
  });

  it("fills only the empty Due of open items, grouped by date", () => {
    const plan = planDueFromKickoff(rows, place, DEC_1, TODAY);
    expect(cellsOf(plan)).toEqual([
      { value: { year: 2026, month: 11, day: 24 }, cells: ["9:7", "10:7", "13:7"] },
      { value: { year: 2026, month: 11, day: 30 }, cells: ["14:7"] },
      { value: { year: 2026, month: 11, day: 29 }, cells: ["15:7"] },
    ]);
    expect(plan.message).toBe(
      "Due dates set for 5 open items from the target kickoff 2026-12-01. 1 item kept the Due already typed.",
    );
  });

  it("asks for a target kickoff when the handoff has none", () => {
    expect(() => planDueFromKickoff(rows, place, null, TODAY)).toThrow(
      "Target kickoff: this handoff has no target kickoff date. Put the date in Target kickoff at the top of its tab, then try again.",
    );
  });
});
