import { describe, expect, it } from "vitest";
import { type CallCounts, type Emulator, formatCalls } from "../../emulator/index";
import { SCENARIO_IDS } from "../../src/core/checklist/scenario-ids";
import { REGISTER_COLUMNS } from "../../src/core/register/register-columns";
import { activate, cellOf, load, ok, sheetOf, start } from "./helpers";

const DAY = 86_400_000;
const TAB = "Audit 2026-Q3";

/** Records a decision as the sidebar does: Go (an override, with reason and approver) or Not yet. */
function decide(emu: Emulator, id: string, decision: "Go" | "Not yet") {
  ok(
    emu.run("recordDecision", [
      {
        handoffId: id,
        decision,
        overrideReason: decision === "Go" ? "Fixed go-live date" : "",
        overrideApprovedBy: decision === "Go" ? "Priya Shah" : "",
        acknowledgedBy: "",
        acknowledgedOn: "",
      },
    ]),
  );
}

/** `count` handoffs started six days apart from 2 July 2026, each decided except those in `undecided`. */
async function quarterOfHandoffs(count: number, undecided: number[] = []) {
  const emu = await load(new Date("2026-07-02T15:00:00Z"));
  emu.runTrigger("onOpen", { authMode: "NONE" });
  for (let i = 0; i < count; i++) {
    const view = start(emu, { client: `Client ${i + 1}`, scenarioId: SCENARIO_IDS[i % SCENARIO_IDS.length] });
    if (!undecided.includes(i + 1)) decide(emu, view.id, i % 2 ? "Go" : "Not yet");
    emu.advance(6 * DAY);
  }
  // To 5 October 2026: 2026-Q3 is over.
  emu.advance(Date.parse("2026-10-05T15:00:00Z") - Date.parse("2026-07-02T15:00:00Z") - count * 6 * DAY);
  return emu;
}

/** `count` more decided handoffs typed below the register's 12: not first uses, so some picks are random. */
function addDecidedRows(emu: Emulator, count: number) {
  const rows = Array.from({ length: count }, (_, i) => {
    const r: unknown[] = Array(REGISTER_COLUMNS.length).fill("");
    r[0] = `HO-${String(i + 13).padStart(4, "0")}`;
    r[2] = "Standard new client";
    r[3] = "standard-new-client@1+double-check@1";
    r[7] = `2026-09-${String(1 + (i % 28)).padStart(2, "0")}`;
    r[REGISTER_COLUMNS.indexOf("Decision")] = "Go";
    return r;
  });
  emu.model.setValues("Handoffs", 14, 1, rows);
}

const request = { quarter: "2026-Q3", seed: "TEST-SEED", size: "", ifExists: "keep" };

/** Rows of a snapshot sheet as text. */
function rowsOf(emu: Emulator, name: string): string[][] {
  return sheetOf(emu.snapshot(), name).cells.map((line) => line.map((c) => String(c?.v ?? "")));
}

/** The value beside a label in column A of a tab. */
function beside(emu: Emulator, name: string, label: string): string {
  return rowsOf(emu, name).find((r) => r[0] === label)?.[1] ?? "";
}

/** The sampled IDs in the table of an audit tab. */
function sampledIds(emu: Emulator, name: string): string[] {
  const rows = rowsOf(emu, name);
  const header = rows.findIndex((r) => r[0] === "ID" && r.includes("Result"));
  const ids: string[] = [];
  for (const r of rows.slice(header + 1)) {
    if (!r[0]) break;
    ids.push(r[0]);
  }
  return ids;
}

/** Rows of the block under a label (header row included), up to the first blank row. */
function block(emu: Emulator, name: string, label: string): string[][] {
  const rows = rowsOf(emu, name);
  const at = rows.findIndex((r) => r[0] === label);
  const out: string[][] = [];
  for (const r of rows.slice(at + 1)) {
    if (!r[0]) break;
    out.push(r);
  }
  return out;
}

function logDetails(emu: Emulator): string[] {
  const log = emu.snapshot().sheets.find((s) => s.name === "Handoff log");
  if (!log) return [];
  return log.cells.filter((r) => r[3]?.v === "audit draw").map((r) => String(r[4]?.v ?? ""));
}

