// Archive finished handoffs and Restore one, as a person uses them from the menu and the sidebar: what
// is archived, what the register keeps, what is refused and why, and what each costs in calls.
import { describe, expect, it } from "vitest";
import type { Emulator, ExecutionResult } from "../../emulator/index";
import { decisionRequest, load, ok, sheetOf, shownValues, start, startWithVendorColumn } from "./helpers";

const ACK = {
  overrideReason: "Fixed go-live date",
  overrideApprovedBy: "Priya Shah",
  acknowledgedBy: "Sam Ortiz",
  acknowledgedOn: "2026-11-24",
};

/** Go recorded (an override, the checklist being open) and, when `acknowledged`, acknowledged. */
function decideGo(emu: Emulator, id: string, acknowledged = true): void {
  const ack = acknowledged ? ACK : { ...ACK, acknowledgedBy: "", acknowledgedOn: "" };
  ok(emu.run("recordDecision", [decisionRequest(id, ack)]));
}

/** Handoffs for these clients, each decided Go and acknowledged. */
function startDecided(emu: Emulator, clients: string[]) {
  const views = clients.map((client) => start(emu, { client }));
  for (const v of views) decideGo(emu, v.id);
  return views;
}

/** The title a tab shows beside its "Handoff" label. */
function titleOf(emu: Emulator, sheetName: string): string {
  const line = shownValues(emu, sheetName).find((r) => r[0] === "Handoff");
  return line?.[1] ?? "";
}

function registerLine(emu: Emulator, id: string): Record<string, string> {
  const rows = shownValues(emu, "Handoffs");
  const header = rows[0] ?? [];
  const line = rows.find((r) => r[0] === id) ?? [];
  return Object.fromEntries(header.map((h, i) => [h, line[i] ?? ""]));
}

function archive(emu: Emulator, handoffIds: string[] = [], confirmUnfinished = false): ExecutionResult {
  return emu.run("archiveHandoffs", [{ handoffIds, confirmUnfinished }]);
}

function failure(result: ExecutionResult): string {
  expect(result.ok).toBe(false);
  return result.error?.message ?? "";
}

function archiveIds(emu: Emulator, sheet = "Archive"): string[] {
  return [
    ...new Set(
      shownValues(emu, sheet)
        .slice(1)
        .map((r) => r[0] ?? "")
        .filter((v) => v.startsWith("HO-")),
    ),
  ];
}

