// A checklist tab as people leave it, through the built bundle: blank rows inside the table, rows
// inserted above the header, a gate typed over, a gate showing #NAME?, the ID cell deleted, the decision
// block moved. The gate never says GO while an item is open, and every cell a person typed survives.
import { describe, expect, it } from "vitest";
import type { Emulator } from "../../emulator/index";
import { saveItemRequestFor } from "../../src/core/api/requests";
import type { HandoffView, SidebarState } from "../../src/core/api/views";
import { activate, cellOf, done, load, ok, shownValues, start } from "./helpers";

function tabOf(emu: Emulator, view: HandoffView) {
  const sheet = emu.model.sheetByName(view.sheetName);
  if (!sheet) throw new Error(`no tab ${view.sheetName}`);
  return sheet;
}

function state(emu: Emulator): SidebarState {
  return ok(emu.run("getSidebarState", [{}])).value as SidebarState;
}

/** Saves every item Done through the sidebar except the `keepOpen` last ones; returns the last view. */
function walk(emu: Emulator, view: HandoffView, keepOpen: number): HandoffView {
  let current = view;
  const count = view.items.length - keepOpen;
  for (let i = 0; i < count; i++) {
    const item = current.items[i];
    if (!item) throw new Error("no item");
    current = ok(emu.run("saveItem", [saveItemRequestFor(current.id, item, { ...item, ...done(item) })]))
      .value as HandoffView;
  }
  return current;
}

/** Where the tab's "Gate" label is now, and the value of the cell to its right. */
function gateCell(emu: Emulator, view: HandoffView) {
  const cells = shownValues(emu, view.sheetName);
  for (let r = 0; r < cells.length; r++) {
    const c = (cells[r] ?? []).indexOf("Gate");
    if (c >= 0) return { row: r + 1, column: c + 2, ...cellOf(emu.snapshot(), view.sheetName, r + 1, c + 2) };
  }
  throw new Error("no Gate label");
}

