import { describe, expect, it } from "vitest";
import { CHECKLIST_COLUMNS } from "../../src/core/checklist/columns";
import { readChecklistTable } from "../../src/core/checklist/table-reader";
import { validateChecklist } from "../../src/core/gate/checklist-rules";
import { computeGate, describeGate, type GateResult, isReviewRow } from "../../src/core/gate/gate";
import { evaluateGateTable } from "../../src/core/gate/gate-formula";
import { builtInChecklist } from "./support/built-in-checklist";
import { type Cells, doneLine, reviewLine, row, TODAY, table } from "./support/checklist-fixture";

const gateOf = (values: unknown[][], exceptions?: string): GateResult => {
  const { rows } = readChecklistTable(values);
  return computeGate(rows, validateChecklist(rows, { today: TODAY, exceptions }));
};

const fresh = (lines: Cells[]) => table([...lines, reviewLine()]);

describe("computeGate", () => {
  it("is GO when every required item and the review are done and no row has an error", () => {
    const g = gateOf(fresh([doneLine(), doneLine({ Kind: "attachment", Evidence: "https://drive/sow" })]));
    expect(g).toEqual({
      verdict: "GO",
      reasons: {},
      requiredDone: 2,
      requiredTotal: 2,
      reviewDone: 1,
      reviewTotal: 1,
      errors: 0,
      warnings: 0,
      todos: 0,
    });
  });

  it("counts a required item N/A with reason and approver as done", () => {
    const g = gateOf(fresh([doneLine({ Status: "N/A", Notes: "no SLA sold", "Approved by": "Sam Roe" })]));
    expect(g).toMatchObject({ verdict: "GO", requiredDone: 1, requiredTotal: 1 });
  });

  it("is NOT YET while a required item is open, counting it", () => {
    const g = gateOf(fresh([doneLine(), doneLine({ Status: "In progress", Due: "2026-07-01" })]));
    expect(g).toMatchObject({
      verdict: "NOT YET",
      reasons: { "required-open": 1 },
      requiredDone: 1,
      requiredTotal: 2,
      errors: 0,
    });
  });

  it("does not wait for optional open items that are valid", () => {
    const g = gateOf(
      fresh([doneLine(), doneLine({ Required: false, Status: "Not started", Due: "2026-07-01" })]),
    );
    expect(g).toMatchObject({ verdict: "GO", requiredTotal: 1 });
  });

  it("is NOT YET when any row has an error, even an optional one", () => {
    const g = gateOf(
      fresh([
        doneLine(),
        doneLine({ Required: false, Status: "Not started", Owner: "Sales/Ops", Due: "2026-07-01" }),
      ]),
    );
    expect(g).toMatchObject({ verdict: "NOT YET", reasons: { "multiple-owners": 1 }, errors: 1 });
  });

  it("counts an untouched item's missing owner and due date as to do, not as errors, still NOT YET", () => {
    const g = gateOf(
      fresh([doneLine(), doneLine({ Required: false, Status: "Not started", Owner: "", Due: "" })]),
    );
    expect(g).toMatchObject({
      verdict: "NOT YET",
      reasons: { "missing-owner": 1, "missing-due": 1 },
      errors: 0,
      todos: 2,
    });
    expect(describeGate(g, true)).toBe(
      "NOT YET: 1 item without an owner yet · 1 item without a due date yet",
    );
  });

  it("does not count a Done item lacking evidence as done", () => {
    const g = gateOf(fresh([doneLine({ Kind: "approval", Evidence: "CRM 41" })]));
    expect(g).toMatchObject({
      verdict: "NOT YET",
      reasons: { "needs-approver": 1 },
      requiredDone: 0,
      requiredTotal: 1,
    });
  });

  it("keeps GO with overdue warnings, which never block", () => {
    const g = gateOf(
      fresh([
        doneLine(),
        doneLine({ Required: false, Status: "Blocked", Due: "2026-06-01", Notes: "waiting on legal" }),
      ]),
    );
    expect(g).toMatchObject({ verdict: "GO", warnings: 1, errors: 0 });
  });

  it("requires every review row to be Done, by Kind or by the double-check section", () => {
    const bySection = reviewLine({ Kind: "", Status: "N/A", Notes: "skip", "Approved by": "Sam" });
    const g = gateOf(
      table([doneLine(), reviewLine(), bySection, reviewLine({ Status: "In progress", Due: "2026-07-01" })]),
    );
    expect(g).toMatchObject({
      verdict: "NOT YET",
      reasons: { "review-open": 2 },
      reviewDone: 1,
      reviewTotal: 3,
    });
  });

  it("judges a table without review rows on its items alone", () => {
    expect(gateOf(table([doneLine()]))).toMatchObject({ verdict: "GO", reviewTotal: 0 });
  });

  it("is NOT YET for a table with no items", () => {
    expect(gateOf(table([]))).toMatchObject({ verdict: "NOT YET", reasons: { "no-items": 1 } });
  });

  it("is NOT YET when exceptions are recorded without custom/high-risk items", () => {
    expect(gateOf(fresh([doneLine()]), "custom pricing")).toMatchObject({
      verdict: "NOT YET",
      reasons: { "exceptions-need-high-risk": 1 },
    });
    expect(
      gateOf(fresh([doneLine(), doneLine({ Section: "Custom / high-risk" })]), "custom pricing").verdict,
    ).toBe("GO");
  });

  it("recognises review rows", () => {
    expect(isReviewRow(row({ kind: "review" }))).toBe(true);
    expect(isReviewRow(row({ kind: null, section: " double-check  BEFORE go" }))).toBe(true);
    expect(isReviewRow(row({ kind: "task", section: "Risk" }))).toBe(false);
  });
});