describe("Archive finished handoffs", () => {
  it("moves only handoffs decided Go and acknowledged, removes their tabs and keeps their register values", async () => {
    const emu = await load();
    const a = start(emu, { client: "Acme Corp" });
    const b = start(emu, { client: "Beta Inc" });
    const c = start(emu, { client: "Gamma" });
    decideGo(emu, a.id);
    decideGo(emu, b.id, false);
    const before = registerLine(emu, a.id);

    const outcome = ok(archive(emu)).value as { archived: string[]; message: string };

    expect(outcome.archived).toEqual(["HO-0001"]);
    expect(outcome.message).toContain('to "Archive" rows 2–');
    const names = emu.model.sheets.map((s) => s.name);
    expect(names).not.toContain(a.sheetName);
    expect(names).toEqual(expect.arrayContaining([b.sheetName, c.sheetName, "Archive"]));
    expect(archiveIds(emu)).toEqual(["HO-0001"]);
    expect(sheetOf(emu.snapshot(), "Archive").protections).toEqual([
      expect.objectContaining({ type: "SHEET", warningOnly: true }),
    ]);
    const after = registerLine(emu, a.id);
    expect(after.Tab).toMatch(/^Archived \(rows 2–\d+\)$/);
    for (const column of [
      "Gate",
      "Gate detail",
      "Decision",
      "Gate when decided",
      "Acknowledged by",
      "Acknowledged on",
    ]) {
      expect(after[column]).toBe(before[column]);
    }
    expect(after.Decision).toBe("Go");
    expect(after["Acknowledged by"]).toBe("Sam Ortiz");
    expect(after["Acknowledged on"]).toBe("2026-11-24");
    // The named ranges of the removed tab are gone with it.
    expect(emu.snapshot().namedRanges.filter((r) => r.name.startsWith("HandoffGate_HO_0001"))).toEqual([]);

    // Refresh register leaves what was recorded, and counts the handoff as archived.
    const summary = ok(emu.run("refreshRegister")).value as string;
    expect(summary).toContain("3 handoffs · 0 GO · 3 NOT YET · 1 archived");
    expect(registerLine(emu, a.id)).toEqual(after);

    const log = sheetOf(emu.snapshot(), "Handoff log").cells.filter((r) => r[3]?.v === "archive");
    expect(log.map((r) => [r[2]?.v, String(r[4]?.v)])).toEqual([
      ["HO-0001", expect.stringMatching(/^tab "HO-0001 Acme Corp" moved to Archive rows 2–\d+ and removed$/)],
    ]);
  });

  it("archives handoffs a person names, asking to confirm those not finished", async () => {
    const emu = await load();
    start(emu);
    const b = start(emu, { client: "Beta Inc" });
    decideGo(emu, b.id, false);

    expect(failure(archive(emu))).toBe(
      "No handoff is finished yet: a handoff is archived when it is decided Go and acknowledged by the receiving team, its checklist unchanged since. To archive another one, name it by its ID.",
    );
    expect(failure(archive(emu, ["HO-0001", "ho-0002"]))).toBe(
      "Not finished: HO-0001 (decision is blank, not Go), HO-0002 (not acknowledged by the receiving team). Archive them only if you are sure (their tabs are removed; Restore brings them back): confirm to go ahead.",
    );
    expect(emu.model.sheetByName("Archive")).toBeUndefined();
    const outcome = ok(archive(emu, ["HO-0002"], true)).value as { archived: string[]; message: string };
    expect(outcome.archived).toEqual(["HO-0002"]);
    expect(outcome.message).toContain(
      "Not finished when archived: HO-0002 (not acknowledged by the receiving team).",
    );

    expect(failure(archive(emu, ["HO-0002", "HO-0099", "HO-7"], true))).toBe(
      "Handoff IDs: HO-0002 is already archived; HO-0099 is not in the register; HO-7 is not in the register. Correct the IDs and archive again.",
    );
    expect(failure(archive(emu, ["Acme"], true))).toBe(
      'Handoff IDs: "ACME" is not a handoff ID like HO-0007. Correct the IDs and archive again.',
    );
    // The register's Tab column renamed: the row could not link to its archived rows, so nothing moves.
    const tab = (shownValues(emu, "Handoffs")[0] ?? []).indexOf("Tab") + 1;
    emu.model.setValues("Handoffs", 1, tab, [["Link"]]);
    expect(failure(archive(emu, ["HO-0001"], true))).toBe(
      'The register "Handoffs" has no "Tab" column in row 1 (renamed or deleted): head a column with that name again (any order; run Refresh register if the header row is gone), then try again.',
    );
    expect(emu.model.sheetByName("HO-0001 Acme Corp")).toBeDefined();
  });

  it("never writes into a person's own sheet called Archive, and finds its own after renames", async () => {
    const emu = await load();
    emu.model.addSheet("Archive");
    emu.model.setValues("Archive", 1, 1, [["My notes"], ["keep me"]]);
    const a = start(emu);
    const b = start(emu, { client: "Beta Inc" });
    decideGo(emu, a.id);
    decideGo(emu, b.id);
    const renamed = emu.model.sheetByName(a.sheetName);
    if (!renamed) throw new Error("no tab");
    emu.model.renameSheet(renamed, "Acme – kickoff");

    ok(archive(emu, [a.id]));
    expect(shownValues(emu, "Archive")).toEqual([["My notes"], ["keep me"]]);
    expect(archiveIds(emu, "Handoff Gate archive")).toEqual(["HO-0001"]);
    const own = emu.model.sheetByName("Handoff Gate archive");
    if (!own) throw new Error("no archive");
    emu.model.renameSheet(own, "Old handoffs");
    ok(archive(emu));
    expect(archiveIds(emu, "Old handoffs")).toEqual(["HO-0001", "HO-0002"]);

    // Restore gives the tab the name it had when it was archived.
    const restored = ok(emu.run("restoreHandoff", [{ handoffId: "HO-0001" }])).value as { sheetName: string };
    expect(restored.sheetName).toBe("Acme – kickoff");
  });

  it("is offered from the menu: finished ones by default, others after a confirmation", async () => {
    const emu = await load();
    const a = start(emu);
    start(emu, { client: "Beta Inc" });
    decideGo(emu, a.id);
    emu.runTrigger("onOpen", { authMode: "NONE" });

    emu.ui.queuePrompt({ button: "OK", text: "" });
    emu.ui.queueAlert("OK");
    ok(emu.clickMenuItem("Archive finished handoffs…"));
    expect(emu.ui.alerts[0]).toContain("1 finished (decided Go and acknowledged): HO-0001.");
    expect(emu.ui.alerts[1]).toContain('Archived 1 handoff (HO-0001) to "Archive"');

    emu.ui.queuePrompt({ button: "OK", text: "HO-0002" });
    emu.ui.queueAlert("NO");
    ok(emu.clickMenuItem("Archive finished handoffs…"));
    expect(emu.ui.alerts[3]).toContain(
      "Not finished: HO-0002 (decision is blank, not Go). Archive it anyway?",
    );
    expect(archiveIds(emu)).toEqual(["HO-0001"]);

    emu.ui.queuePrompt({ button: "OK", text: "HO-0001" });
    emu.ui.queueAlert("OK");
    ok(emu.clickMenuItem("Restore archived handoff…"));
    expect(emu.ui.alerts[5]).toContain('HO-0001 is back on its tab "HO-0001 Acme Corp"');
    expect(archiveIds(emu)).toEqual([]);
  });
});