describe("A checklist tab as people leave it", () => {
  it("never says GO with an open item below a blank row inserted into the table (gate, sidebar, register)", async () => {
    const emu = await load();
    const view = walk(emu, start(emu, { scenarioId: "owner-transfer" }), 1);
    const third = view.items[2]?.row ?? 0;
    emu.model.insertRows(tabOf(emu, view), third + 1, 2);
    const validated = ok(emu.run("validateHandoff")).value as string;
    expect(validated).toMatch(/^HO-0001: gate NOT YET/);
    expect(validated).not.toMatch(/Restored/);
    expect(gateCell(emu, view).v).toBe("NOT YET");
    const shown = state(emu).handoff;
    expect(shown?.gate.verdict).toBe("NOT YET");
    expect(shown?.items).toHaveLength(view.items.length);
    ok(emu.run("refreshRegister"));
    expect(cellOf(emu.snapshot(), "Handoffs", 2, 10).v).toBe("NOT YET");

    const last = shown?.items[shown.items.length - 1];
    if (!shown || !last) throw new Error("no last item");
    const after = ok(emu.run("saveItem", [saveItemRequestFor(shown.id, last, { ...last, ...done(last) })]))
      .value as HandoffView;
    expect(after.gate.verdict).toBe("GO");
    ok(emu.run("validateHandoff"));
    expect(gateCell(emu, view).v).toBe("GO");
  });

  it("widens a gate range that stops short of the items, never shrinks it", async () => {
    const emu = await load();
    const view = walk(emu, start(emu, { scenarioId: "owner-transfer" }), 1);
    const gate = gateCell(emu, view);
    const lastRow = view.items[view.items.length - 1]?.row ?? 0;
    // A person's edit that left the gate reading only the first five items.
    emu.model.setValues(view.sheetName, gate.row, gate.column, [["=HANDOFF_GATE(A9:J14,FALSE,B7)"]]);
    expect(gateCell(emu, view).v).toBe("GO");
    const result = ok(emu.run("validateHandoff")).value as string;
    expect(result).toMatch(/^HO-0001: gate NOT YET .*Restored 1 header formula\./);
    expect(gateCell(emu, view)).toMatchObject({ f: `=HANDOFF_GATE(A9:J${lastRow},FALSE,B7)`, v: "NOT YET" });
  });

  it("finds the tab after rows are inserted at its top and writes nothing into a person's cells", async () => {
    const emu = await load();
    const view = start(emu, { scenarioId: "owner-transfer" });
    emu.model.insertRows(tabOf(emu, view), 1, 2);
    emu.model.setValues(view.sheetName, 1, 1, [["Project notes", "call Dana on Monday"]]);
    const before = shownValues(emu, view.sheetName);
    expect(state(emu).handoff?.id).toBe("HO-0001");
    const result = ok(emu.run("validateHandoff")).value as string;
    expect(result).toMatch(/^HO-0001: gate NOT YET · 0 errors, 0 warnings/);
    expect(shownValues(emu, view.sheetName)).toEqual(before);
    ok(emu.run("refreshRegister"));
    expect(cellOf(emu.snapshot(), "Handoffs", 2, 10).v).toBe("NOT YET");
  });

  it("puts back a gate typed over and keeps what was typed in the cell's note", async () => {
    const emu = await load();
    const view = start(emu, { scenarioId: "owner-transfer" });
    emu.model.setValues(view.sheetName, 1, 2, [["GO"]]);
    const result = ok(emu.run("validateHandoff")).value as string;
    expect(result).toMatch(/Restored 1 header formula\./);
    expect(cellOf(emu.snapshot(), view.sheetName, 1, 2)).toMatchObject({
      v: "NOT YET",
      note: 'Typed here before Handoff Gate put this cell\'s formula back: "GO"',
    });
  });

  it("puts back the Reopened mirror typed over, pointing at the note beside Gate when decided", async () => {
    const emu = await load();
    const view = start(emu, { scenarioId: "owner-transfer" });
    const decidedRow =
      shownValues(emu, view.sheetName).findIndex((line) => line[0] === "Gate when decided") + 1;
    emu.model.setValues(view.sheetName, 2, 8, [["reopened by hand"]]);
    const result = ok(emu.run("validateHandoff")).value as string;
    expect(result).toMatch(/Restored 1 header formula\./);
    const snap = emu.snapshot();
    expect(cellOf(snap, view.sheetName, 2, 8)).toMatchObject({
      f: `=C${decidedRow}`,
      note: 'Typed here before Handoff Gate put this cell\'s formula back: "reopened by hand"',
    });
    expect(cellOf(snap, "Handoffs", 1, 16).v).toBe("Reopened");
    expect(cellOf(snap, "Handoffs", 2, 16).f).toBe(`=HandoffGate_${view.id.replace("-", "_")}_reopened`);
    // The register shows what the tab holds beside Gate when decided (its hint, until a decision).
    expect(cellOf(snap, "Handoffs", 2, 16).v).toBe(cellOf(snap, view.sheetName, decidedRow, 3).v);
  });

  it("explains a gate showing #NAME? (add-on not enabled) and writes nothing over it", async () => {
    const emu = await load();
    const view = start(emu, { scenarioId: "owner-transfer" });
    emu.setAddonEnabled(false);
    const before = emu.snapshot();
    expect(cellOf(before, view.sheetName, 1, 2).v).toBe("#NAME?");
    const result = ok(emu.run("validateHandoff")).value as string;
    expect(result).not.toMatch(/Restored/);
    expect(result).toMatch(/gate shows #NAME\?: Handoff Gate is not enabled in this spreadsheet/);
    expect(cellOf(emu.snapshot(), view.sheetName, 1, 2).f).toBe(cellOf(before, view.sheetName, 1, 2).f);
    const refreshed = ok(emu.run("refreshRegister")).value as string;
    expect(refreshed).not.toMatch(/deleted/);
  });

  it("knows its handoff by the tab's anchor after the header's ID and title cells are gone", async () => {
    const emu = await load();
    const view = start(emu, { scenarioId: "owner-transfer" });
    emu.model.deleteRows(tabOf(emu, view), 7, 1);
    emu.model.setValues(view.sheetName, 2, 2, [["Acme handoff"]]);
    const result = ok(emu.run("validateHandoff")).value as string;
    expect(result).toMatch(/^HO-0001: gate NOT YET/);
    expect(state(emu).handoff?.id).toBe("HO-0001");
  });

  it("follows a decision block moved beside the header and keeps its values", async () => {
    const emu = await load();
    const view = start(emu, { scenarioId: "owner-transfer" });
    const cells = shownValues(emu, view.sheetName);
    const top = cells.findIndex(
      (line, r) => line[0] === "Decision" && cells[r + 1]?.[0] === "Override reason",
    );
    const block = cells.slice(top, top + 6).map((line) => line.slice(0, 3));
    const decided = block.map((line, i) => (i === 0 ? [line[0], "Not yet", line[2]] : line));
    emu.model.setValues(view.sheetName, 1, 12, decided);
    emu.model.setValues(
      view.sheetName,
      top + 1,
      1,
      block.map(() => ["", "", ""]),
    );
    const result = ok(emu.run("validateHandoff")).value as string;
    expect(result).toMatch(/^HO-0001: gate NOT YET/);
    expect(cellOf(emu.snapshot(), view.sheetName, 2, 6)).toMatchObject({ f: "=M1", v: "Not yet" });
    expect(state(emu).handoff?.decision.decision).toBe("Not yet");
    activate(emu, "Handoffs");
    ok(emu.run("refreshRegister"));
    expect(cellOf(emu.snapshot(), "Handoffs", 2, 12).v).toBe("Not yet");
  });
});

describe("A checklist tab with a column deleted", () => {
  it("names the deleted Owner column instead of calling the tab no checklist, and the gate stays NOT YET", async () => {
    const emu = await load();
    const view = start(emu, { scenarioId: "owner-transfer" });
    emu.model.deleteColumns(tabOf(emu, view), 6, 1);
    const result = ok(emu.run("validateHandoff")).value as string;
    expect(result).toMatch(/^HO-0001: gate NOT YET/);
    expect(cellOf(emu.snapshot(), view.sheetName, 9, 1).note).toMatch(/Owner/);
    expect(gateCell(emu, view).v).toBe("NOT YET");
    expect(state(emu).handoff?.id).toBe("HO-0001");
    const refreshed = ok(emu.run("refreshRegister")).value as string;
    expect(refreshed).toBe("Register refreshed: 1 handoff · 0 GO · 1 NOT YET.");
    expect(cellOf(emu.snapshot(), "Handoffs", 2, 10).v).toBe("NOT YET");
  });
});
