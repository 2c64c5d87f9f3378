import { describe, expect, it } from "vitest";
import { formatCalls } from "../../emulator/index";
import { SCENARIO_IDS } from "../../src/core/checklist/scenario-ids";
import { REGISTER_COLUMNS } from "../../src/core/register/register-columns";
import { cellOf, load, ok, sheetOf, start } from "./helpers";

const DAY = 86_400_000;
const scenarios = SCENARIO_IDS;

async function quarterOfHandoffs(count: number) {
  const emu = await load(new Date("2026-07-02T15:00:00Z"));
  for (let i = 0; i < count; i++) {
    start(emu, { client: `Client ${i + 1}`, scenarioId: scenarios[i % scenarios.length] });
    emu.advance(6 * DAY);
  }
  return emu;
}

const request = { quarter: "2026-Q3", seed: "TEST-SEED", size: "", ifExists: "keep" };

describe("Build quarterly audit", () => {
  it("samples the quarter reproducibly and writes the tab with its population digest, method and seed", async () => {
    const emu = await quarterOfHandoffs(12);
    const result = ok(emu.run("buildAudit", [request]));
    const outcome = result.value as { sheetName: string; population: number; sampled: number; seed: string };
    expect(outcome).toMatchObject({ sheetName: "Audit 2026-Q3", population: 12, seed: "TEST-SEED" });
    expect(outcome.sampled).toBeGreaterThanOrEqual(3);
    const snap = emu.snapshot();
    expect(String(cellOf(snap, "Audit 2026-Q3", 2, 2).v)).toMatch(
      /^12 handoffs whose Created date falls from 2026-07-01 to before 2026-10-01/,
    );
    expect(String(cellOf(snap, "Audit 2026-Q3", 3, 2).v)).toMatch(/^[0-9a-f]{64} \(SHA-256/);
    expect(cellOf(snap, "Audit 2026-Q3", 5, 2).v).toBe("TEST-SEED");
    expect(String(cellOf(snap, "Audit 2026-Q3", 9, 2).v)).toMatch(/^No results yet/);
    const ids = sheetOf(snap, "Audit 2026-Q3")
      .cells.slice(12, 12 + outcome.sampled)
      .map((r) => r[0]?.v);
    const strata = sheetOf(snap, "Audit 2026-Q3")
      .cells.slice(12, 12 + outcome.sampled)
      .map((r) => r[8]?.v);
    expect(strata).toEqual(expect.arrayContaining(["Custom/high-risk", "Owner transfer"]));

    const again = await quarterOfHandoffs(12);
    ok(again.run("buildAudit", [request]));
    const againIds = sheetOf(again.snapshot(), "Audit 2026-Q3")
      .cells.slice(12, 12 + outcome.sampled)
      .map((r) => r[0]?.v);
    expect(againIds).toEqual(ids);
  });

  it("keeps results already filled in when rebuilt, or draws a new sample into a new tab", async () => {
    const emu = await quarterOfHandoffs(6);
    ok(emu.run("buildAudit", [request]));
    const resultColumn = 16;
    emu.model.setValues("Audit 2026-Q3", 13, resultColumn, [["Exception"]]);
    const kept = ok(emu.run("buildAudit", [request])).value as { kept: boolean };
    expect(kept.kept).toBe(true);
    expect(cellOf(emu.snapshot(), "Audit 2026-Q3", 13, resultColumn).v).toBe("Exception");
    expect(String(cellOf(emu.snapshot(), "Audit 2026-Q3", 9, 2).v)).toMatch(/1 exception/);
    const fresh = ok(emu.run("buildAudit", [{ ...request, seed: "REDRAW-1", ifExists: "new" }])).value as {
      sheetName: string;
    };
    expect(fresh.sheetName).toBe("Audit 2026-Q3 (seed REDRAW-1)");
    const again = emu.run("buildAudit", [{ ...request, seed: "REDRAW-1", ifExists: "new" }]);
    expect(again.error?.message).toMatch(/already exists: draw with another seed/);
    expect(cellOf(emu.snapshot(), "Audit 2026-Q3", 13, resultColumn).v).toBe("Exception");
  });

  it("refuses an empty quarter with a clear message and no tab", async () => {
    const emu = await quarterOfHandoffs(2);
    const sheetsBefore = emu.snapshot().sheets.length;
    const empty = emu.run("buildAudit", [{ ...request, quarter: "2025-Q1" }]);
    expect(empty.error?.message).toMatch(/No handoffs were started in 2025-Q1/);
    expect(emu.snapshot().sheets).toHaveLength(sheetsBefore);
  });

  it("reports register dates typed as text it cannot read, instead of dropping them silently", async () => {
    const emu = await quarterOfHandoffs(4);
    emu.model.setValues("Handoffs", 3, 8, [["sometime in July"]]);
    const outcome = ok(emu.run("buildAudit", [request])).value as { message: string; population: number };
    expect(outcome.population).toBe(3);
    expect(outcome.message).toMatch(/1 register row\(s\) have no readable Created date/);
  });

  it("costs the same Spreadsheet calls for 12 and for 10,000 handoffs", async () => {
    const emu = await quarterOfHandoffs(12);
    ok(emu.run("buildAudit", [request]));
    const few = ok(emu.run("buildAudit", [{ ...request, seed: "FEW", ifExists: "new" }])).calls;
    const rows = Array.from({ length: 9988 }, (_, i) => {
      const r: unknown[] = Array(REGISTER_COLUMNS.length).fill("");
      r[0] = `HO-${String(i + 13).padStart(5, "0")}`;
      r[2] = "Standard new client";
      r[3] = "standard-new-client@1+double-check@1";
      r[7] = new Date(Date.UTC(2026, 6 + (i % 3), 1 + (i % 28), 12));
      return r;
    });
    const register = emu.model.sheetByName("Handoffs");
    if (!register) throw new Error("no register");
    register.maxRows = 10_100;
    emu.model.setValues("Handoffs", 14, 1, rows);
    const many = ok(emu.run("buildAudit", [{ ...request, seed: "MANY", ifExists: "new" }]));
    expect((many.value as { population: number }).population).toBe(10_000);
    expect(formatCalls(many.calls)).toBe(formatCalls(few));
    expect(few.total).toBeLessThanOrEqual(19);
  });

  it("runs from the menu: asks for the quarter, then whether to keep an existing tab", async () => {
    const emu = await quarterOfHandoffs(5);
    emu.advance(120 * DAY);
    emu.ui.queuePrompt({ button: "OK", text: "2026-Q3 seed=MENU-1" });
    ok(emu.run("buildQuarterlyAudit"));
    expect(cellOf(emu.snapshot(), "Audit 2026-Q3", 5, 2).v).toBe("MENU-1");
    emu.ui.queuePrompt({ button: "OK", text: "" });
    emu.ui.queueAlert("YES");
    ok(emu.run("buildQuarterlyAudit"));
    expect(emu.snapshot().sheets.filter((s) => s.name.startsWith("Audit 2026-Q3"))).toHaveLength(1);
    emu.ui.queuePrompt({ button: "OK", text: "summer" });
    emu.ui.queueAlert("OK");
    ok(emu.run("buildQuarterlyAudit"));
    expect(emu.ui.alerts.at(-1)).toMatch(/"summer" is not a quarter/);
  });
});