describe("Restore archived handoff", () => {
  it("relinks the register: the restored row goes live again, later archived rows keep pointing at their rows", async () => {
    const emu = await load();
    startDecided(emu, ["One", "Two", "Three"]);
    ok(archive(emu));
    const archivedTwo = shownValues(emu, "Archive").filter((r) => r[0] === "HO-0002");

    ok(emu.run("restoreHandoff", [{ handoffId: "HO-0001" }]));
    const live = registerLine(emu, "HO-0001");
    expect(live.Tab).toBe("Open HO-0001");
    const formulas = sheetOf(emu.snapshot(), "Handoffs").cells.find((r) => r[0]?.v === "HO-0001");
    expect(formulas?.[9]?.f).toBe("=HandoffGate_HO_0001_gate");

    // HO-0002's rows moved up to row 2: its link says so, and restoring it finds them there.
    const rows = shownValues(emu, "Archive");
    const first = rows.findIndex((r) => r[0] === "HO-0002") + 1;
    expect(first).toBe(2);
    expect(registerLine(emu, "HO-0002").Tab).toBe(`Archived (rows 2–${1 + archivedTwo.length})`);
    ok(emu.run("restoreHandoff", [{ handoffId: "HO-0002" }]));
    expect(titleOf(emu, "HO-0002 Two")).toBe("HO-0002 · Two");
    expect(archiveIds(emu)).toEqual(["HO-0003"]);
    const log = sheetOf(emu.snapshot(), "Handoff log").cells.filter((r) => r[3]?.v === "restore");
    expect(log.map((r) => r[2]?.v)).toEqual(["HO-0001", "HO-0002"]);
  });

  it("finds a handoff's rows after rows were inserted above them in the Archive, or its link was typed over", async () => {
    const emu = await load();
    const views = [start(emu, { client: "One" }), start(emu, { client: "Two" })];
    for (const v of views) decideGo(emu, v.id);
    ok(archive(emu));
    const sheet = emu.model.sheetByName("Archive");
    if (!sheet) throw new Error("no archive");
    // Three rows typed in above the archived ones: the register's links now point three rows too high.
    emu.model.insertRows(sheet, 2, 3);
    emu.model.setValues("Archive", 2, 1, [["a person's note"], [""], [""]]);
    ok(emu.run("restoreHandoff", [{ handoffId: "HO-0002" }]));
    expect(titleOf(emu, "HO-0002 Two")).toBe("HO-0002 · Two");
    expect(archiveIds(emu)).toEqual(["HO-0001"]);
    // Its register link typed over: the rows are still found by their ID.
    const tab = (shownValues(emu, "Handoffs")[0] ?? []).indexOf("Tab") + 1;
    emu.model.setValues("Handoffs", 2, tab, [["'see archive"]]);
    ok(emu.run("restoreHandoff", [{ handoffId: "HO-0001" }]));
    expect(registerLine(emu, "HO-0001").Tab).toBe("Open HO-0001");
    expect(archiveIds(emu)).toEqual([]);
  });

  it("refuses what it cannot restore, naming the field and the fix", async () => {
    const emu = await load();
    const a = start(emu);
    const b = start(emu, { client: "Beta Inc" });
    expect(failure(emu.run("restoreHandoff", [{ handoffId: "HO-0001" }]))).toBe(
      "Handoff ID: HO-0001 is not archived (nothing is archived in this workbook yet).",
    );
    decideGo(emu, a.id);
    ok(archive(emu));
    expect(failure(emu.run("restoreHandoff", [{ handoffId: b.id }]))).toBe(
      'Handoff ID: HO-0002 is not archived: its register row links to its tab. Pick an archived one (its Tab cell in the register says "Archived").',
    );
    expect(failure(emu.run("restoreHandoff", [{ handoffId: "HO-0042" }]))).toBe(
      "Handoff ID: HO-0042 is not in the register. Check the ID and try again.",
    );
    expect(failure(emu.run("restoreHandoff", [{ handoffId: "Acme" }]))).toBe(
      'Handoff ID: "Acme" is not a handoff ID. Enter one like HO-0007.',
    );
    expect(failure(emu.run("restoreHandoff", [{ handoffId: " " }]))).toBe(
      "Handoff ID: enter the ID of the archived handoff to restore, e.g. HO-0007.",
    );
    // Its rows deleted by hand: restore says so instead of building an empty tab.
    const sheet = emu.model.sheetByName("Archive");
    if (!sheet) throw new Error("no archive");
    emu.model.deleteRows(sheet, 2, sheet.maxRows - 2);
    expect(failure(emu.run("restoreHandoff", [{ handoffId: "HO-0001" }]))).toBe(
      `HO-0001's rows are gone from "Archive": undo the change that removed them, then restore again.`,
    );
  });

  it("when a person's sheet grew past what the tally knows, Sheets' refusal becomes the capacity message", async () => {
    const emu = await load();
    const [a] = startDecided(emu, ["Acme Corp"]);
    if (!a) throw new Error("no handoff");
    ok(archive(emu));
    // Same tabs, so the tally is trusted; the grid of Sheet1 really fills the workbook to 9,990,000 cells.
    const first = emu.model.sheetByName("Sheet1");
    if (!first) throw new Error("no Sheet1");
    const others = emu.model.cellCount() - first.maxRows * first.maxCols;
    first.maxCols = 1;
    first.maxRows = 9_990_000 - others;
    const tabs = emu.model.sheets.map((s) => s.name);
    expect(failure(emu.run("restoreHandoff", [{ handoffId: a.id }]))).toMatch(
      /^This workbook is full: it holds 9,990,000 of Google Sheets' 10,000,000 cells/,
    );
    expect(emu.model.sheets.map((s) => s.name)).toEqual(tabs);
    expect(registerLine(emu, a.id).Tab).toMatch(/^Archived/);
  });
});

