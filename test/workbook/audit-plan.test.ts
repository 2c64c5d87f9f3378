import { describe, expect, it } from "vitest";
import { parseAuditPrompt } from "../../src/core/audit/audit-request";
import { type AuditDraw, planAuditTab } from "../../src/core/audit/audit-tab-plan";
import { AUDIT_COLUMNS } from "../../src/core/audit/outcome-columns";
import { auditPopulation, digestInput } from "../../src/core/audit/quarter-population";
import { auditSummaryFromRanges } from "../../src/core/audit/summary-formula";
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

const draw = (over: Partial<AuditDraw> = {}): AuditDraw => ({
  seed: "7F3A-91C2",
  size: null,
  drawNumber: 1,
  drawnAt: "2026-11-24 10:00 EST",
  drawnBy: "dana@example.com",
  digestHex: "ab".repeat(32),
  earlierDraws: [],
  quarterNotOverUntil: null,
  ...over,
});

/** The value beside a label in column A. */
const beside = (values: unknown[][], label: string) => values.find((r) => r[0] === label)?.[1];

describe("the quarterly audit plan", () => {
  it("takes the quarter's handoffs by Created date, parses typed dates and reports unreadable ones", () => {
    const population = auditPopulation(register(), q3);
    expect(population.candidates.map((c) => c.id)).toContain("HO-0041");
    expect(population.candidates.map((c) => c.id)).not.toContain("HO-0043");
    expect(population.candidates).toHaveLength(41);
    expect(population.leftOut).toEqual([{ id: "HO-0042", reason: 'Created "last Tuesday" is not a date' }]);
    expect(digestInput(population).split("\n")[0]).toBe("HO-0001");
  });

  it("writes the seed, the size line that adds up, and one row per pick; the same seed draws the same sample", () => {
    const population = auditPopulation(register(), q3);
    const plan = planAuditTab(population, draw(), "Audit 2026-Q3");
    // 41 handoffs: ⌈20 % × 41⌉ = 9 random picks, plus 5 forced: HO-0043 (April) is the first use of
    // both versions, so the four earliest July handoffs complete their first five; HO-0041 is the first
    // use of the owner-transfer template.
    expect(plan.sample.size).toBe(14);
    expect(beside(plan.values, "Seed")).toBe("'7F3A-91C2");
    expect(beside(plan.values, "Size asked")).toBe("Size rule");
    expect(beside(plan.values, "Sample size")).toBe(
      "14 rows = 9 by the size rule (N = 41 > 3, so size = min(25, max(3, ⌈20 % × 41⌉ = 9)) = 9) + 5 forced (5 among the first five uses of a template version (Double-check before go v1: 4; Standard new client v1: 4; Owner transfer or recovery v1: 1)).",
    );
    expect(beside(plan.values, "Quarterly handoff audit")).toBe("Draw 1 for 2026-Q3");
    const header = plan.values.findIndex((r) => r[0] === "ID" && r.includes("Result"));
    const ids = plan.values.slice(header + 1, header + 1 + plan.sample.size).map((r) => storedValue(r[0]));
    expect(ids).toContain("HO-0041");
    const [head, ...rows] = register();
    const shuffled = planAuditTab(auditPopulation([head ?? [], ...rows.reverse()], q3), draw(), "x");
    expect(shuffled.sample.picks).toEqual(plan.sample.picks);
    const leftOut = plan.values.find((r) => storedValue(r[0]) === "HO-0042");
    expect(String(leftOut?.[1])).toMatch(/Created "last Tuesday" is not a date: fix it in the register/);
    expect(JSON.stringify(plan.values)).not.toMatch(/SHA-256|sfc32|Scenario: /);
    const notes = plan.notes.flat().join(" ");
    expect(notes).toMatch(/SHA-256/);
    expect(notes).toMatch(/sfc32/);
  });

  it("says what an override asked and what was drawn", () => {
    const population = auditPopulation(register(), q3);
    const plan = planAuditTab(population, draw({ size: 4 }), "x");
    expect(beside(plan.values, "Size asked")).toBe("4");
    expect(beside(plan.values, "Sample size")).toBe(
      "9 rows = 4 at random as asked (4 asked; the size rule would give 9) + 5 forced (5 among the first five uses of a template version (Double-check before go v1: 4; Standard new client v1: 4; Owner transfer or recovery v1: 1)).",
    );
  });

  it("lists handoffs without a decision apart, unsampled, and says how many", () => {
    const rows = register();
    const undecided = rows[5] ?? [];
    undecided[col("Decision")] = "";
    const population = auditPopulation(rows, q3);
    expect(population.candidates.map((c) => c.id)).not.toContain("HO-0005");
    const plan = planAuditTab(population, draw(), "x");
    expect(String(beside(plan.values, "Population"))).toMatch(
      /^40 handoffs decided Go, .* 1 more in the quarter was not decided Go \(no decision yet, or Not yet\): it has no delivery outcome to compare, so it is listed apart below, not sampled\./,
    );
    const block = plan.values.findIndex((r) => r[0] === "Handoffs not decided Go (not sampled)");
    expect(plan.values[block + 1]?.slice(0, 2).map(storedValue)).toEqual([
      "HO-0005",
      "No decision recorded yet",
    ]);
    expect(plan.sample.picks.map((p) => p.id)).not.toContain("HO-0005");
  });

  it("lists a second register row with the same ID as left out, naming both rows, instead of dropping it unseen", () => {
    const rows = register();
    rows.push(registerRow(7, { year: 2026, month: 8, day: 20 }));
    const population = auditPopulation(rows, q3);
    expect(population.candidates.filter((c) => c.id === "HO-0007")).toHaveLength(1);
    expect(population.leftOut).toContainEqual({
      id: "HO-0007",
      reason: `Register row ${rows.length} repeats the ID of row 8, which is the one in the population`,
    });
    const plan = planAuditTab(population, draw(), "x");
    const block = plan.values.findIndex((r) => r[0] === "Register rows left out");
    const listed = plan.values.slice(block + 1).find((r) => storedValue(r[0]) === "HO-0007");
    expect(listed?.slice(0, 2).map(storedValue)).toEqual([
      "HO-0007",
      `Register row ${rows.length} repeats the ID of row 8, which is the one in the population: fix it in the register and rebuild to include it.`,
    ]);
  });

  it("does not sample a handoff decided Not yet: it never went to delivery, so it has no outcome", () => {
    const rows = register();
    const held = rows[7] ?? [];
    held[col("Decision")] = "Not yet";
    const population = auditPopulation(rows, q3);
    expect(population.candidates).toHaveLength(40);
    expect(population.candidates.map((c) => c.id)).not.toContain("HO-0007");
    const plan = planAuditTab(population, draw({ size: 40 }), "x");
    expect(plan.sample.picks.map((p) => p.id)).not.toContain("HO-0007");
    const block = plan.values.findIndex((r) => r[0] === "Handoffs not decided Go (not sampled)");
    expect(plan.values[block + 1]?.slice(0, 2).map(storedValue)).toEqual([
      "HO-0007",
      "Decided Not yet: it has not gone to delivery, so there is no outcome to compare",
    ]);
    expect(String(beside(plan.values, "Method 1: population"))).toMatch(
      /whose Decision is Go .* decided Not yet, are listed apart and not sampled/,
    );
  });

  it("lists earlier draws, including deleted tabs and an empty draw, and warns when the quarter is not over", () => {
    const population = auditPopulation(register(), q3);
    const earlier = {
      quarter: "2026-Q3",
      seed: "FIRST",
      sizeAsked: null,
      population: 41,
      fingerprint: "cd".repeat(32),
      sampled: 10,
      by: "sam@example.com",
      at: "2026-10-02 09:00 EDT",
      openQuarter: false,
    };
    const plan = planAuditTab(
      population,
      draw({
        drawNumber: 3,
        earlierDraws: [
          { ...earlier, draw: 1, tab: "Audit 2026-Q3", tabExists: false },
          { ...earlier, draw: 2, seed: "EMPTY", population: 0, sampled: 0, tab: "", tabExists: false },
        ],
        quarterNotOverUntil: "2026-09-30",
      }),
      "Audit 2026-Q3 (seed 7F3A-91C2)",
    );
    expect(beside(plan.values, "Quarterly handoff audit")).toMatch(/^Draw 3 for 2026-Q3/);
    expect(String(beside(plan.values, "Quarter"))).toMatch(
      /^Drawn before 2026-Q3 was over \(it ends 2026-09-30\)/,
    );
    const block = plan.values.findIndex((r) => r[0] === "Draws of this quarter");
    const draws = plan.values
      .slice(block + 2, block + 5)
      .map((r) => [r[0], storedValue(r[1]), storedValue(r[8])]);
    expect(draws).toEqual([
      [1, "FIRST", "Audit 2026-Q3 (tab deleted)"],
      [2, "EMPTY", "No tab: nothing to sample"],
      [3, "7F3A-91C2", "Audit 2026-Q3 (seed 7F3A-91C2)"],
    ]);
  });

  it("documents what was open when Go was recorded, not what is open now", () => {
    const header = [...REGISTER_COLUMNS];
    const decided = registerRow(1, { year: 2026, month: 8, day: 3 });
    decided[col("Gate")] = "GO";
    decided[col("Gate detail")] = "GO";
    decided[col("Decision")] = "Go";
    decided[col("Gate when decided")] = "NOT YET: 2 review open";
    const typed = registerRow(2, { year: 2026, month: 8, day: 4 });
    typed[col("Decision")] = "Go";
    const population = auditPopulation([header, decided, typed], q3);
    const plan = planAuditTab(population, draw({ seed: "S", size: 2 }), "x");
    const row = (id: string) => plan.values.find((r) => storedValue(r[0]) === id) ?? [];
    const open = AUDIT_COLUMNS.indexOf("Items open at go");
    const overrides = AUDIT_COLUMNS.indexOf("Overrides");
    expect(row("HO-0001")[open]).toBe("'2 review open");
    expect(row("HO-0001")[overrides]).toBe("Go over NOT YET (override)");
    expect(row("HO-0002")[open]).toBe("'2 required open (the gate at Go was not recorded: open now)");
    expect(row("HO-0002")[overrides]).toBe("Go over NOT YET (override)");
  });

  it("refuses to plan a tab for an empty quarter, with the message the server records beside the draw", () => {
    const population = auditPopulation(register(), { year: 2025, q: 1 });
    expect(() => planAuditTab(population, draw(), "x")).toThrow(
      /No handoffs decided Go were started in 2025-Q1 .*nothing to sample/,
    );
  });

  it("writes a live summary formula over the table and the strata, with room for its lines", () => {
    const plan = planAuditTab(auditPopulation(register(), q3), draw(), "x");
    const formula = String(beside(plan.values, "Summary"));
    expect(formula).toMatch(/^=AUDIT_SUMMARY\(A\d+:P\d+, A\d+:E\d+\)$/);
    const at = plan.values.findIndex((r) => r[0] === "Summary");
    const lines = auditSummaryFromRanges(
      [["ID", "Stratum", "Why sampled", "Result"]],
      [
        ["Stratum", "Not picked by rule"],
        ...plan.sample.strata.map((s) => [s.name, s.population - s.forced]),
      ],
    );
    for (let i = 1; i < lines.length; i++) expect(plan.values[at + i]?.every((c) => c === "")).toBe(true);
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
