// What a person sees in Sheets: a checklist tab that reads well (the gate large at the top left, the
// table's header frozen, widths that fit, plain words, coloured status chips) and the register as a
// dashboard (live overdue / next-due counts as of the spreadsheet's today, late handoffs highlighted),
// with the clock where Los Angeles and Tokyo are on different days.
import { describe, expect, it } from "vitest";
import type { Emulator } from "../../emulator/index";
import { saveItemRequestFor } from "../../src/core/api/requests";
import type { HandoffView, ItemView } from "../../src/core/api/views";
import { activate, cellOf, load, ok, sheetOf, start } from "./helpers";

const REGISTER = "Handoffs";

/** What a cell shows, as a person reads it. */
function shown(emu: Emulator, sheet: string, row: number, column: number): string {
  const cell = cellOf(emu.snapshot(), sheet, row, column);
  return cell.display ?? String(cell.v ?? "");
}

function save(emu: Emulator, view: HandoffView, item: ItemView, edit: Partial<ItemView>): HandoffView {
  return ok(emu.run("saveItem", [saveItemRequestFor(view.id, item, { ...item, ...edit })]))
    .value as HandoffView;
}

describe("the checklist tab in Sheets", () => {
  it("shows the gate large at the top left, freezes through the table header, and fits its columns", async () => {
    const emu = await load();
    const view = start(emu);
    const snap = emu.snapshot();
    const tab = sheetOf(snap, view.sheetName);
    // Row 9 is the table's header: frozen with everything above it.
    expect(tab.frozenRows).toBe(9);
    expect(cellOf(snap, tab.name, 9, 2).v).toBe("Item");
    // The gate: A1 labels it, B1 holds the verdict in 18 pt, C1 the detail along row 1.
    expect(cellOf(snap, tab.name, 1, 1).v).toBe("Gate");
    expect(cellOf(snap, tab.name, 1, 2)).toMatchObject({ v: "NOT YET", fontSize: 18 });
    expect(String(cellOf(snap, tab.name, 1, 3).v)).toMatch(/^NOT YET: 10 required open · 8 review/);
    for (let c = 4; c <= 10; c++) expect(cellOf(snap, tab.name, 1, c).v ?? "").toBe("");
    // On a 1280 px laptop the verdict starts 130 px in, past a 46 px row header: in view without scrolling.
    expect(tab.columnWidths).toEqual({ 1: 130, 2: 340, 5: 145, 6: 145, 8: 240, 10: 260 });
    const gateRules = tab.conditionalRules.filter((r) => r.ranges.includes("B1:C1"));
    expect(gateRules.map((r) => [r.condition, r.values[0], r.bold])).toEqual([
      ["TEXT_EQUAL_TO", "GO", true],
      ["TEXT_STARTS_WITH", "NOT YET", true],
    ]);
  });

  it("shows Kind and the template in plain words, Required as a checkbox, each status in its own colour", async () => {
    const emu = await load();
    const view = start(emu);
    const snap = emu.snapshot();
    const tab = sheetOf(snap, view.sheetName);
    expect(cellOf(snap, tab.name, 8, 1).v).toBe("Template");
    expect(cellOf(snap, tab.name, 8, 2).v).toBe("Standard new client v1 + Double-check before go v1");
    const kinds = new Set<string>();
    for (let r = 10; r <= 27; r++) kinds.add(String(cellOf(snap, tab.name, r, 3).v));
    expect([...kinds].sort()).toEqual(["Acknowledgement", "Attachment", "Review", "Task"]);
    expect(cellOf(snap, tab.name, 10, 3).validation?.values[0]).toEqual([
      "Task",
      "Attachment",
      "Approval",
      "Acknowledgement",
      "Review",
    ]);
    expect(cellOf(snap, tab.name, 10, 4)).toMatchObject({ v: true, validation: { criteria: "CHECKBOX" } });
    const chips = tab.conditionalRules.filter((r) => r.ranges.includes("E10:E27"));
    const byStatus = new Map(chips.map((r) => [r.values[0], r.bg]));
    expect([...byStatus.keys()].sort()).toEqual(["Blocked", "Done", "In progress", "N/A", "Not started"]);
    expect(new Set(byStatus.values()).size).toBe(5);
    // The sidebar and the log still know the template by its ids and versions.
    expect(view.templateRef).toBe("standard-new-client@1+double-check@1");
    expect(view.items[0]?.kind).toBe("task");
  });

  it("reads a tab written the older way: Kind codes, Required as text, the template as code", async () => {
    const emu = await load();
    const view = start(emu);
    const sheet = emu.model.sheetByName(view.sheetName);
    if (!sheet) throw new Error("no tab");
    emu.model.setValues(view.sheetName, 8, 2, [["standard-new-client@1+double-check@1"]]);
    emu.model.setValues(view.sheetName, 10, 3, [
      ["approval", "yes"],
      ["task", "no"],
    ]);
    activate(emu, view.sheetName);
    const again = ok(emu.run("getSidebarState", [{}])).value as { handoff: HandoffView };
    expect(again.handoff.templateRef).toBe("standard-new-client@1+double-check@1");
    expect(again.handoff.items[0]).toMatchObject({ kind: "approval", required: true });
    expect(again.handoff.items[1]).toMatchObject({ kind: "task", required: false });
  });
});

