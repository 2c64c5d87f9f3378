import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ChecklistColumn } from "../../../src/core/checklist/columns";
import { CHECKLIST_COLUMNS } from "../../../src/core/checklist/columns";
import type { TemplateItem } from "../../../src/core/templates/catalogue";
import { planUpgrade, upgradeSummary } from "../../../src/core/templates/upgrade-plan";

const columns = Object.fromEntries(CHECKLIST_COLUMNS.map((c, i) => [c, i])) as Record<
  ChecklistColumn,
  number
>;
const item = (id: string, text: string, required = true): TemplateItem => ({
  id,
  section: "Work",
  text,
  kind: "task",
  required,
  dueDays: null,
});
/** A tab row as New handoff writes it, with typed cells. */
const row = (i: TemplateItem, typed: Partial<Record<ChecklistColumn, unknown>> = {}): unknown[] =>
  CHECKLIST_COLUMNS.map((c) =>
    c === "Section"
      ? i.section
      : c === "Item"
        ? i.text
        : c === "Kind"
          ? i.kind
          : c === "Required"
            ? i.required
            : c === "Status"
              ? (typed.Status ?? "Not started")
              : (typed[c] ?? ""),
  );
const plain = (v: unknown) => (typeof v === "string" && v.startsWith("'") ? v.slice(1) : v);

describe("upgrade plan", () => {
  const v2 = [item("a-1", "Sign"), item("a-2", "Scope"), item("a-3", "Kickoff"), item("a-4", "Old step")];
  const v2ToV3 = (rows: unknown[][], removed: "mark-na" | "keep-worked") =>
    planUpgrade({ rows, columns, oldItems: v2, newItems: v3, toVersion: "v3", removed });
  const v3 = [
    item("a-1", "Sign the contract"),
    item("a-5", "Security review"),
    item("a-2", "Scope"),
    item("a-3", "Kickoff"),
  ];

  it("keeps typed cells, rewords, adds in place and marks removed items N/A with the reason", () => {
    const rows = [
      row(v2[0] as TemplateItem, { Status: "Done", Owner: "Dana Lee", Due: "2026-12-01", Notes: "signed" }),
      row(v2[1] as TemplateItem, { Owner: "Sam Ortiz" }),
      ["", "My own step", "task", false, "In progress", "Ann Bell", "", "", "", ""],
      row(v2[2] as TemplateItem),
      row(v2[3] as TemplateItem),
    ];
    const plan = v2ToV3(rows, "mark-na");
    expect(upgradeSummary(plan)).toBe("1 item added, 1 reworded, 1 removed");
    expect(plan.rows.map((r) => [plain(r[1]), r[4], r[5], r[9]].map(plain))).toEqual([
      ["Sign the contract", "Done", "Dana Lee", "signed"],
      ["Security review", "Not started", "", ""],
      ["Scope", "Not started", "Sam Ortiz", ""],
      ["My own step", "In progress", "Ann Bell", ""],
      ["Kickoff", "Not started", "", ""],
      ["Old step", "N/A", "", "removed in v3"],
    ]);
    expect(plan.rows[5]?.[3]).toBe(false);
    expect(plan.removedRows).toEqual([5]);
  });

  it("keeps a removed item someone worked on as it is when the person chooses so", () => {
    const rows = v2.map((i) =>
      row(i, i.id === "a-4" ? { Status: "In progress", Owner: "Dana Lee", Notes: "half done" } : {}),
    );
    const plan = v2ToV3(rows, "keep-worked");
    const old = plan.rows.find((r) => plain(r[1]) === "Old step");
    expect([old?.[4], old?.[5], plain(old?.[9])]).toEqual([
      "In progress",
      "Dana Lee",
      "half done · removed in v3",
    ]);
    expect(plan.keptWorked.map((i) => i.id)).toEqual(["a-4"]);
  });

  it("property: from any version to any later one, every typed cell of a matched item is kept", () => {
    const text = fc
      .string({ minLength: 1, maxLength: 12 })
      .filter((t) => t.trim() !== "" && !t.startsWith("'"));
    const typed = fc.record({
      Status: fc.constantFrom("Not started", "In progress", "Blocked", "Done", "N/A"),
      Owner: fc.constantFrom("", "Dana Lee", "Sam Ortiz"),
      Due: fc.constantFrom("", "2026-12-01", "tbd"),
      Evidence: fc.constantFrom("", "https://x.example/doc"),
      "Approved by": fc.constantFrom("", "Priya Shah"),
      Notes: fc.constantFrom("", "call Ann", "=1+1"),
    });
    const edit = fc.oneof(
      fc.record({ op: fc.constant("add" as const), at: fc.nat(), text }),
      fc.record({ op: fc.constant("remove" as const), at: fc.nat() }),
      fc.record({ op: fc.constant("reword" as const), at: fc.nat(), text }),
      fc.record({ op: fc.constant("required" as const), at: fc.nat() }),
    );
    fc.assert(
      fc.property(
        fc.array(text, { minLength: 1, maxLength: 6 }),
        fc.array(fc.array(edit, { maxLength: 4 }), { minLength: 1, maxLength: 4 }),
        fc.nat(),
        fc.array(typed, { minLength: 30, maxLength: 30 }),
        fc.constantFrom("mark-na", "keep-worked"),
        (texts, steps, pick, cells, removed) => {
          let next = texts.length;
          const versions: TemplateItem[][] = [texts.map((t, i) => item(`x-${i}`, `${t} ${i}`))];
          for (const step of steps) {
            const items = [...(versions[versions.length - 1] as TemplateItem[])];
            for (const e of step) {
              const at = items.length ? e.at % items.length : 0;
              if (e.op === "add") items.splice(at, 0, item(`x-${next}`, `${e.text} ${next++}`));
              else if (!items.length) continue;
              else if (e.op === "remove") items.splice(at, 1);
              else if (e.op === "reword")
                items[at] = { ...(items[at] as TemplateItem), text: `${e.text} r${next++}` };
              else
                items[at] = {
                  ...(items[at] as TemplateItem),
                  required: !(items[at] as TemplateItem).required,
                };
            }
            versions.push(items);
          }
          const from = pick % (versions.length - 1);
          const to = from + 1 + (pick % (versions.length - from - 1));
          const old = versions[from] as TemplateItem[];
          const rows = old.map((i, k) => row(i, cells[k]));
          const plan = planUpgrade({
            rows,
            columns,
            oldItems: old,
            newItems: versions[to] as TemplateItem[],
            toVersion: `v${to + 1}`,
            removed,
          });
          expect(plan.rows).toHaveLength(old.length + plan.added.length);
          const after = new Map(plan.rows.map((r) => [plain(r[1]), r]));
          for (const [k, i] of old.entries()) {
            const now = (versions[to] as TemplateItem[]).find((n) => n.id === i.id);
            if (!now) continue;
            const line = after.get(now.text.trim());
            for (const c of ["Status", "Owner", "Due", "Evidence", "Approved by", "Notes"] as const) {
              expect(line?.[columns[c]]).toBe(rows[k]?.[columns[c]]);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
