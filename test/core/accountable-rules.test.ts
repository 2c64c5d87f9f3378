// Issue 18's rules: one named owner on every required open or Done item, evidence a reader can follow,
// one person in each person field, the override approver not the handoff owner, Blocked with a reason.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evidenceProblem } from "../../src/core/checklist/evidence";
import { ownerProblem } from "../../src/core/checklist/owner";
import { readChecklistTable } from "../../src/core/checklist/table-reader";
import { validateChecklist } from "../../src/core/gate/checklist-rules";
import { decisionFindings } from "../../src/core/gate/decision-rules";
import type { Finding } from "../../src/core/gate/findings";
import { computeGate, isReviewRow } from "../../src/core/gate/gate";
import { validateRow } from "../../src/core/gate/row-rules";
import { type Cells, doneLine, reviewLine, row, TODAY, table } from "./support/checklist-fixture";

const codes = (fs: readonly Finding<string | null>[]) => fs.map((f) => f.code);

describe("owner on required Done items", () => {
  it("a required Done item with no owner is an error that says who to put", () => {
    const [f] = validateRow(row({ status: "Done", owner: "" }), TODAY);
    expect(f).toMatchObject({ code: "done-needs-owner", field: "Owner", severity: "error" });
    expect(f?.message).toBe(
      "This required item is Done but names no owner: put the one person accountable for it in Owner.",
    );
    expect(codes(validateRow(row({ status: "Done", owner: "TBD" }), TODAY))).toEqual(["done-needs-owner"]);
    expect(codes(validateRow(row({ status: "Done", owner: "Ann/Bob" }), TODAY))).toEqual(["multiple-owners"]);
    expect(codes(validateRow(row({ status: "Done", owner: "Ops team" }), TODAY))).toEqual(["team-owner"]);
  });

  it("an optional Done item may leave Owner empty; a review row may not", () => {
    expect(validateRow(row({ status: "Done", required: false, owner: "" }), TODAY)).toEqual([]);
    expect(
      codes(validateRow(row({ status: "Done", required: false, kind: "review", owner: "" }), TODAY)),
    ).toEqual(["done-needs-owner"]);
  });
});

describe("evidence a reader can follow", () => {
  it.each(["x", "yes", "ok", "done", "-", ".", "see above", "attached", "n/a", "Attached!", "✓", "signed"])(
    "%j is a placeholder",
    (text) => {
      expect(evidenceProblem(text)).toBe("placeholder");
      const [f] = validateRow(row({ status: "Done", kind: "attachment", evidence: text }), TODAY);
      expect(f?.code).toBe("placeholder-evidence");
      expect(f?.message).toContain("is a placeholder, not evidence: put a link to the document (https://…)");
    },
  );

  it.each([
    "https://drive.google.com/file/d/1a2b",
    "www.acme.com/contracts/sow",
    "drive.google.com/open?id=1a2b",
    "SOW-2026-114",
    "DocuSign envelope 4F2A-19",
    "Ticket OPS-4411",
    "Signed MSA in Legal's shared drive",
    "Email from Ann Lee",
  ])("%j is evidence", (text) => {
    expect(evidenceProblem(text)).toBeNull();
    expect(
      validateRow(row({ status: "Done", kind: "approval", evidence: text, approvedBy: "Priya Shah" }), TODAY),
    ).toEqual([]);
  });

  it("blank evidence keeps its own message", () => {
    expect(codes(validateRow(row({ status: "Done", kind: "attachment", evidence: "" }), TODAY))).toEqual([
      "needs-evidence",
    ]);
  });
});