describe("Quarterly audit over archived handoffs", () => {
  it("reads the same documented inputs for a handoff archived as for one on its tab", async () => {
    const emu = await load();
    const views = startDecided(emu, ["One", "Two", "Three"]);
    const draw = (ifExists: string) =>
      ok(
        emu.run("buildAudit", [
          { quarter: "2026-Q4", seed: "SAME", size: "3", ifExists, confirmOpenQuarter: true },
        ]),
      ).value as { sheetName: string; population: number; sampled: number };
    const handoffRows = (name: string) => shownValues(emu, name).filter((r) => /^HO-\d+$/.test(r[0] ?? ""));

    const before = draw("keep");
    ok(archive(emu, [views[0]?.id ?? "", views[2]?.id ?? ""]));
    const after = draw("new");

    expect(after.sheetName).toBe("Audit 2026-Q4 (seed SAME)");
    expect([after.population, after.sampled]).toEqual([3, 3]);
    const rows = handoffRows(after.sheetName);
    expect(rows).toEqual(handoffRows(before.sheetName));
    const one = rows.find((r) => r[0] === "HO-0001") ?? [];
    // Items open at go and Overrides, from what the gate said when Go was recorded.
    expect(one.slice(0, 7)).toEqual([
      "HO-0001",
      "One",
      "Standard new client",
      "Dana Lee",
      "2026-12-01",
      "10 required open · 8 review open · 18 items without an owner yet · 18 items without a due date yet",
      "Go over NOT YET (override)",
    ]);
  });
});

