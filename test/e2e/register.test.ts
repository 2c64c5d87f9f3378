import { describe, expect, it } from "vitest";
import { formatCalls } from "../../emulator/index";
import { REGISTER_COLUMNS } from "../../src/core/register/register-columns";
import { cellOf, load, ok, start } from "./helpers";

describe("Refresh register", () => {
  it("keeps each row's gate live from its tab, also after the tab is renamed", async () => {
    const emu = await load();
    const view = start(emu);
    const tab = emu.model.sheetByName(view.sheetName);
    if (!tab) throw new Error("no tab");
    emu.model.renameSheet(tab, "Acme kickoff (renamed)");
    const result = ok(emu.run("refreshRegister"));
    expect(result.value).toBe("Register refreshed: 1 handoff · 0 GO · 1 NOT YET.");
    expect(cellOf(emu.snapshot(), "Handoffs", 2, 10).v).toBe("NOT YET");
  });

  it("reports a deleted tab and keeps its register row", async () => {
    const emu = await load();
    const first = start(emu, { client: "Gone" });
    start(emu, { client: "Kept" });
    const tab = emu.model.sheetByName(first.sheetName);
    if (!tab) throw new Error("no tab");
    emu.model.removeSheet(tab);
    const result = ok(emu.run("refreshRegister"));
    expect(result.value).toMatch(/1 tab was deleted \(HO-0001\); their rows are kept\./);
    const snap = emu.snapshot();
    expect(cellOf(snap, "Handoffs", 2, 1).v).toBe("HO-0001");
    expect(cellOf(snap, "Handoffs", 2, 2).v).toBe("Gone");
  });

  it("restores mirror formulas typed over by hand and is idempotent", async () => {
    const emu = await load();
    start(emu);
    emu.model.setValues("Handoffs", 2, 10, [["GO", "looks fine"]]);
    const result = ok(emu.run("refreshRegister"));
    const once = emu.snapshot();
    expect(cellOf(once, "Handoffs", 2, 10)).toMatchObject({
      f: "=HandoffGate_HO_0001_gate",
      v: "NOT YET",
      note: 'Typed here before Handoff Gate put this cell\'s formula back: "GO"',
    });
    expect(result.value).toContain(
      'Text typed over live cells was replaced and kept in each cell\'s note: J2 "GO", K2 "looks fine".',
    );
    ok(emu.run("refreshRegister"));
    expect(JSON.stringify(emu.snapshot())).toBe(JSON.stringify(once));
  });

  it("puts back a deleted header row without touching the handoff rows", async () => {
    const emu = await load();
    start(emu);
    const register = emu.model.sheetByName("Handoffs");
    if (!register) throw new Error("no register");
    emu.model.deleteRows(register, 1, 1);
    const result = ok(emu.run("refreshRegister"));
    expect(result.value).toMatch(/The header row was missing and has been put back\./);
    const snap = emu.snapshot();
    expect(cellOf(snap, "Handoffs", 1, 1).v).toBe("ID");
    expect(cellOf(snap, "Handoffs", 2, 1).v).toBe("HO-0001");
  });

  it("costs the same calls for 3 and for 5,000 handoffs", async () => {
    const emu = await load();
    for (const client of ["A", "B", "C"]) start(emu, { client });
    const few = ok(emu.run("refreshRegister")).calls;
    const rows = Array.from({ length: 4997 }, (_, i) => {
      const r: unknown[] = Array(REGISTER_COLUMNS.length).fill("");
      r[0] = `HO-${String(i + 4).padStart(4, "0")}`;
      r[1] = `Client ${i + 4}`;
      return r;
    });
    const register = emu.model.sheetByName("Handoffs");
    if (!register) throw new Error("no register");
    register.maxRows = 6000;
    emu.model.setValues("Handoffs", 5, 1, rows);
    // As if the add-on had issued them: only rows with IDs it issued are refreshed.
    emu.model.documentProperties.set("handoffGate.lastHandoffNumber", "5000");
    const many = ok(emu.run("refreshRegister"));
    expect(formatCalls(many.calls)).toBe(formatCalls(few));
    expect(few.total).toBeLessThanOrEqual(13);
    expect(many.value).toMatch(/^Register refreshed: 5000 handoffs/);
  });
});
