// What Archive and Restore cost in Spreadsheet calls, and that no command's cost grows with the
// Archive: a workbook with 1 archived handoff and one with 30 pay the same for each command.
import { describe, expect, it } from "vitest";
import type { Emulator } from "../../emulator/index";
import { decisionRequest, load, newRequest, ok, start } from "./helpers";

const GO_ACKNOWLEDGED = {
  overrideReason: "Fixed go-live date",
  overrideApprovedBy: "Priya Shah",
  acknowledgedBy: "Sam Ortiz",
  acknowledgedOn: "2026-11-24",
};

function startDecided(emu: Emulator, over: Parameters<typeof start>[1] = {}): string {
  const view = start(emu, over);
  ok(emu.run("recordDecision", [decisionRequest(view.id, GO_ACKNOWLEDGED)]));
  return view.id;
}

function archiveCalls(emu: Emulator, ids: string[]): number {
  return ok(emu.run("archiveHandoffs", [{ handoffIds: ids }])).calls.total;
}

/** A workbook whose Archive holds `archived` handoffs, with one more finished handoff and one open. */
async function workbookWith(archived: number) {
  const emu = await load();
  const ids = Array.from({ length: archived }, (_, i) => startDecided(emu, { client: `Client ${i + 1}` }));
  ok(emu.run("archiveHandoffs", [{ handoffIds: ids }]));
  const finished = startDecided(emu, { client: "Finished" });
  start(emu, { client: "Open" });
  return { emu, finished };
}

/** Calls of every command in a workbook with `archived` handoffs archived. */
async function costs(archived: number) {
  const { emu, finished } = await workbookWith(archived);
  const calls = (name: string, args: unknown[] = []) => ok(emu.run(name, args)).calls.total;
  return {
    newHandoff: calls("startHandoff", [newRequest({ client: "New" })]),
    refresh: calls("refreshRegister"),
    archive: archiveCalls(emu, [finished]),
    restore: calls("restoreHandoff", [{ handoffId: "HO-0001" }]),
    audit: calls("buildAudit", [
      { quarter: "2026-Q4", seed: "COST", size: "", ifExists: "new", confirmOpenQuarter: true },
    ]),
  };
}

describe("Archive and Restore cost", () => {
  it("archives in the same calls whatever the size of the checklists", async () => {
    const emu = await load();
    archiveCalls(emu, [startDecided(emu, { client: "Creates the Archive" })]);
    const small = startDecided(emu, { scenarioId: "expansion-change" });
    const large = startDecided(emu, { scenarioId: "custom-high-risk", client: "Large" });
    expect(archiveCalls(emu, [small])).toBe(archiveCalls(emu, [large]));
  });

  it("costs a fixed number of calls per archived tab (reading, removing it and its named ranges), nothing per item", async () => {
    const batch = async (tabs: number) => {
      const emu = await load();
      const ids = Array.from({ length: tabs }, (_, i) => startDecided(emu, { client: `Client ${i}` }));
      return archiveCalls(emu, ids);
    };
    const two = await batch(2);
    const perTab = (await batch(3)) - two;
    // SpreadsheetApp has no batch delete of tabs or named ranges: per tab, one read of its values and formulas, its grid size and its anchor's
    // template versions (11 calls), one deleteSheet and 10 removeNamedRange; the Archive's append and the register's write stay one each.
    expect(perTab).toBeLessThanOrEqual(22);
    expect(await batch(5)).toBe(two + 3 * perTab);
    expect(two).toBeLessThanOrEqual(95);
  });

  it("gives every command the same cost with 1 or 30 handoffs archived", { timeout: 60_000 }, async () => {
    const small = await costs(1);
    const large = await costs(30);
    expect(large).toEqual(small);
    expect(small.restore).toBeLessThanOrEqual(75);
  });
});

describe("Archive, Restore and the capacity guard", () => {
  it("change the workbook's tally of cells and tabs by what they change, and size the Archive to its rows", async () => {
    const emu = await load();
    const ids = [
      startDecided(emu),
      startDecided(emu, { client: "Two" }),
      startDecided(emu, { client: "Three" }),
    ];
    // The handoff log grows as its writer appends, outside the tally by design (README "Capacity").
    const counted = () => emu.model.sheets.filter((s) => s.name !== "Handoff log");
    const exact = () => ({
      cells: counted().reduce((sum, s) => sum + s.maxRows * s.maxCols, 0),
      tabs: emu.model.sheets.length,
    });
    const tally = () => JSON.parse(emu.snapshot().properties.document["handoffGate.workbookUse"] ?? "null");
    const missed = () => ({ cells: exact().cells - tally().cells, tabs: exact().tabs - tally().tabs });
    const before = missed();

    ok(emu.run("archiveHandoffs", [{ handoffIds: ids.slice(0, 2) }]));
    expect(missed()).toEqual(before);
    const archive = emu.model.sheetByName("Archive");
    const rows = emu.snapshot().sheets.find((s) => s.name === "Archive")?.cells.length ?? 0;
    // Header and archived rows, ten spare rows below; the 13 columns and one spare.
    expect([archive?.maxRows, archive?.maxCols]).toEqual([rows + 10, 15]);

    ok(emu.run("restoreHandoff", [{ handoffId: ids[0] }]));
    expect(missed()).toEqual(before);
    ok(emu.run("restoreHandoff", [{ handoffId: ids[1] }]));
    expect(missed()).toEqual(before);
  });
});
