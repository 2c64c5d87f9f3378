import { describe, expect, it } from "vitest";
import { SCENARIO_IDS } from "../../src/core/checklist/scenario-ids";
import { storedValue } from "../../src/core/sheet/literal-text";
import { evaluateHandoffTab } from "../../src/core/tab/evaluate-tab";
import { HEADER_CELLS, TABLE_HEADER_ROW } from "../../src/core/tab/tab-layout";
import { readChecklistTab } from "../../src/core/tab/tab-locator";
import { planChecklistTab } from "../../src/core/tab/tab-plan";
import { builtInChecklist } from "../core/support/built-in-checklist";

const header = {
  id: "HO-0007",
  client: '=HYPERLINK("http://evil","x")',
  scenarioName: "Standard new client",
  handoffOwner: "Dana Lee",
  receivingOwner: "Sam Ortiz",
  exceptions: "",
  templateRef: "standard-new-client@1+double-check@1",
  templateLabel: "Standard new client v1 + Double-check before go v1",
  created: { year: 2026, month: 11, day: 2 },
  targetKickoff: { year: 2026, month: 11, day: 20 },
};

const asStored = (values: unknown[][]) => values.map((r) => r.map(storedValue));

describe("a planned checklist tab", () => {
  it.each(SCENARIO_IDS.map((id) => [id] as const))(
    "holds every item of %s plus the review, inside the gate's range",
    (id) => {
      const checklist = builtInChecklist(id, { hasExceptions: false });
      const plan = planChecklistTab(header, checklist);
      const items = checklist.items.length + checklist.review.length;
      expect(plan.lastTableRow - TABLE_HEADER_ROW).toBe(items);
      expect(plan.values[HEADER_CELLS.gate.row - 1]?.[HEADER_CELLS.gate.column - 1]).toBe(
        `=HANDOFF_GATE(A${TABLE_HEADER_ROW}:J${plan.lastTableRow},FALSE,B7)`,
      );
      expect(plan.values.every((r) => r.length === 10)).toBe(true);
      expect(plan.numberFormats).toHaveLength(plan.rows);
      const tab = readChecklistTab(asStored(plan.values));
      expect(tab?.id).toBe("HO-0007");
      expect(tab?.table).toHaveLength(items + 1);
      expect(tab?.decision.decision?.row).toBe(plan.decisionRow);
      expect(tab?.decision.acknowledgedOn?.row).toBe(plan.decisionRow + 4);
    },
  );

  it("adds the high-risk items on top of the standard path when there are exceptions", () => {
    const standard = builtInChecklist("standard-new-client", { hasExceptions: false });
    const risky = builtInChecklist("standard-new-client", { hasExceptions: true });
    expect(risky.items.length).toBe(standard.items.length + 6);
    expect(planChecklistTab(header, risky).lastTableRow).toBe(
      planChecklistTab(header, standard).lastTableRow + 6,
    );
  });

  it("writes people's text so Sheets keeps it literal", () => {
    const plan = planChecklistTab(header, builtInChecklist("owner-transfer", { hasExceptions: false }));
    expect(plan.values[HEADER_CELLS.client.row - 1]?.[1]).toBe(`'${header.client}`);
    expect(plan.values[HEADER_CELLS.handoffOwner.row - 1]?.[1]).toBe("'Dana Lee");
  });

  it("reads back as a NOT YET handoff with every required item open and no findings on a fresh tab", () => {
    const plan = planChecklistTab(header, builtInChecklist("ops-to-delivery", { hasExceptions: false }));
    const evaluation = evaluateHandoffTab(asStored(plan.values), "HO-0007 Acme", {
      year: 2026,
      month: 11,
      day: 3,
    });
    expect(evaluation?.view.gate.verdict).toBe("NOT YET");
    expect(evaluation?.view.client).toBe(header.client);
    expect(evaluation?.view.items).toHaveLength(16);
    expect(evaluation?.view.gate.requiredTotal).toBeGreaterThan(0);
    expect(evaluation?.view.gate.requiredDone).toBe(0);
  });

  it("is found again after rows are inserted above the table and between items", () => {
    const plan = planChecklistTab(header, builtInChecklist("expansion-change", { hasExceptions: false }));
    const values = asStored(plan.values);
    values.splice(TABLE_HEADER_ROW - 1, 0, Array(10).fill(""));
    values.splice(TABLE_HEADER_ROW + 3, 0, [
      "Extra",
      "A row a person added",
      "task",
      true,
      "Done",
      "",
      "",
      "",
      "",
      "",
    ]);
    const tab = readChecklistTab(values);
    expect(tab?.tableHeaderRow).toBe(TABLE_HEADER_ROW + 1);
    expect(tab?.table).toHaveLength(6 + 8 + 2);
  });

  it("is not a checklist tab when the handoff id is gone", () => {
    expect(
      readChecklistTab([
        ["Client", "Acme"],
        ["Status", "Item"],
      ]),
    ).toBeNull();
  });

  it("finds a tab in the layout made before this one: gate in F1, seven header rows, codes for Kind and template", () => {
    const values = [
      ["Handoff", "HO-0003 · Initech", "", "", "Gate", "NOT YET", "NOT YET: 2 required open", "", "", ""],
      ["Client", "Initech", "", "", "Decision", "", "", "", "", ""],
      ["Scenario", "Standard new client", "", "", "Acknowledged by", "", "", "", "", ""],
      ["Handoff owner", "Dana Lee", "", "", "Acknowledged on", "", "", "", "", ""],
      ["Receiving owner", "Sam Ortiz", "", "", "Target kickoff", "", "", "", "", ""],
      ["Exceptions", "", "", "", "Created", "", "", "", "", ""],
      ["Template", "standard-new-client@1+double-check@1", "", "", "Handoff ID", "HO-0003", "", "", "", ""],
      ["Section", "Item", "Kind", "Required", "Status", "Owner", "Due", "Evidence", "Approved by", "Notes"],
      ["Commercial", "Confirm the deal", "task", "TRUE", "Not started", "", "", "", "", ""],
      ["Double-check", "Review the handoff", "review", "yes", "In progress", "", "", "", "", ""],
      Array(10).fill(""),
      ["Decision", "", "", "", "", "", "", "", "", ""],
      ["Override reason", "", "", "", "", "", "", "", "", ""],
    ];
    const tab = readChecklistTab(values);
    expect(tab?.id).toBe("HO-0003");
    expect(tab?.tableHeaderRow).toBe(8);
    expect(tab?.formulaCells.gate).toEqual({ row: 1, column: 6 });
    expect(tab?.formulaCells.gateDetail).toEqual({ row: 1, column: 7 });
    const evaluation = evaluateHandoffTab(values, "HO-0003 Initech", { year: 2026, month: 11, day: 3 });
    expect(evaluation?.view.templateRef).toBe("standard-new-client@1+double-check@1");
    expect(evaluation?.view.items.map((i) => [i.kind, i.required])).toEqual([
      ["task", true],
      ["review", true],
    ]);
  });

  it("writes Kind in words and the template line in words a reader maps back to the codes", () => {
    const plan = planChecklistTab(header, builtInChecklist("standard-new-client", { hasExceptions: false }));
    // Written literal, like every text from the templates sheet: Sheets stores it without the apostrophe.
    expect(plan.values[HEADER_CELLS.template.row - 1]?.[HEADER_CELLS.template.column - 1]).toBe(
      "'Standard new client v1 + Double-check before go v1",
    );
    // Template text is written literal (a leading apostrophe Sheets does not show).
    expect(asStored(plan.values)[TABLE_HEADER_ROW]?.slice(0, 5)).toEqual([
      "Commercial",
      expect.any(String),
      "Task",
      true,
      "Not started",
    ]);
    expect(plan.frozenRows).toBe(TABLE_HEADER_ROW);
    expect(plan.fontSizes[HEADER_CELLS.gate.row - 1]?.[HEADER_CELLS.gate.column - 1]).toBe(18);
    const evaluation = evaluateHandoffTab(asStored(plan.values), "HO-0007 Acme", {
      year: 2026,
      month: 11,
      day: 3,
    });
    expect(evaluation?.view.templateRef).toBe("standard-new-client@1+double-check@1");
    expect(evaluation?.view.items[0]?.kind).toBe("task");
  });
});