describe("Build quarterly audit", () => {
  it("samples handoffs decided Go reproducibly, lists the others apart, and records the draw", async () => {
    const emu = await quarterOfHandoffs(12, [5]);
    const outcome = ok(emu.run("buildAudit", [request])).value as {
      sheetName: string;
      population: number;
      sampled: number;
      draw: number;
    };
    // Go: HO-0002, 4, 6, 8, 10, 12. Not yet: HO-0001, 3, 7, 9, 11. No decision: HO-0005.
    expect(outcome).toMatchObject({ sheetName: TAB, population: 6, draw: 1 });
    expect(beside(emu, TAB, "Quarterly handoff audit")).toBe("Draw 1 for 2026-Q3");
    expect(beside(emu, TAB, "Population")).toMatch(
      /^6 handoffs decided Go, whose Created date falls from 2026-07-01 to 2026-09-30\. 6 more in the quarter were not decided Go \(no decision yet, or Not yet\)/,
    );
    expect(beside(emu, TAB, "Fingerprint of the handoff list")).toMatch(/^[0-9a-f]{64}$/);
    expect(beside(emu, TAB, "Seed")).toBe("TEST-SEED");
    expect(beside(emu, TAB, "Quarter")).toBe("2026-Q3 was over when this sample was drawn.");
    const notYet = "Decided Not yet: it has not gone to delivery, so there is no outcome to compare";
    expect(block(emu, TAB, "Handoffs not decided Go (not sampled)").map((r) => r.slice(0, 2))).toEqual([
      ["HO-0001", notYet],
      ["HO-0003", notYet],
      ["HO-0005", "No decision recorded yet"],
      ["HO-0007", notYet],
      ["HO-0009", notYet],
      ["HO-0011", notYet],
    ]);
    const ids = sampledIds(emu, TAB);
    expect(ids).toHaveLength(outcome.sampled);
    expect(ids.filter((id) => Number(id.slice(3)) % 2 === 1)).toEqual([]);
    const sizeLine = beside(emu, TAB, "Sample size");
    const [total, random, forced] = (
      /^(\d+) rows = (\d+) by the size rule .* \+ (\d+) forced/.exec(sizeLine) ?? []
    )
      .slice(1)
      .map(Number);
    expect(total).toBe(ids.length);
    expect((random ?? 0) + (forced ?? 0)).toBe(total);
    const cells = JSON.stringify(rowsOf(emu, TAB));
    expect(cells).not.toMatch(/SHA-256|sfc32|Scenario: |standard-new-client/);
    expect(block(emu, TAB, "Draws of this quarter")[1]?.slice(0, 4)).toEqual([
      "1",
      "TEST-SEED",
      "Size rule",
      "6",
    ]);
    expect(logDetails(emu)).toEqual([
      expect.stringMatching(
        /^2026-Q3 draw 1: seed TEST-SEED, size rule, \d+ of 6 sampled, fingerprint [0-9a-f]{64}, tab Audit 2026-Q3$/,
      ),
    ]);

    const again = await quarterOfHandoffs(12, [5]);
    ok(again.run("buildAudit", [request]));
    expect(sampledIds(again, TAB)).toEqual(ids);
  });

  it("keeps the results filled in, names what changed in the register, and numbers every new draw", async () => {
    const emu = await quarterOfHandoffs(6);
    ok(emu.run("buildAudit", [request]));
    const rows = rowsOf(emu, TAB);
    const header = rows.findIndex((r) => r[0] === "ID" && r.includes("Result"));
    const resultColumn = (rows[header]?.indexOf("Result") ?? 0) + 1;
    emu.model.setValues(TAB, header + 2, resultColumn, [["Exception"]]);
    const same = ok(emu.run("buildAudit", [request])).value as { kept: boolean; changes: string };
    expect(same).toMatchObject({ kept: true, changes: "" });
    // A handoff typed into the register for 2026-Q3 since the draw, and one moved out of it.
    const register = rowsOf(emu, "Handoffs");
    const created = REGISTER_COLUMNS.indexOf("Created") + 1;
    emu.model.setValues("Handoffs", 3, created, [["2026-10-05"]]);
    const row: unknown[] = Array(REGISTER_COLUMNS.length).fill("");
    row[0] = "HO-0099";
    row[2] = "Standard new client";
    row[3] = "standard-new-client@1+double-check@1";
    row[7] = "2026-08-20";
    row[REGISTER_COLUMNS.indexOf("Decision")] = "Go";
    emu.model.setValues("Handoffs", register.filter((r) => r[0]).length + 1, 1, [row]);
    const kept = ok(emu.run("buildAudit", [request])).value as {
      kept: boolean;
      changes: string;
      message: string;
    };
    expect(kept.kept).toBe(true);
    expect(kept.changes).toBe(
      "added since the draw: HO-0099; no longer in the quarter (or no longer decided Go): HO-0002",
    );
    expect(kept.message).toMatch(
      /The register changed since its draw \(added since the draw: HO-0099;.*HO-0002\): draw a new sample/,
    );
    expect(cellOf(emu.snapshot(), TAB, header + 2, resultColumn).v).toBe("Exception");

    const fresh = ok(emu.run("buildAudit", [{ ...request, seed: "REDRAW-1", ifExists: "new" }])).value as {
      sheetName: string;
      draw: number;
    };
    expect(fresh).toMatchObject({ sheetName: "Audit 2026-Q3 (seed REDRAW-1)", draw: 2 });
    const again = emu.run("buildAudit", [{ ...request, seed: "REDRAW-1", ifExists: "new" }]);
    expect(again.error?.message).toMatch(/already exists: draw with another seed/);
    // The refused attempt recorded nothing; the tab of draw 2 is deleted, and draw 3 still lists it.
    const second = emu.model.sheetByName("Audit 2026-Q3 (seed REDRAW-1)");
    if (!second) throw new Error("no second tab");
    emu.model.removeSheet(second);
    ok(emu.run("buildAudit", [{ ...request, seed: "REDRAW-2", ifExists: "new" }]));
    const third = "Audit 2026-Q3 (seed REDRAW-2)";
    expect(beside(emu, third, "Quarterly handoff audit")).toMatch(/^Draw 3 for 2026-Q3/);
    expect(block(emu, third, "Draws of this quarter").map((r) => [r[0], r[1], r[8]])).toEqual([
      ["Draw", "Seed", "Tab"],
      ["1", "TEST-SEED", TAB],
      ["2", "REDRAW-1", "Audit 2026-Q3 (seed REDRAW-1) (tab deleted)"],
      ["3", "REDRAW-2", third],
    ]);
    expect(logDetails(emu).map((d) => d.split(":")[0])).toEqual([
      "2026-Q3 draw 1",
      "2026-Q3 draw 2",
      "2026-Q3 draw 3",
    ]);
  });

  it("records an empty quarter as a draw without a tab, and later draws list it", async () => {
    const emu = await quarterOfHandoffs(2);
    const sheetsBefore = emu.snapshot().sheets.map((s) => s.name);
    const empty = ok(emu.run("buildAudit", [{ ...request, quarter: "2025-Q1", seed: "NOTHING" }])).value as {
      sheetName: string;
      message: string;
      draw: number;
    };
    expect(empty).toMatchObject({ sheetName: "", draw: 1 });
    expect(empty.message).toMatch(
      /No handoffs decided Go were started in 2025-Q1.*Recorded as draw 1 for 2025-Q1\./,
    );
    expect(
      emu
        .snapshot()
        .sheets.map((s) => s.name)
        .filter((n) => n.startsWith("Audit")),
    ).toEqual(sheetsBefore.filter((n) => n.startsWith("Audit")));
    expect(logDetails(emu)).toEqual([
      expect.stringMatching(
        /^2025-Q1 draw 1: seed NOTHING, size rule, 0 of 0 sampled, .*no tab \(nothing to sample\)$/,
      ),
    ]);
  });

  it("warns before drawing a quarter that is not over, and the tab says so", async () => {
    const emu = await load(new Date("2026-07-02T15:00:00Z"));
    for (let i = 0; i < 4; i++) decide(emu, start(emu, { client: `C${i}` }).id, "Go");
    const refused = emu.run("buildAudit", [request]);
    expect(refused.error?.message).toMatch(
      /^2026-Q3 is not over yet \(it ends 2026-09-30\).*Tick "Draw anyway"/,
    );
    expect(emu.snapshot().sheets.some((s) => s.name === TAB)).toBe(false);
    const bad = emu.run("buildAudit", [{ ...request, confirmOpenQuarter: "yes" }]);
    expect(bad.error?.message).toMatch(/Confirm drawing a quarter that is not over yet/);
    ok(emu.run("buildAudit", [{ ...request, confirmOpenQuarter: true }]));
    expect(beside(emu, TAB, "Quarter")).toMatch(
      /^Drawn before 2026-Q3 was over \(it ends 2026-09-30\); the person drawing confirmed the warning/,
    );

    const menu = await load(new Date("2026-08-02T15:00:00Z"));
    decide(menu, start(menu).id, "Go");
    menu.ui.queuePrompt({ button: "OK", text: "2026-Q3" });
    menu.ui.queueAlert("NO");
    ok(menu.run("buildQuarterlyAudit"));
    expect(menu.ui.alerts.at(-1)).toMatch(/^Quarter not over: 2026-Q3 is not over yet .*Draw anyway\?/s);
    expect(menu.snapshot().sheets.some((s) => s.name === TAB)).toBe(false);
  });

  it("verifies a tab: same sample, or what differs after a row or the population list was changed", async () => {
    const emu = await quarterOfHandoffs(12);
    addDecidedRows(emu, 30);
    ok(emu.run("buildAudit", [request]));
    activate(emu, TAB);
    const verify = () => {
      emu.ui.queueAlert("OK");
      ok(emu.clickMenuItem("Verify this audit"));
      return String(emu.ui.alerts.at(-1));
    };
    expect(verify()).toMatch(
      /^Verify this audit: Same sample: .*The Population list matches the fingerprint.*The register still has the same handoffs/s,
    );
    const rows = rowsOf(emu, TAB);
    const header = rows.findIndex((r) => r[0] === "ID" && r.includes("Result"));
    const first = rows[header + 1]?.[0] ?? "";
    const notSampled = block(emu, TAB, "Population list")
      .slice(1)
      .map((r) => r[0] ?? "")
      .find((id) => !sampledIds(emu, TAB).includes(id));
    emu.model.setValues(TAB, header + 2, 1, [[notSampled]]);
    const changed = verify();
    expect(changed).toMatch(/Not the same sample/);
    expect(changed).toContain(`The method draws ${first}`);
    expect(changed).toContain(`The table lists ${notSampled}, which the method does not draw.`);
    emu.model.setValues(TAB, header + 2, 1, [[first]]);
    const listAt = rows.findIndex((r) => r[0] === "Population list");
    emu.model.setValues(TAB, listAt + 3, 1, [["HO-0777"]]);
    expect(verify()).toMatch(/does not match the fingerprint written on the tab/);

    activate(emu, "Handoffs");
    expect(verify()).toMatch(/Handoffs is not an audit tab/);
  });

  it("verify checks the tab against its recorded draw: a seed-shopped tab relabelled as draw 1 is caught", async () => {
    const emu = await quarterOfHandoffs(12);
    addDecidedRows(emu, 30);
    ok(emu.run("buildAudit", [request]));
    const verify = (tab: string) => {
      activate(emu, tab);
      emu.ui.queueAlert("OK");
      ok(emu.clickMenuItem("Verify this audit"));
      return String(emu.ui.alerts.at(-1));
    };
    expect(verify(TAB)).toMatch(
      /The seed, size asked and fingerprint match draw 1 for 2026-Q3 as recorded by user@example\.com on /,
    );
    // Another seed, drawn as draw 2; its tab is then relabelled as draw 1 and the first tab deleted.
    ok(emu.run("buildAudit", [{ ...request, seed: "LUCKY-7", ifExists: "new" }]));
    const shopped = "Audit 2026-Q3 (seed LUCKY-7)";
    const first = emu.model.sheetByName(TAB);
    if (!first) throw new Error("no first tab");
    emu.model.removeSheet(first);
    emu.model.setValues(shopped, 1, 2, [["Draw 1 for 2026-Q3"]]);
    const text = verify(shopped);
    expect(text).toMatch(/^Verify this audit: Same sample/);
    expect(text).toMatch(
      /The tab does not match draw 1 for 2026-Q3 as recorded by .*: recorded seed TEST-SEED \(the tab says LUCKY-7\)\./,
    );
    emu.model.setValues(shopped, 1, 2, [["Draw 9 for 2026-Q3"]]);
    expect(verify(shopped)).toMatch(/No draw 9 for 2026-Q3 is recorded in this document/);
  });

  it("summarises live from the random picks only, rounding bounds up", async () => {
    const emu = await quarterOfHandoffs(12);
    addDecidedRows(emu, 30);
    ok(emu.run("buildAudit", [request]));
    const rows = rowsOf(emu, TAB);
    const header = rows.findIndex((r) => r[0] === "ID" && r.includes("Result"));
    const resultColumn = (rows[header]?.indexOf("Result") ?? 0) + 1;
    const why = rows[header]?.indexOf("Why sampled") ?? 0;
    const ids = sampledIds(emu, TAB);
    emu.model.setValues(
      TAB,
      header + 2,
      resultColumn,
      ids.map(() => ["Pass"]),
    );
    const summaryAt = rows.findIndex((r) => r[0] === "Summary");
    const summary = rowsOf(emu, TAB)
      .slice(summaryAt, summaryAt + 8)
      .map((r) => r[1] ?? "");
    const randomCount = rows
      .slice(header + 1, header + 1 + ids.length)
      .filter((r) => r[why] === "Random pick").length;
    expect(summary[0]).toMatch(
      new RegExp(
        `^Whole quarter, weighted by stratum size \\(random picks only, ${randomCount} of ${randomCount} random picks have a result\\): observed exception rate 0\\.0 %`,
      ),
    );
    expect(summary.join("\n")).toMatch(/Forced picks \(.*Pass.*\): checked, but they were chosen by rule/);
    // Bounds carry one decimal, rounded up: never a bare whole percent.
    expect(summary.join("\n")).toMatch(/at most \d+ of the \d+ \(\d+\.\d %\) have/);
    expect(summary.join("\n")).not.toMatch(/\(\d+ %\)/);
  });

  it("costs the same Spreadsheet calls for 12 and for 10,000 handoffs", async () => {
    const few = await quarterOfHandoffs(12);
    const fewCalls = ok(few.run("buildAudit", [{ ...request, seed: "FEW" }])).calls;
    const many = await quarterOfHandoffs(12);
    const rows = Array.from({ length: 9988 }, (_, i) => {
      const r: unknown[] = Array(REGISTER_COLUMNS.length).fill("");
      r[0] = `HO-${String(i + 13).padStart(5, "0")}`;
      r[2] = "Standard new client";
      r[3] = "standard-new-client@1+double-check@1";
      r[7] = new Date(Date.UTC(2026, 6 + (i % 3), 1 + (i % 28), 12));
      r[REGISTER_COLUMNS.indexOf("Decision")] = "Go";
      return r;
    });
    const register = many.model.sheetByName("Handoffs");
    if (!register) throw new Error("no register");
    register.maxRows = 10_100;
    many.model.setValues("Handoffs", 14, 1, rows);
    const big = ok(many.run("buildAudit", [{ ...request, seed: "MANY" }]));
    // 6 of the first 12 were decided Go, and every typed row.
    expect((big.value as { population: number }).population).toBe(9_994);
    // The tab is sized in one call either way: spare rows deleted for a small quarter, rows added for 10,000.
    const sized = (calls: CallCounts, how: string): CallCounts => {
      const byMethod: Record<string, number> = { ...calls.byMethod };
      expect(byMethod[how]).toBe(1);
      delete byMethod[how];
      return { total: calls.total, byMethod: { ...byMethod, "Sheet.<size rows>": 1 } };
    };
    expect(formatCalls(sized(big.calls, "Sheet.insertRowsAfter"))).toBe(
      formatCalls(sized(fewCalls, "Sheet.deleteRows")),
    );
    // 31: with the checklist templates (their named range and its values) naming the strata.
    expect(fewCalls.total).toBeLessThanOrEqual(31);
  });

  it("runs from the menu: asks for the quarter, then shows what changed before offering a new draw", async () => {
    const emu = await quarterOfHandoffs(5);
    emu.ui.queuePrompt({ button: "OK", text: "2026-Q3 seed=MENU-1" });
    ok(emu.run("buildQuarterlyAudit"));
    expect(beside(emu, TAB, "Seed")).toBe("MENU-1");
    emu.ui.queuePrompt({ button: "OK", text: "2026-Q3" });
    emu.ui.queueAlert("YES");
    ok(emu.run("buildQuarterlyAudit"));
    expect(emu.ui.alerts.at(-1)).toMatch(/The register has the same handoffs for the quarter as its draw/);
    expect(emu.snapshot().sheets.filter((s) => s.name.startsWith(TAB))).toHaveLength(1);
    emu.model.setValues("Handoffs", 3, REGISTER_COLUMNS.indexOf("Created") + 1, [["2026-04-02"]]);
    emu.ui.queuePrompt({ button: "OK", text: "2026-Q3" });
    emu.ui.queueAlert("YES");
    ok(emu.run("buildQuarterlyAudit"));
    expect(emu.ui.alerts.at(-1)).toMatch(
      /The register changed since its draw: no longer in the quarter \(or no longer decided Go\): HO-0002\./,
    );
    emu.ui.queuePrompt({ button: "OK", text: "summer" });
    emu.ui.queueAlert("OK");
    ok(emu.run("buildQuarterlyAudit"));
    expect(emu.ui.alerts.at(-1)).toMatch(/"summer" is not a quarter/);
  });
});
