import { describe, expect, it } from "vitest";
import { validateChecklist } from "../../src/core/gate/checklist-rules";
import type { Finding, FindingCode } from "../../src/core/gate/findings";
import { validateRow } from "../../src/core/gate/row-rules";
import { row, TODAY } from "./support/checklist-fixture";

const codes = (fs: Finding[]) => fs.map((f) => f.code);
const only = (fs: Finding[], code: FindingCode) => {
  const f = fs.find((x) => x.code === code);
  if (!f) throw new Error(`no ${code} in ${codes(fs).join(", ")}`);
  return f;
};

describe("validateRow", () => {
  it("finds nothing wrong with a valid open row or a plain Done task", () => {
    expect(validateRow(row(), TODAY)).toEqual([]);
    expect(validateRow(row({ status: "Done", statusText: "Done", due: null }), TODAY)).toEqual([]);
    expect(validateRow(row({ status: "Done", required: false, owner: "", due: null }), TODAY)).toEqual([]);
  });

  it("requires a status, and names the statuses in the fix", () => {
    const missing = only(validateRow(row({ status: null, statusText: "" }), TODAY), "missing-status");
    expect(missing).toEqual({
      row: 1,
      field: "Status",
      severity: "error",
      code: "missing-status",
      message: "Status is empty: pick Not started, In progress, Blocked, Done or N/A.",
    });
    const bad = only(
      validateRow(row({ status: null, statusText: "need clarification", index: 7 }), TODAY),
      "bad-status",
    );
    expect(bad).toMatchObject({ row: 7, field: "Status", severity: "error" });
    expect(bad.message).toBe(
      'Status "need clarification" is not a status: pick Not started, In progress, Blocked, Done or N/A, and put the open question in Notes with an owner and a due date.',
    );
  });

  it("treats an item with an unreadable status as open: it still needs an owner and a due date", () => {
    expect(codes(validateRow(row({ status: null, statusText: "tbd", owner: "", due: null }), TODAY))).toEqual(
      ["bad-status", "missing-owner", "missing-due"],
    );
  });

  it("requires one person as owner of every open status", () => {
    for (const status of ["Not started", "In progress", "Blocked"] as const) {
      const f = only(validateRow(row({ status, owner: "" }), TODAY), "missing-owner");
      expect(f).toMatchObject({ field: "Owner", severity: "todo" });
      expect(f.message).toBe("No owner yet: put the one person who owns this item in Owner.");
    }
    expect(only(validateRow(row({ owner: "TBD" }), TODAY), "missing-owner").message).toBe(
      'Owner "TBD" is not a person: put the one person who owns this open item in Owner.',
    );
    expect(only(validateRow(row({ owner: "Sales/Ops" }), TODAY), "multiple-owners").message).toBe(
      'Owner "Sales/Ops" names more than one person: put one person in Owner (others can go in Notes).',
    );
    expect(only(validateRow(row({ owner: "a@x.com, b@x.com" }), TODAY), "multiple-owners").field).toBe(
      "Owner",
    );
    expect(only(validateRow(row({ owner: "Ops team" }), TODAY), "team-owner").message).toBe(
      'Owner "Ops team" is a team, not a person: put the one person who owns this item in Owner.',
    );
  });

  it("requires a real due date on open items", () => {
    const missing = only(validateRow(row({ due: null, dueText: "" }), TODAY), "missing-due");
    expect(missing).toMatchObject({ field: "Due", severity: "todo" });
    expect(missing.message).toBe(
      "No due date yet: put the date this item will be resolved in Due, e.g. 2026-12-01.",
    );
    const bad = only(validateRow(row({ due: "invalid", dueText: "next week" }), TODAY), "bad-due");
    expect(bad.message).toBe('Due "next week" is not a date: put a real date in Due, e.g. 2026-12-01.');
  });

  it("warns, without an error, when an open item is overdue; due today is not overdue", () => {
    const late = validateRow(row({ due: { year: 2026, month: 6, day: 14 } }), TODAY);
    expect(late).toEqual([
      {
        row: 1,
        field: "Due",
        severity: "warning",
        code: "overdue",
        message:
          "Due 2026-06-14 has passed: finish the item, or agree a new due date with its owner and update Due.",
      },
    ]);
    expect(
      validateRow(row({ due: { year: 2026, month: 6, day: 15 } }), { year: 2026, month: 6, day: 15 }),
    ).toEqual([]);
    expect(validateRow(row({ status: "Done", due: { year: 2020, month: 1, day: 1 } }), TODAY)).toEqual([]);
  });

  it("ignores due on Done and N/A items, and the owner on N/A ones", () => {
    expect(validateRow(row({ status: "Done", due: "invalid" }), TODAY)).toEqual([]);
    expect(
      validateRow(row({ status: "N/A", owner: "", due: null, notes: "not sold", approvedBy: "Sam" }), TODAY),
    ).toEqual([]);
  });

  it("requires a reason for N/A, and an approver when the item is required", () => {
    const both = validateRow(row({ status: "N/A", notes: "", approvedBy: "" }), TODAY);
    expect(codes(both)).toEqual(["na-needs-reason", "na-needs-approver"]);
    expect(only(both, "na-needs-reason")).toMatchObject({
      field: "Notes",
      message: "N/A needs a reason: say in Notes why this item does not apply.",
    });
    expect(only(both, "na-needs-approver")).toMatchObject({
      field: "Approved by",
      message: "A required item marked N/A needs approval: put who agreed to skip it in Approved by.",
    });
    expect(codes(validateRow(row({ status: "N/A", required: false, notes: "no SLA sold" }), TODAY))).toEqual(
      [],
    );
  });

  it("requires evidence for a Done attachment or approval, and an approver for an approval", () => {
    const attachment = validateRow(row({ status: "Done", kind: "attachment" }), TODAY);
    expect(attachment).toEqual([
      {
        row: 1,
        field: "Evidence",
        severity: "error",
        code: "needs-evidence",
        message:
          "An attachment counts as Done only with evidence: put a link or reference to it in Evidence, or set Status back to In progress.",
      },
    ]);
    expect(
      validateRow(row({ status: "Done", kind: "attachment", evidence: "https://drive/sow" }), TODAY),
    ).toEqual([]);
    const approval = validateRow(row({ status: "Done", kind: "approval" }), TODAY);
    expect(codes(approval)).toEqual(["needs-evidence", "needs-approver"]);
    expect(only(approval, "needs-evidence").message).toMatch(
      /^An approval counts as Done only with evidence/,
    );
    expect(only(approval, "needs-approver")).toMatchObject({
      field: "Approved by",
      message: "An approval counts as Done only when Approved by names who approved it: fill in Approved by.",
    });
    expect(
      validateRow(
        row({ status: "Done", kind: "approval", evidence: "CRM note 41", approvedBy: "CFO" }),
        TODAY,
      ),
    ).toEqual([]);
  });

  it("applies no evidence rule to other kinds or to rows without a Kind", () => {
    for (const kind of ["task", "acknowledgement", "review", null] as const) {
      expect(validateRow(row({ status: "Done", kind }), TODAY)).toEqual([]);
    }
  });

  it("quotes long values shortened", () => {
    const long = "x".repeat(100);
    expect(only(validateRow(row({ status: null, statusText: long }), TODAY), "bad-status").message).toContain(
      `"${"x".repeat(59)}…"`,
    );
  });
});