describe("describeGate", () => {
  const base: GateResult = {
    verdict: "NOT YET",
    reasons: {},
    requiredDone: 0,
    requiredTotal: 0,
    reviewDone: 0,
    reviewTotal: 0,
    errors: 0,
    warnings: 0,
    todos: 0,
  };

  it("says exactly GO or NOT YET without detail", () => {
    expect(describeGate({ ...base, reasons: { "required-open": 3 } }, false)).toBe("NOT YET");
    expect(describeGate({ ...base, verdict: "GO" }, false)).toBe("GO");
    expect(describeGate({ ...base, verdict: "GO" }, true)).toBe("GO");
  });

  it("lists counted reasons in a fixed order with human labels", () => {
    const g = {
      ...base,
      reasons: { "bad-status": 1, "missing-owner": 1, "required-open": 3 },
    } satisfies GateResult;
    expect(describeGate(g, true)).toBe(
      "NOT YET: 3 required open · 1 item without an owner yet · 1 bad status",
    );
    const every: GateResult = {
      ...base,
      reasons: {
        "no-items": 1,
        "required-open": 2,
        "review-open": 8,
        "exceptions-need-high-risk": 1,
        "missing-status": 1,
        "bad-status": 2,
        "missing-owner": 3,
        "multiple-owners": 4,
        "team-owner": 5,
        "missing-due": 6,
        "bad-due": 7,
        "na-needs-reason": 1,
        "na-needs-approver": 2,
        "needs-evidence": 3,
        "needs-approver": 4,
      },
    };
    expect(describeGate(every, true)).toBe(
      "NOT YET: no checklist items · 2 required open · 8 review open · exceptions without custom/high-risk items · " +
        "3 items without an owner yet · 4 shared owner · 5 team as owner · 6 items without a due date yet · 7 bad due date · " +
        "1 missing status · 2 bad status · 1 N/A without reason · 2 N/A without approver · 3 missing evidence · 4 missing approver",
    );
  });
});

describe("evaluateGateTable", () => {
  const newTab = (scenario: string, exceptions: boolean) => {
    const c = builtInChecklist(scenario, { hasExceptions: exceptions });
    return [
      [...CHECKLIST_COLUMNS],
      ...[...c.items, ...c.review].map((i) => [
        i.section,
        i.text,
        i.kind,
        i.required,
        "Not started",
        "",
        "",
        "",
        "",
        "",
      ]),
    ];
  };
  const finish = (values: unknown[][]) =>
    values.map((line, i) =>
      i === 0
        ? line
        : [
            ...line.slice(0, 4),
            "Done",
            "Dana Lee",
            { year: 2026, month: 6, day: 1 },
            "https://drive/x",
            "Sam Roe",
            "",
          ],
    );

  it("reports a freshly built tab as NOT YET with what blocks it", () => {
    expect(evaluateGateTable(newTab("standard-new-client", false), "", "", TODAY)).toBe("NOT YET");
    expect(evaluateGateTable(newTab("standard-new-client", false), true, "none", TODAY)).toBe(
      "NOT YET: 10 required open · 8 review open · 18 items without an owner yet · 18 items without a due date yet",
    );
  });

  it("turns GO when every item of a high-risk tab is done with evidence and approvers", () => {
    expect(
      evaluateGateTable(finish(newTab("custom-high-risk", false)), "TRUE", "Custom pricing", TODAY),
    ).toBe("GO");
  });

  it("flags exceptions on a tab built without the custom/high-risk items", () => {
    expect(
      evaluateGateTable(finish(newTab("expansion-change", false)), 1, "Extended payment terms", TODAY),
    ).toBe("NOT YET: exceptions without custom/high-risk items");
    expect(
      evaluateGateTable(finish(newTab("expansion-change", true)), 1, "Extended payment terms", TODAY),
    ).toBe("GO");
  });

  it("reads detail leniently: TRUE, 'true', 1 give detail; blank, FALSE, 0 do not", () => {
    const values = newTab("owner-transfer", false);
    for (const on of [true, "true", " TRUE ", 1, "yes"])
      expect(evaluateGateTable(values, on, "", TODAY)).toMatch(/^NOT YET: /);
    for (const off of ["", undefined, null, false, "FALSE", 0, "nonsense"]) {
      expect(evaluateGateTable(values, off, "", TODAY)).toBe("NOT YET");
    }
  });

  it("accepts exceptions given as a range, ignoring blanks and unticked boxes", () => {
    const values = finish(newTab("ops-to-delivery", false));
    expect(evaluateGateTable(values, true, [["", false]], TODAY)).toBe("GO");
    expect(evaluateGateTable(values, true, [["", "Custom SLA"]], TODAY)).toBe(
      "NOT YET: exceptions without custom/high-risk items",
    );
  });

  it("shows the example line of the issue for its case", () => {
    const values = table([
      doneLine({ Status: "Not started", Due: "2026-07-01" }),
      doneLine({ Status: "Blocked", Due: "2026-07-01", Notes: "waiting on the signed SOW" }),
      doneLine({ Status: "In progress", Owner: "", Due: "2026-07-01" }),
      doneLine({ Required: false, Status: "need clarification", Due: "2026-07-01" }),
    ]);
    expect(evaluateGateTable(values, true, "", TODAY)).toBe(
      "NOT YET: 3 required open · 1 item without an owner yet · 1 bad status",
    );
  });

  it("throws when the table has no Status column", () => {
    expect(() => evaluateGateTable([["Item"], ["x"]], false, "", TODAY)).toThrow(/no "Status" column/);
  });
});
