import { describe, expect, it } from "vitest";
import { parseAuditPrompt } from "../../src/core/audit/audit-request";
import {
  AUDIT_TABLE_HEADER_ROW,
  describeAuditResults,
  planAuditTab,
} from "../../src/core/audit/audit-tab-plan";
import { AUDIT_COLUMNS } from "../../src/core/audit/outcome-columns";
import { auditPopulation, digestInput } from "../../src/core/audit/quarter-population";
import { REGISTER_COLUMNS } from "../../src/core/register/register-columns";
import { storedValue } from "../../src/core/sheet/cell-text";

const col = (name: (typeof REGISTER_COLUMNS)[number]) => REGISTER_COLUMNS.indexOf(name);

function registerRow(
  n: number,
  created: unknown,
  scenario = "Standard new client",
  template = "standard-new-client@1+double-check@1",
) {
  const r: unknown[] = Array(REGISTER_COLUMNS.length).fill("");
  r[col("ID")] = `HO-${String(n).padStart(4, "0")}`;
  r[col("Client")] = `Client ${n}`;
  r[col("Scenario")] = scenario;
  r[col("Template")] = template;
  r[col("Created")] = created;
  r[col("Gate")] = n % 2 ? "GO" : "NOT YET";
  r[col("Gate detail")] = n % 2 ? "GO" : "NOT YET: 2 required open";
  r[col("Decision")] = "Go";
  return r;
}

function register(): unknown[][] {
  const rows: unknown[][] = [[...REGISTER_COLUMNS]];
  for (let n = 1; n <= 40; n++)
    rows.push(registerRow(n, { year: 2026, month: 7 + (n % 3), day: 1 + (n % 27) }));
  rows.push(
    registerRow(41, "2026-08-15", "Internal owner transfer or recovery", "owner-transfer@1+double-check@1"),
  );
  rows.push(registerRow(42, "last Tuesday"));
  rows.push(registerRow(43, { year: 2026, month: 4, day: 2 }));
  return rows;
}

const q3 = { year: 2026, q: 3 as const };

describe("the quarterly audit plan", () => {
  it("takes the quarter's handoffs by Created date, parses typed dates and reports unreadable ones", () => {
    const population = auditPopulation(register(), q3);
    expect(population.candidates.map((c) => c.id)).toContain("HO-0041");
    expect(population.candidates.map((c) => c.id)).not.toContain("HO-0043");
    expect(population.candidates).toHaveLength(41);
    expect(population.leftOut).toEqual([{ id: "HO-0042", reason: 'Created "last Tuesday" is not a date' }]);
    expect(digestInput(population).split("\n")[0]).toBe("HO-0001");
  });

  it("writes the seed, the size rule and one row per pick; the same seed draws the same sample", () => {
    const population = auditPopulation(register(), q3);
    const request = { seed: "7F3A-91C2", size: null, builtOn: "2026-11-24", digestHex: "ab".repeat(32) };
    const plan = planAuditTab(population, request, "Audit 2026-Q3");
    expect(plan.sample.size).toBeGreaterThanOrEqual(9);
    expect(plan.values[4]?.[1]).toBe("'7F3A-91C2");
    expect(String(plan.values[5]?.[1])).toMatch(
      /default rule: N = 41 > 3, so size = min\(25, max\(3, ⌈20 % × 41⌉ = 9\)\) = 9/,
    );
    expect(plan.values[AUDIT_TABLE_HEADER_ROW - 1]?.[0]).toBe("ID");
    const ids = plan.values.slice(AUDIT_TABLE_HEADER_ROW, plan.lastSampleRow).map((r) => storedValue(r[0]));
    expect(ids).toContain("HO-0041");
    const [header, ...rows] = register();
    const shuffled = planAuditTab(auditPopulation([header ?? [], ...rows.reverse()], q3), request, "x");
    expect(shuffled.sample.picks).toEqual(plan.sample.picks);
    const leftOut = plan.values.find((r) => storedValue(r[0]) === "HO-0042");
    expect(String(leftOut?.[1])).toMatch(/Created "last Tuesday" is not a date: fix it in the register/);
  });

  it("documents what was open when Go was recorded, not what is open now", () => {
    const header = [...REGISTER_COLUMNS];
    const decided = registerRow(1, { year: 2026, month: 8, day: 3 });
    decided[col("Gate")] = "GO";
    decided[col("Gate detail")] = "GO";
    decided[col("Decision")] = "Go";
    decided[col("Gate when decided")] = "NOT YET: 2 review open";
    const undecided = registerRow(2, { year: 2026, month: 8, day: 4 });
    undecided[col("Decision")] = "";
    const population = auditPopulation([header, decided, undecided], q3);
    const plan = planAuditTab(population, { seed: "S", size: 2, builtOn: "", digestHex: "" }, "x");
    const row = (id: string) => plan.values.find((r) => storedValue(r[0]) === id) ?? [];
    const open = AUDIT_COLUMNS.indexOf("Items open at go");
    const overrides = AUDIT_COLUMNS.indexOf("Overrides");
    expect(row("HO-0001")[open]).toBe("'2 review open");
    expect(row("HO-0001")[overrides]).toBe("Go over NOT YET (override)");
    expect(row("HO-0002")[open]).toBe("'2 required open (no Go recorded yet: open now)");
    expect(row("HO-0002")[overrides]).toBe("No decision recorded");
  });

  it("refuses an empty quarter with a message instead of an empty tab", () => {
    const population = auditPopulation(register(), { year: 2025, q: 1 });
    expect(() =>
      planAuditTab(population, { seed: "A", size: null, builtOn: "", digestHex: "" }, "x"),
    ).toThrow(/No handoffs were started in 2025-Q1 .*nothing to sample/);
  });

  it("summarises results as they are filled in, computing the confidence statement", () => {
    expect(describeAuditResults([["Pass"], ["pass"], [""]])).toMatch(
      /^2 of 3 results recorded\. 0 exceptions in 2 samples/,
    );
    expect(describeAuditResults(Array.from({ length: 11 }, () => ["Pass"]))).toMatch(/below about 24 %/);
  });

  it("reads the menu prompt", () => {
    expect(parseAuditPrompt("2026-Q2 seed=ABCD-1234 size=10")).toEqual({
      quarter: "2026-Q2",
      seed: "ABCD-1234",
      size: "10",
    });
    expect(parseAuditPrompt("")).toEqual({ quarter: "", seed: "", size: "" });
    expect(parseAuditPrompt("summer")).toEqual({
      error: '"summer" is not a quarter: write it like 2026-Q3.',
    });
  });
});