describe("validateChecklist", () => {
  const risky = row({ index: 2, section: "Custom / high-risk", item: "Document every exception" });

  it("returns every row's findings in row order", () => {
    const fs = validateChecklist([row({ index: 1, owner: "" }), row({ index: 3, due: "invalid" })], {
      today: TODAY,
    });
    expect(fs.map((f) => [f.row, f.code])).toEqual([
      [1, "missing-owner"],
      [3, "bad-due"],
    ]);
  });

  it("is an error when exceptions are recorded without custom/high-risk items", () => {
    const fs = validateChecklist([row()], { today: TODAY, exceptions: " Custom pricing, 60-day terms " });
    expect(fs).toEqual([
      {
        row: null,
        field: null,
        severity: "error",
        code: "exceptions-need-high-risk",
        message:
          'This handoff records exceptions ("Custom pricing, 60-day terms") but its checklist has no custom/high-risk items: add the custom or high-risk checklist on top of this one, or clear Exceptions if there are none.',
      },
    ]);
  });

  it("accepts exceptions when a custom/high-risk item is present, by section or by item text", () => {
    expect(validateChecklist([row(), risky], { today: TODAY, exceptions: "custom SLA" })).toEqual([]);
    const byText = row({
      section: "Extras",
      item: "  Confirm the approval chain: who approved the exception, where it was recorded, and who can approve future changes. ",
    });
    expect(validateChecklist([byText], { today: TODAY, exceptions: "custom SLA" })).toEqual([]);
  });

  it("reads none, n/a and blank as no exceptions", () => {
    for (const exceptions of [undefined, "", "  ", "None", "N/A", "no", "-", "None."]) {
      expect(validateChecklist([row()], { today: TODAY, exceptions }), String(exceptions)).toEqual([]);
    }
  });
});
