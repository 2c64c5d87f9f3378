import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CHECKLIST_COLUMNS } from "../../src/core/checklist/columns";
import { readChecklistTable } from "../../src/core/checklist/table-reader";
import { validateChecklist } from "../../src/core/gate/checklist-rules";
import { computeGate, isReviewRow } from "../../src/core/gate/gate";
import { evaluateGateTable } from "../../src/core/gate/gate-formula";
import { type Cells, TODAY, table } from "./support/checklist-fixture";

const pick = <T>(...values: T[]) => fc.constantFrom(...values);

/** Any line a person might leave in a checklist, valid or not. */
const anyLine: fc.Arbitrary<Cells> = fc.record({
  Section: pick("Scope", "Documents", "Double-check before go", "Custom / high-risk", ""),
  Item: pick("Confirm commercial status", "Attach documents", "Tool access is ready", ""),
  Kind: pick("task", "attachment", "approval", "acknowledgement", "review", "", "memo"),
  Required: pick<unknown>(true, false, "yes", "no", "", "optional"),
  Status: pick(
    "Not started",
    "in progress",
    "BLOCKED",
    "Done",
    " done ",
    "N/A",
    "",
    "need clarification",
    "tbd",
  ),
  Owner: pick("Dana Lee", "sam@acme.com", "", "Sales/Ops", "Ops team", "TBD"),
  Due: pick<unknown>({ year: 2026, month: 7, day: 1 }, "2026-08-01", "", "next week", {
    year: 2026,
    month: 1,
    day: 1,
  }),
  Evidence: pick("", "https://drive/sow"),
  "Approved by": pick("", "Sam Roe"),
  Notes: pick("", "not sold"),
});

/** A line that breaks no rule: open lines are optional, owned and due later; closed ones complete. */
const validLine: fc.Arbitrary<Cells> = fc.oneof(
  fc.record({
    Section: pick("Scope", "Risk"),
    Item: pick("Review risk flags", "Build the working plan"),
    Kind: pick("task", "attachment", "approval", "acknowledgement"),
    Required: pick<unknown>(false, "optional", "no"),
    Status: pick("Not started", "In progress", "Blocked"),
    Owner: pick("Dana Lee", "sam@acme.com"),
    Notes: pick("waiting on the client's legal review"),
    Due: pick<unknown>({ year: 2026, month: 7, day: 1 }, "2026-08-01", "Dec 1, 2026", {
      year: 2026,
      month: 1,
      day: 1,
    }),
  }),
  fc.record({
    Section: pick("Scope", "Documents", "Double-check before go"),
    Item: pick("Summarize what was sold", "Attach documents"),
    Kind: pick("task", "attachment", "approval", "acknowledgement", "review", ""),
    Required: pick<unknown>(true, false, ""),
    Status: pick("Done", "done"),
    Owner: pick("Dana Lee", "sam@acme.com"),
    Evidence: pick("https://drive/sow"),
    "Approved by": pick("Sam Roe"),
  }),
  fc.record({
    Section: pick("Scope", "Ops"),
    Kind: pick("task", "attachment"),
    Item: pick("Set status rules"),
    Required: pick<unknown>(true, false),
    Status: pick("N/A"),
    Notes: pick("not sold"),
    "Approved by": pick("Sam Roe"),
  }),
);

const gateOf = (values: unknown[][], exceptions = "") => {
  const { rows } = readChecklistTable(values);
  const findings = validateChecklist(rows, { today: TODAY, exceptions });
  return { rows, findings, gate: computeGate(rows, findings) };
};

describe("gate invariants", () => {
  it("any row with an error gives NOT YET", () => {
    fc.assert(
      fc.property(fc.array(anyLine, { maxLength: 12 }), (lines) => {
        const { findings, gate } = gateOf(table(lines));
        if (findings.some((f) => f.severity === "error")) expect(gate.verdict).toBe("NOT YET");
        expect(gate.errors).toBe(findings.filter((f) => f.severity === "error").length);
      }),
    );
  });

  it("GO means every required item is closed without error and every review row is Done", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(anyLine, validLine, validLine), { maxLength: 10 }), (lines) => {
        const { rows, findings, gate } = gateOf(table(lines));
        // Errors and what an open item still needs (todo) both block; warnings never do.
        const erroneous = new Set(findings.filter((f) => f.severity !== "warning").map((f) => f.row));
        const expectGo =
          rows.length > 0 &&
          erroneous.size === 0 &&
          rows.every((r) =>
            isReviewRow(r) ? r.status === "Done" : !r.required || r.status === "Done" || r.status === "N/A",
          );
        expect(gate.verdict).toBe(expectGo ? "GO" : "NOT YET");
      }),
    );
  });

  it("marking an optional open item Done with a valid row never turns GO into NOT YET", () => {
    fc.assert(
      fc.property(fc.array(validLine, { minLength: 1, maxLength: 10 }), fc.nat(), (lines, seed) => {
        const before = gateOf(table(lines));
        expect(before.gate.verdict).toBe("GO");
        const open = lines.flatMap((l, i) =>
          ["Not started", "In progress", "Blocked"].includes(String(l.Status)) ? [i] : [],
        );
        fc.pre(open.length > 0);
        const at = open[seed % open.length] ?? 0;
        const changed = lines.map((l, i) =>
          i === at ? { ...l, Status: "Done", Evidence: "https://drive/x", "Approved by": "Sam Roe" } : l,
        );
        expect(gateOf(table(changed)).gate.verdict).toBe("GO");
      }),
    );
  });

  it("column order, extra columns and blank rows never change the result", () => {
    const extraColumn = fc.record({
      name: pick("Link", "Comments", "Priority", ""),
      cells: fc.array(fc.oneof(fc.string(), fc.boolean(), fc.integer()), { maxLength: 14 }),
    });
    fc.assert(
      fc.property(
        fc.array(anyLine, { maxLength: 12 }),
        fc.shuffledSubarray([...CHECKLIST_COLUMNS], { minLength: CHECKLIST_COLUMNS.length }),
        fc.array(extraColumn, { maxLength: 3 }),
        fc.array(fc.nat(12), { maxLength: 3 }),
        pick("", "custom pricing"),
        (lines, order, extras, blankAt, exceptions) => {
          const reference = evaluateGateTable(table(lines), true, exceptions, TODAY);
          const base = table(lines, order);
          // Blank rows go in below the header before the extra columns, so extra cells can land on them.
          for (const at of blankAt)
            base.splice(
              1 + (at % base.length),
              0,
              order.map(() => ""),
            );
          const widened = base.map((line, r) => {
            const out = [...line];
            extras.forEach((extra, k) => {
              const cell = r === 0 ? extra.name : (extra.cells[r] ?? "");
              out.splice((k * 3) % (out.length + 1), 0, cell);
            });
            return out;
          });
          expect(evaluateGateTable(widened, true, exceptions, TODAY)).toBe(reference);
        },
      ),
    );
  });
});