describe("Archive keeps what people did to the tab", () => {
  it("keeps dates as the days the sheet shows, in a spreadsheet zone far from the script's", async () => {
    const emu = await load(undefined, "Pacific/Kiritimati");
    const view = start(emu);
    const item = view.items[0];
    if (!item) throw new Error("no item");
    emu.model.setValues(view.sheetName, item.row, 5, [["In progress", "Dana Lee", "2026-12-03"]]);
    decideGo(emu, view.id);
    const before = shownValues(emu, view.sheetName);

    ok(archive(emu));
    const rows = shownValues(emu, "Archive");
    const due = rows.find((r) => r[1] === "Item" && r[7] === "Dana Lee");
    expect(due?.[8]).toBe("2026-12-03");
    expect(rows.find((r) => r[3] === "Created")?.[12]).toBe("2026-11-25");
    expect(rows.find((r) => r[3] === "Acknowledged on")?.[12]).toBe("2026-11-24");

    ok(emu.run("restoreHandoff", [{ handoffId: view.id }]));
    expect(shownValues(emu, view.sheetName)).toEqual(before);
  });

  it("keeps a row a person inserted into the checklist, which the restored gate counts", async () => {
    const emu = await load();
    const view = start(emu);
    const first = view.items[0];
    if (!first) throw new Error("no item");
    const sheet = emu.model.sheetByName(view.sheetName);
    if (!sheet) throw new Error("no tab");
    emu.model.insertRows(sheet, first.row + 1, 1);
    emu.model.setValues(view.sheetName, first.row + 1, 1, [
      [
        "Extra",
        "Call the client's CFO",
        "task",
        true,
        "In progress",
        "Dana Lee",
        "2026-12-02",
        "",
        "",
        "she asked",
      ],
    ]);
    decideGo(emu, view.id);

    ok(archive(emu));
    expect(shownValues(emu, "Archive").filter((r) => r[3] === "Call the client's CFO")).toHaveLength(1);
    ok(emu.run("restoreHandoff", [{ handoffId: view.id }]));
    const state = ok(emu.run("getSidebarState", [{ sheetName: view.sheetName }])).value as {
      handoff: { items: { text: string; notes: string }[]; gate: { requiredTotal: number } };
    };
    expect(state.handoff.items.map((i) => i.text)[1]).toBe("Call the client's CFO");
    expect(state.handoff.items[1]?.notes).toBe("she asked");
    expect(state.handoff.gate.requiredTotal).toBe(view.gate.requiredTotal + 1);
  });

  it("keeps text typed anywhere else on the tab, back at its address (or beside the block when that is taken)", async () => {
    const emu = await load();
    const view = start(emu);
    decideGo(emu, view.id);
    const rows = shownValues(emu, view.sheetName).length;
    emu.model.setValues(view.sheetName, 5, 13, [["'=call Dana"]]);
    emu.model.setValues(view.sheetName, rows + 3, 1, [["Budget 12k"]]);
    emu.model.setValues(view.sheetName, 3, 3, [["note to self"]]);

    ok(archive(emu));
    const kept = shownValues(emu, "Archive").filter((r) => r[1] === "Cell");
    expect(kept.map((r) => [r[3], r[12]])).toEqual([
      ["C3", "note to self"],
      ["M5", "=call Dana"],
      [`A${rows + 3}`, "Budget 12k"],
    ]);

    ok(emu.run("restoreHandoff", [{ handoffId: view.id }]));
    const after = shownValues(emu, view.sheetName);
    expect(after[4]?.[12]).toBe("=call Dana");
    expect(after[rows + 2]?.[0]).toBe("Budget 12k");
    // C3 is an empty cell of the rebuilt header: the note is back where it was.
    expect(after[2]?.[2]).toBe("note to self");
  });

  it("keeps a column people added inside the table beside the same items after a blank row, without copying the add-on's formulas", async () => {
    const emu = await load();
    const { view, first, sheet } = startWithVendorColumn(emu);
    emu.model.insertRows(sheet, first.row + 1, 1);
    emu.model.setValues(view.sheetName, first.row + 3, 7, [['=LEFT("Initech Ltd",7)']]);
    emu.model.setValues(view.sheetName, first.row + 2, 12, [["ask Dana"]]);
    decideGo(emu, view.id);

    ok(archive(emu));
    const cells = shownValues(emu, "Archive").filter((r) => r[1] === "Cell");
    expect(cells.map((r) => [r[3], r[12], r[11]])).toEqual([
      [`G${first.row - 1}`, "Vendor", "Beside the table header"],
      [`G${first.row}`, "Globex", "Beside item 1"],
      [`L${first.row + 2}`, "ask Dana", "Beside item 2"],
      [`G${first.row + 3}`, "Initech", "Beside item 3"],
    ]);

    ok(emu.run("restoreHandoff", [{ handoffId: view.id }]));
    const after = shownValues(emu, view.sheetName);
    const column = (c: number) => after.slice(first.row - 2, first.row + 2).map((line) => line[c] ?? "");
    // Vendor comes back as its own column right of the table, each value on its item's row (the blank row is gone).
    expect(column(10)).toEqual(["Vendor", "Globex", "", "Initech"]);
    expect(column(11)).toEqual(["", "", "ask Dana", ""]);
    const tab = sheetOf(emu.snapshot(), view.sheetName);
    expect(tab.cells[first.row + 1]?.[10]?.f).toBe('=LEFT("Initech Ltd",7)');
    const formulas = tab.cells.flat().flatMap((c) => (c?.f ? [c.f] : []));
    expect(formulas.filter((f) => f.startsWith("=HANDOFF_GATE"))).toHaveLength(2);
    expect(new Set(formulas).size).toBe(formulas.length);
  });

  it("heads the Formulas column itself in an Archive made before it existed, and restores from it", async () => {
    const emu = await load();
    const [older, newer] = startDecided(emu, ["Acme Corp", "Globex"]);
    if (!older || !newer) throw new Error("no handoffs");
    ok(archive(emu, [older.id]));
    // The Archive as the version before this one made it: no Formulas column, its grid as wide as its header.
    const sheet = emu.model.sheetByName("Archive");
    if (!sheet) throw new Error("no Archive");
    const formulasColumn = (shownValues(emu, "Archive")[0]?.indexOf("Formulas") ?? -2) + 1;
    emu.model.deleteColumns(sheet, formulasColumn, 1);
    expect(shownValues(emu, "Archive")[0]).not.toContain("Formulas");
    const item = newer.items[0];
    if (!item) throw new Error("no item");
    emu.model.setValues(newer.sheetName, item.row, 8, [
      ['=HYPERLINK("https://drive.example.com/sow","SOW")'],
    ]);

    ok(archive(emu, [newer.id]));
    const header = shownValues(emu, "Archive")[0] ?? [];
    expect(header.at(-1)).toBe("Formulas");
    ok(emu.run("restoreHandoff", [{ handoffId: older.id }]));
    ok(emu.run("restoreHandoff", [{ handoffId: newer.id }]));
    const tab = sheetOf(emu.snapshot(), newer.sheetName);
    expect(tab.cells[item.row - 1]?.[7]).toMatchObject({
      f: '=HYPERLINK("https://drive.example.com/sow","SOW")',
      v: "SOW",
    });
  });
});
