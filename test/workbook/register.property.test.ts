// Property: whatever people do to the register (reorder, insert and rename columns, paste rows, add notes
// and totals with their own formulas, type over live cells), Refresh register writes live formulas only on
// the first row of each ID the add-on issued, writes every other cell back exactly as it was, reports
// every live cell typed over, and names every live column that is gone.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { planRegisterRefresh } from "../../src/core/register/refresh-plan";
import { DUE_COLUMNS, MIRRORED_COLUMNS, REGISTER_COLUMNS } from "../../src/core/register/register-columns";
import { liveFormulas } from "../../src/core/register/register-row";

/** Every column refresh keeps live: the mirrored header cells and the overdue / next-due counts. */
const LIVE: readonly string[] = [...MIRRORED_COLUMNS, ...DUE_COLUMNS];
const formulaOf = (handoff: string, column: string) =>
  liveFormulas(handoff).find((l) => l.column === column)?.formula;

type Line = {
  kind: "issued" | "pasted" | "note" | "totals" | "blank" | "unissued";
  n: number;
  typed: string | null;
};

const line: fc.Arbitrary<Line> = fc.record({
  kind: fc.constantFrom("issued", "pasted", "note", "totals", "blank", "unissued"),
  n: fc.integer({ min: 1, max: 5 }),
  typed: fc.option(fc.constantFrom("GO", "done!", "see email"), { nil: null }),
});

const id = (n: number) => `HO-${String(n).padStart(4, "0")}`;

describe("the register as people leave it (property)", () => {
  it("refresh writes only what the add-on owns and keeps or reports everything else", () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray([...REGISTER_COLUMNS, "My remarks", "Region"], { minLength: 8 }),
        fc.array(line, { maxLength: 12 }),
        (header, lines) => {
          fc.pre(header.includes("ID"));
          const counter = 5;
          const values: unknown[][] = [header];
          const formulas: unknown[][] = [header.map(() => "")];
          const firstRowOf = new Map<string, number>();
          const expectTyped: string[] = [];
          lines.forEach((l, i) => {
            const row = i + 2;
            const v: unknown[] = header.map(() => "");
            const f: unknown[] = header.map(() => "");
            const at = (c: string) => header.indexOf(c);
            if (l.kind === "issued" || l.kind === "pasted" || l.kind === "unissued") {
              const n = l.kind === "unissued" ? counter + l.n : l.n;
              v[at("ID")] = id(n);
              if (l.kind !== "unissued" && !firstRowOf.has(id(n))) firstRowOf.set(id(n), row);
              LIVE.forEach((c) => {
                if (at(c) < 0) return;
                f[at(c)] = formulaOf(id(l.n), c);
                v[at(c)] = "NOT YET";
              });
              if (l.typed !== null && at("Gate") >= 0) {
                f[at("Gate")] = "";
                v[at("Gate")] = l.typed;
                if (firstRowOf.get(id(n)) === row) expectTyped.push(`${row}:${l.typed}`);
              }
            } else if (l.kind === "note") {
              v[0] = "Note: Q4 below";
            } else if (l.kind === "totals") {
              v[0] = "Total";
              if (at("Gate") >= 0) {
                f[at("Gate")] = '=COUNTIF(J:J,"GO")';
                v[at("Gate")] = 0;
              }
            }
            values.push(v);
            formulas.push(f);
          });
          const plan = planRegisterRefresh(values, formulas, counter);
          const written = new Map<string, unknown>();
          for (const w of plan.writes) {
            w.values.forEach((cells, r) => {
              cells.forEach((cell, k) => {
                written.set(`${r + 2}:${w.column + k}`, cell);
              });
            });
          }
          for (const [key, cell] of written) {
            const [row, column] = key.split(":").map(Number) as [number, number];
            const name = header[column - 1] ?? "";
            const rowId = String(values[row - 1]?.[header.indexOf("ID")] ?? "");
            expect(LIVE).toContain(name);
            if (firstRowOf.get(rowId) === row) {
              expect(cell).toBe(formulaOf(rowId, name));
            } else {
              const formula = formulas[row - 1]?.[column - 1];
              const value = values[row - 1]?.[column - 1];
              expect(cell).toBe(formula || (typeof value === "string" && value !== "" ? `'${value}` : value));
            }
          }
          expect(plan.typedOver.map((t) => `${t.row}:${t.typed}`)).toEqual(expectTyped);
          for (const c of MIRRORED_COLUMNS) {
            if (!header.includes(c)) expect(plan.summary).toContain(`"${c}"`);
          }
          expect(plan.counts.total).toBe(firstRowOf.size);
        },
      ),
      { numRuns: 300 },
    );
  });
});
