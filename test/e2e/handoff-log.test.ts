// The handoff log through the built bundle: every action signed into a hidden, protected tab found by
// metadata; Verify handoff log names tampering; the log survives renames and edits elsewhere.
import { describe, expect, it } from "vitest";
import type { Emulator } from "../../emulator/index";
import { saveItemRequestFor } from "../../src/core/api/requests";
import type { HandoffView } from "../../src/core/api/views";
import { activate, decisionRequest, load, NOW, ok, start } from "./helpers";

const LOG = "Handoff log";

/** The log's rows as the snapshot shows them (header first), as text. */
function logRows(emu: Emulator, name = LOG): string[][] {
  const sheet = emu.snapshot().sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no ${name}`);
  return sheet.cells
    .map((line) => line.map((c) => String(c?.v ?? "")))
    .filter((line) => line.some((v) => v !== ""));
}

function verify(emu: Emulator): string {
  return String(ok(emu.clickMenuItem("Verify handoff log")).value);
}

function saveFirst(emu: Emulator, view: HandoffView, over: Record<string, string> = {}) {
  const item = view.items[0];
  if (!item) throw new Error("no items");
  return ok(
    emu.run(
      "saveItem",
      [
        {
          handoffId: view.id,
          row: item.row,
          itemText: item.text,
          status: "In progress",
          owner: "Dana Lee",
          due: "2026-12-01",
          evidence: "",
          approvedBy: "",
          notes: "",
          ...over,
        },
      ],
      { user: "dana@acme.com" },
    ),
  ).value as HandoffView;
}

/** A workbook with a handoff, a save and a Not yet decision: three entries. */
async function logged(timeZone = "America/New_York"): Promise<{ emu: Emulator; view: HandoffView }> {
  // The spreadsheet's zone is pinned, so "when" is the same whatever zone the suite runs in.
  const emu = await load(NOW, timeZone);
  ok(emu.runTrigger("onOpen", { authMode: "NONE" }));
  const view = start(emu);
  saveFirst(emu, view);
  ok(emu.run("recordDecision", [decisionRequest(view.id, { decision: "Not yet" })]));
  return { emu, view };
}

describe("Handoff log (built bundle in the emulation)", () => {
  it("is created on first use: hidden, warning-only protected, marked by metadata, the person's tab kept active", async () => {
    const emu = await load();
    const view = start(emu);
    const snap = emu.snapshot();
    const log = snap.sheets.find((s) => s.name === LOG);
    expect(log?.hidden).toBe(true);
    expect(log?.protections).toEqual([expect.objectContaining({ type: "SHEET", warningOnly: true })]);
    expect(snap.metadata.map((m) => m.key)).toContain("handoffGate.log");
    expect(emu.model.activeSheet().name).toBe(view.sheetName);
    expect(logRows(emu)[0]).toEqual(["When", "Who", "Handoff", "Action", "Details", "Signature"]);
  });

  it("records each action with when (the spreadsheet's zone), who, handoff, action and details", async () => {
    const { emu, view } = await logged("Asia/Tokyo");
    const rows = logRows(emu).slice(1);
    expect(rows.map((r) => r[3])).toEqual(["new handoff", "save", "decision"]);
    // NOW is 2026-11-24 15:00 UTC: past midnight in Tokyo, the spreadsheet's zone (the script's is New York).
    expect(rows[0]?.[0]).toBe("2026-11-25T00:00:00+09:00");
    expect(rows[0]?.[1]).toBe("user@example.com");
    expect(rows[1]?.[1]).toBe("dana@acme.com");
    expect(rows.every((r) => r[2] === view.id)).toBe(true);
    expect(rows[1]?.[4]).toContain('Status: "Not started" → "In progress"');
    expect(rows[1]?.[4]).toContain('Owner: (blank) → "Dana Lee"');
    expect(rows[2]?.[4]).toMatch(/^Not yet \(gate NOT YET/);
    expect(verify(emu)).toBe("The handoff log is intact, 3 entries.");
  });

  it("records who as “(not shared by Google)” when Session gives a blank email", async () => {
    const emu = await load();
    const view = start(emu);
    ok(emu.run("saveItem", [{ ...saveRequestOf(view), status: "In progress" }], { user: "" }));
    expect(logRows(emu).at(-1)?.[1]).toBe("(not shared by Google)");
  });

  it("writes nothing when a save changes nothing", async () => {
    const { emu, view } = await logged();
    const current = emu.run("getSidebarState", [{ sheetName: view.sheetName }]).value as {
      handoff: HandoffView;
    };
    saveFirst(emu, current.handoff);
    expect(logRows(emu)).toHaveLength(4);
  });

  it("costs the same to write whatever the log's size", async () => {
    const { emu, view } = await logged();
    const first = saveFirst(emu, view, { notes: "a" });
    const small = ok(emu.run("saveItem", [{ ...saveRequestOf(first), notes: "b" }])).calls;
    for (let i = 0; i < 12; i++) saveFirst(emu, view, { notes: `n${i}` });
    const large = ok(emu.run("saveItem", [{ ...saveRequestOf(first), notes: "c" }])).calls;
    expect(large.total).toBe(small.total);
    expect(large.byMethod["Sheet.appendRow"]).toBe(1);
    expect(verify(emu)).toBe(`The handoff log is intact, ${logRows(emu).length - 1} entries.`);
  });

  it("records the repairs Validate and Refresh make", async () => {
    const { emu, view } = await logged();
    emu.model.setValues(view.sheetName, 1, 2, [["GO"]]);
    activate(emu, view.sheetName);
    ok(emu.run("validateHandoff"));
    const repair = logRows(emu).at(-1);
    expect(repair?.slice(2, 4)).toEqual([view.id, "repair"]);
    expect(repair?.[4]).toMatch(/^restored B1 to =HANDOFF_GATE\(/);
    const register = emu.model.sheetByName("Handoffs");
    if (!register) throw new Error("no register");
    emu.model.deleteRows(register, 1, 1);
    ok(emu.run("refreshRegister"));
    expect(logRows(emu).at(-1)?.slice(2, 5)).toEqual(["", "repair", "put back the Handoffs header row"]);
    expect(verify(emu)).toBe("The handoff log is intact, 5 entries.");
  });

  it("names an edited cell's row", async () => {
    const { emu } = await logged();
    emu.model.setValues(LOG, 3, 2, [["eve@acme.com"]]);
    expect(verify(emu)).toBe("Row 3 was edited: its cells no longer match the signature the add-on wrote.");
  });

  it("names a deleted row", async () => {
    const { emu } = await logged();
    const sheet = emu.model.sheetByName(LOG);
    if (!sheet) throw new Error("no log");
    emu.model.deleteRows(sheet, 3, 1);
    expect(verify(emu)).toBe("Rows were deleted: entry 2 was deleted just above row 3.");
    emu.model.deleteRows(sheet, 3, 1);
    expect(verify(emu)).toBe("Rows were deleted: entries 2–3 were deleted from the end of the log.");
  });

  it("names two swapped rows", async () => {
    const { emu } = await logged();
    const rows = logRows(emu);
    emu.model.setValues(LOG, 3, 1, [rows[3] ?? [], rows[2] ?? []]);
    expect(verify(emu)).toBe("Row 3 is out of order: it holds entry 3, but entry 2 comes later, in row 4.");
  });

  it("names a row appended by hand as forged", async () => {
    const { emu, view } = await logged();
    emu.model.setValues(LOG, 5, 1, [
      ["2026-11-24T11:00:00-05:00", "boss@acme.com", view.id, "decision", "Go (gate GO)", "4:AAAAforged="],
    ]);
    expect(verify(emu)).toBe("Row 5 was added by hand: the add-on never wrote entry 4.");
  });

  it("survives renaming and moving its tab, and people's edits elsewhere", async () => {
    const { emu, view } = await logged();
    const sheet = emu.model.sheetByName(LOG);
    if (!sheet) throw new Error("no log");
    emu.model.renameSheet(sheet, "Old stuff");
    emu.model.addSheet(LOG);
    emu.model.setValues(LOG, 1, 1, [["my own notes"]]);
    emu.model.setValues(view.sheetName, 2, 9, [["a note beside the header"]]);
    saveFirst(emu, view, { notes: "after the rename" });
    expect(logRows(emu, "Old stuff")).toHaveLength(5);
    expect(logRows(emu, LOG)).toEqual([["my own notes"]]);
    expect(verify(emu)).toBe("The handoff log is intact, 4 entries.");
  });
});

function saveRequestOf(view: HandoffView) {
  const item = view.items[0];
  if (!item) throw new Error("no items");
  return saveItemRequestFor(view.id, item, item);
}