/** 03:00 UTC on 2026-11-24: 19:00 on the 23rd in Los Angeles, 12:00 on the 24th in Tokyo. */
const NOW = new Date("2026-11-24T03:00:00Z");

describe.each([
  { zone: "America/Los_Angeles", today: "2026-11-23" },
  { zone: "Asia/Tokyo", today: "2026-11-24" },
])("the register as a dashboard, spreadsheet in $zone", ({ zone, today }) => {
  const east = zone === "Asia/Tokyo";

  async function handoffWithDueDates(): Promise<{ emu: Emulator; view: HandoffView }> {
    const emu = await load(NOW, zone);
    let view = start(emu, { targetKickoff: "2026-11-23", confirmPastKickoff: true });
    const [a, b, c, d] = view.items;
    if (!a || !b || !c || !d) throw new Error("too few items");
    view = save(emu, view, a, { status: "In progress", owner: "Dana Lee", due: "2026-11-23" });
    view = save(emu, view, b, { owner: "Dana Lee", due: "2026-11-24" });
    view = save(emu, view, c, { status: "N/A", due: "2026-11-02" });
    view = save(emu, view, d, { owner: "Sam Ortiz", due: "2026-11-30" });
    return { emu, view };
  }

  const column = (emu: Emulator, name: string) => {
    const header = emu.snapshot().sheets.find((s) => s.name === REGISTER)?.cells[0] ?? [];
    return header.findIndex((c) => c?.v === name) + 1;
  };

  it("counts overdue items and shows the next due date as of the spreadsheet's today", async () => {
    const { emu } = await handoffWithDueDates();
    const overdue = column(emu, "Overdue items");
    const next = column(emu, "Next due");
    expect(overdue).toBeGreaterThan(0);
    // Due the 23rd and still in progress: overdue only where the 24th has begun. N/A never counts.
    expect(shown(emu, REGISTER, 2, overdue)).toBe(east ? "1" : "0");
    expect(shown(emu, REGISTER, 2, next)).toBe(today);
    expect(String(cellOf(emu.snapshot(), REGISTER, 2, overdue).f)).toMatch(/TODAY\(\)/);
  });

  it("keeps counting rows inserted into the tab, and clears when items are done", async () => {
    const { emu, view } = await handoffWithDueDates();
    const sheet = emu.model.sheetByName(view.sheetName);
    if (!sheet) throw new Error("no tab");
    // A person inserts a row inside the table and types an item due long ago.
    emu.model.insertRows(sheet, 12, 1);
    emu.model.setValues(view.sheetName, 12, 2, [["Book the parking permit", "Task", true, "Not started"]]);
    activate(emu, view.sheetName);
    const state = ok(emu.run("getSidebarState", [{}])).value as { handoff: HandoffView };
    const inserted = state.handoff.items.find((i) => i.text === "Book the parking permit");
    if (!inserted) throw new Error("inserted row not read");
    save(emu, state.handoff, inserted, { due: "2026-11-01", owner: "Dana Lee" });
    const overdue = column(emu, "Overdue items");
    expect(shown(emu, REGISTER, 2, overdue)).toBe(east ? "2" : "1");

    let current = (ok(emu.run("getSidebarState", [{}])).value as { handoff: HandoffView }).handoff;
    for (const item of current.items.filter((i) => i.due !== "")) {
      const fresh = current.items.find((i) => i.row === item.row) ?? item;
      current = save(emu, current, fresh, { status: "Done", evidence: "https://drive.example.com/x" });
    }
    expect(shown(emu, REGISTER, 2, overdue)).toBe("0");
    expect(shown(emu, REGISTER, 2, column(emu, "Next due"))).toBe("");
  });

  it("highlights a handoff past its target kickoff while its gate says NOT YET", async () => {
    const { emu } = await handoffWithDueDates();
    const register = emu.model.sheetByName(REGISTER);
    if (!register) throw new Error("no register");
    const late = register.conditionalRules.find((r) => r.condition.type === "CUSTOM_FORMULA");
    if (!late) throw new Error("no late rule");
    expect(late.format.background).toBe("#fce8e6");
    const first = late.ranges[0];
    if (!first) throw new Error("no range");
    expect([first.row, first.col]).toEqual([2, 1]);
    const holds = emu.formulas.conditionAt(register, late.condition.values[0] ?? "", 2, 1, 2, 1);
    // Kickoff 2026-11-23: past only in Tokyo, where the 24th has begun.
    expect(holds).toBe(east);
    // The register's header is frozen for a filter.
    expect(sheetOf(emu.snapshot(), REGISTER).frozenRows).toBe(1);
  });
});
