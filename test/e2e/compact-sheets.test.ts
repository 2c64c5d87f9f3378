// Every sheet the add-on creates costs its content plus a little room, not Sheets' default 1000 × 26
// = 26,000 cells (Spreadsheet.insertSheet reference), since a workbook holds at most 10,000,000 cells
// (PLATFORM "Grid size"); the register and the log grow as rows are appended.
import { describe, expect, it } from "vitest";
import type { Emulator } from "../../emulator/index";
import type { HandoffView } from "../../src/core/api/views";
import { CHECKLIST_COLUMNS } from "../../src/core/checklist/columns";
import { REGISTER_COLUMNS, registerColumn } from "../../src/core/register/register-columns";
import { columnLetter } from "../../src/core/sheet/a1";
import { cellOf, decisionRequest, load, newRequest, ok, sheetOf, start } from "./helpers";

/** The grid of a sheet: [rows, columns]. */
function grid(emu: Emulator, name: string): [number, number] {
  const s = emu.model.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return [s.maxRows, s.maxCols];
}

describe("compact sheets", () => {
  it("a checklist tab is its content plus 10 spare rows and one spare column", async () => {
    const emu = await load();
    for (const scenarioId of ["standard-new-client", "custom-high-risk"] as const) {
      const view = start(emu, { client: scenarioId, scenarioId });
      const tab = emu.model.sheets.find((s) => s.name === view.sheetName);
      if (!tab) throw new Error("no tab");
      expect(emu.model.lastColumn(tab)).toBe(CHECKLIST_COLUMNS.length);
      expect(grid(emu, view.sheetName)).toEqual([emu.model.lastRow(tab) + 10, CHECKLIST_COLUMNS.length + 1]);
      // Around 35–60 rows × 11 columns: a few hundred cells instead of 26,000.
      expect(tab.maxRows).toBeGreaterThanOrEqual(35);
      expect(tab.maxRows).toBeLessThanOrEqual(60);
    }
  });

  it("the register starts with 100 body rows and one spare column; the hidden log with 50 spare rows", async () => {
    const emu = await load();
    start(emu);
    expect(grid(emu, "Handoffs")).toEqual([101, REGISTER_COLUMNS.length + 1]);
    expect(grid(emu, "Handoff log")).toEqual([51, 6]);
    // Formats and the yes/no check reach the last body row.
    const snap = emu.snapshot();
    expect(cellOf(snap, "Handoffs", 101, registerColumn("Created")).numberFormat).toBe("yyyy-mm-dd");
    expect(cellOf(snap, "Handoffs", 101, registerColumn("Scope matched")).validation?.criteria).toBe(
      "VALUE_IN_LIST",
    );
  });

  it("the register grows by 100 formatted rows before its last row fills, and its gate colours follow", async () => {
    const emu = await load();
    start(emu);
    // 98 more rows typed below HO-0001: rows 2..100 are used, row 101 is the last empty one.
    const rows = Array.from({ length: 98 }, (_, i) => {
      const r: unknown[] = Array(REGISTER_COLUMNS.length).fill("");
      r[0] = `HO-${String(i + 2).padStart(4, "0")}`;
      r[1] = `Typed ${i + 2}`;
      return r;
    });
    emu.model.setValues("Handoffs", 3, 1, rows);
    const growing = ok(emu.run("startHandoff", [newRequest({ client: "Row 101" })]));
    const next = growing.value as HandoffView;
    // Growing costs 5 calls more than New handoff's budget of 57: 100 rows inserted, their formats and check.
    expect(growing.calls.total).toBeLessThanOrEqual(62);
    expect(growing.calls.byMethod["Sheet.insertRowsBefore"]).toBe(1);
    expect(next.id).toBe("HO-0100");
    expect(grid(emu, "Handoffs")).toEqual([201, REGISTER_COLUMNS.length + 1]);
    const snap = emu.snapshot();
    expect(cellOf(snap, "Handoffs", 101, 2).v).toBe("Row 101");
    expect(cellOf(snap, "Handoffs", 102, 1).v ?? "").toBe("");
    expect(cellOf(snap, "Handoffs", 150, registerColumn("Created")).numberFormat).toBe("yyyy-mm-dd");
    expect(cellOf(snap, "Handoffs", 201, registerColumn("Billing aligned")).validation?.criteria).toBe(
      "VALUE_IN_LIST",
    );
    // Gate and Gate detail are coloured down to the new last row.
    const live = `${columnLetter(registerColumn("Gate"))}2:${columnLetter(registerColumn("Gate detail"))}201`;
    expect(sheetOf(snap, "Handoffs").conditionalRules.map((r) => r.ranges)).toContainEqual([live]);
    // The next handoff needs no growth: the register keeps its size.
    start(emu, { client: "Row 102" });
    expect(grid(emu, "Handoffs")).toEqual([201, REGISTER_COLUMNS.length + 1]);
  });

  it("the log grows by the rows it records, keeping its spare rows", async () => {
    const emu = await load();
    const view = start(emu);
    for (let i = 0; i < 60; i++)
      ok(emu.run("recordDecision", [decisionRequest(view.id, { decision: i % 2 ? "Go" : "Not yet" })]));
    const log = emu.model.sheets.find((s) => s.name === "Handoff log");
    if (!log) throw new Error("no log");
    expect(emu.model.lastRow(log)).toBeGreaterThan(51);
    expect(log.maxRows).toBeGreaterThanOrEqual(emu.model.lastRow(log));
  });

  it("people can still insert rows into a compact tab, more than its spare rows, and the add-on follows", async () => {
    const emu = await load();
    const view = start(emu);
    const tab = emu.model.sheets.find((s) => s.name === view.sheetName);
    if (!tab) throw new Error("no tab");
    emu.model.insertRows(tab, 12, 25);
    expect(tab.maxRows).toBe(69);
    const checked = ok(emu.run("validateHandoff")).value;
    expect(checked).toBeDefined();
    expect(ok(emu.run("getSidebarState")).value).toEqual(
      expect.objectContaining({ handoff: expect.objectContaining({ id: view.id }) }),
    );
  });
});