describe("person fields and Blocked", () => {
  it("Approved by names one person", () => {
    const [f] = validateRow(
      row({ status: "Done", kind: "approval", evidence: "SOW-114", approvedBy: "Finance team" }),
      TODAY,
    );
    expect(f).toMatchObject({ code: "approver-not-one-person", field: "Approved by" });
    expect(f?.message).toBe(
      'Approved by "Finance team" is a team, not a person: put the one person who approved it.',
    );
    expect(
      codes(validateRow(row({ status: "N/A", notes: "not sold", approvedBy: "Ann, Bob" }), TODAY)),
    ).toEqual(["approver-not-one-person"]);
  });

  it("Blocked needs a reason in Notes", () => {
    const [f] = validateRow(row({ status: "Blocked" }), TODAY);
    expect(f).toMatchObject({ code: "blocked-needs-reason", field: "Notes" });
    expect(validateRow(row({ status: "Blocked", notes: "waiting on legal" }), TODAY)).toEqual([]);
  });

  const decision = (over: Partial<Parameters<typeof decisionFindings>[0]>) => ({
    decision: "Go",
    overrideReason: "client start date fixed",
    overrideApprovedBy: "Priya Shah",
    acknowledgedBy: "Sam Ortiz",
    acknowledgedOn: { year: 2026, month: 6, day: 1 },
    ...over,
  });

  it("Override approved by and Acknowledged by each name one person; the approver is not the handoff owner", () => {
    expect(decisionFindings(decision({}), "NOT YET", "Dana Lee")).toEqual([]);
    expect(
      codes(decisionFindings(decision({ overrideApprovedBy: "Ops Team" }), "NOT YET", "Dana Lee")),
    ).toEqual(["override-approver-not-one-person"]);
    const own = decisionFindings(decision({ overrideApprovedBy: " dana  LEE " }), "NOT YET", "Dana Lee");
    expect(codes(own)).toEqual(["override-approver-is-owner"]);
    expect(own[0]?.message).toContain("is the handoff owner: an override needs someone else's approval");
    expect(codes(decisionFindings(decision({ acknowledgedBy: "Ann/Bob" }), "GO", "Dana Lee"))).toEqual([
      "acknowledger-not-one-person",
    ]);
  });
});

// Edits a person can make, including the ones the rules exist to stop.
const field = fc.constantFrom("Status", "Owner", "Evidence", "Approved by", "Notes");
const valueFor: Record<string, readonly string[]> = {
  Status: ["Not started", "In progress", "Blocked", "Done", "N/A"],
  Owner: ["", "Dana Lee", "TBD", "Sales/Ops", "Ops team", "sam@acme.com"],
  Evidence: ["", "x", "yes", "see above", "attached", "https://drive.example.com/sow", "SOW-2026-114"],
  "Approved by": ["", "Priya Shah", "Finance team"],
  Notes: ["", "waiting on legal"],
};
const edit = fc.record({ line: fc.nat(), field, pick: fc.nat() });

describe("no sequence of edits reaches GO with an ownerless required item, placeholder evidence or an open review row", () => {
  it("holds after every edit", () => {
    // Two edits from GO (no owner, evidence "x"), so sequences keep crossing the line both ways.
    const start: Cells[] = [
      doneLine({ Owner: "", Due: "2026-07-01" }),
      doneLine({ Kind: "attachment", Item: "Attach documents", Evidence: "x", Due: "2026-07-01" }),
      reviewLine({ Due: "2026-07-01" }),
    ];
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 60 }), (edits) => {
        const lines = start.map((l) => ({ ...l }));
        for (const e of edits) {
          const line = lines[e.line % lines.length] as Cells;
          const values = valueFor[e.field] ?? [""];
          (line as Record<string, unknown>)[e.field] = values[e.pick % values.length];
          const { rows } = readChecklistTable(table(lines));
          const gate = computeGate(rows, validateChecklist(rows, { today: TODAY }));
          if (gate.verdict !== "GO") continue;
          for (const r of rows) {
            if (isReviewRow(r)) expect(r.status).toBe("Done");
            if (r.required && r.status !== "N/A") expect(ownerProblem(r.owner)).toBeNull();
            if (r.status === "Done" && (r.kind === "attachment" || r.kind === "approval"))
              expect(evidenceProblem(r.evidence)).toBeNull();
          }
        }
      }),
      { numRuns: 400 },
    );
    // Not vacuous: naming the owner and giving real evidence is the edit sequence that reaches GO.
    const fixed = start.map((l, i) =>
      i === 0 ? { ...l, Owner: "Dana Lee" } : i === 1 ? { ...l, Evidence: "SOW-2026-114" } : l,
    );
    const { rows } = readChecklistTable(table(fixed));
    expect(computeGate(rows, validateChecklist(rows, { today: TODAY })).verdict).toBe("GO");
  });
});
