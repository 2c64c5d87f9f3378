// The register as people leave it, through the built bundle: a person's own "Handoffs" sheet, a renamed
// register, reordered columns, pasted and typed rows, notes and totals, a renamed column. The add-on
// writes only the rows it issued, never repeats an ID, and says which column to put back.
import { describe, expect, it } from "vitest";
import { REGISTER_COLUMNS } from "../../src/core/register/register-columns";
import { cellOf, load, newRequest, ok, sheetOf, shownValues, start } from "./helpers";

const col = (name: (typeof REGISTER_COLUMNS)[number]) => REGISTER_COLUMNS.indexOf(name) + 1;

describe("The register as people leave it", () => {
  it("never writes into a person's own sheet called Handoffs: the register takes another name", async () => {
    const emu = await load();
    emu.model.addSheet("Handoffs");
    emu.model.setValues("Handoffs", 1, 1, [
      ["Who", "What"],
      ["HO-0001", "my own list"],
    ]);
    const before = JSON.stringify(sheetOf(emu.snapshot(), "Handoffs").cells);
    start(emu);
    start(emu, { client: "Beta" });
    ok(emu.run("refreshRegister"));
    expect(JSON.stringify(sheetOf(emu.snapshot(), "Handoffs").cells)).toBe(before);
    expect(cellOf(emu.snapshot(), "Handoff Gate register", 3, 1).v).toBe("HO-0002");
  });

  it("finds a renamed register by its mark instead of creating a second one", async () => {
    const emu = await load();
    start(emu);
    const register = emu.model.sheetByName("Handoffs");
    if (!register) throw new Error("no register");
    emu.model.renameSheet(register, "Our handoffs 2026");
    start(emu, { client: "Beta" });
    expect(emu.model.sheetByName("Handoffs")).toBeUndefined();
    expect(cellOf(emu.snapshot(), "Our handoffs 2026", 3, 1).v).toBe("HO-0002");
    expect(ok(emu.run("refreshRegister")).value).toBe("Register refreshed: 2 handoffs · 0 GO · 2 NOT YET.");
  });

  it("writes each fact under its header wherever the columns were moved, leaving extra columns alone", async () => {
    const emu = await load();
    start(emu);
    // A person swapped Client and Scenario and used the Escalations column for their own remarks.
    const client = cellOf(emu.snapshot(), "Handoffs", 2, col("Client")).v;
    const scenario = cellOf(emu.snapshot(), "Handoffs", 2, col("Scenario")).v;
    emu.model.setValues("Handoffs", 1, col("Client"), [["Scenario", "Client"]]);
    emu.model.setValues("Handoffs", 2, col("Client"), [[scenario, client]]);
    emu.model.setValues("Handoffs", 1, 21, [["My remarks"]]);
    emu.model.setValues("Handoffs", 2, 21, [["call back"]]);
    start(emu, { client: "Beta Ltd" });
    const snap = emu.snapshot();
    expect(cellOf(snap, "Handoffs", 3, col("Scenario")).v).toBe("Beta Ltd");
    expect(cellOf(snap, "Handoffs", 3, col("Client")).v).toBe("Standard new client");
    expect(cellOf(snap, "Handoffs", 2, 21).v).toBe("call back");
    expect(cellOf(snap, "Handoffs", 3, 21).v ?? "").toBe("");
  });

  it("never repeats an ID typed or pasted into the register, and reports duplicates with their rows", async () => {
    const emu = await load();
    start(emu);
    const copy = shownValues(emu, "Handoffs")[1] ?? [];
    emu.model.setValues("Handoffs", 3, 1, [["HO-0007", "Typed by hand"]]);
    emu.model.setValues("Handoffs", 4, 1, [copy.slice(0, 9)]);
    const next = start(emu, { client: "Gamma" });
    expect(next.id).toBe("HO-0008");
    const refreshed = ok(emu.run("refreshRegister")).value as string;
    expect(refreshed).toContain("Duplicate IDs: HO-0001 (rows 2, 4)");
    expect(cellOf(emu.snapshot(), "Handoffs", 3, 2).v).toBe("Typed by hand");
  });

  it("keeps notes, totals and a person's formulas in the register as typed", async () => {
    const emu = await load();
    start(emu);
    emu.model.setValues("Handoffs", 3, 1, [["Note: Q4 handoffs below"]]);
    emu.model.setValues("Handoffs", 4, 1, [["Total", "=COUNTA(A2:A2)"]]);
    emu.model.setValues("Handoffs", 4, col("Gate"), [["=1+1"]]);
    const before = shownValues(emu, "Handoffs").slice(2, 4);
    start(emu, { client: "Beta" });
    ok(emu.run("refreshRegister"));
    const after = shownValues(emu, "Handoffs");
    expect(after.slice(2, 4)).toEqual(before);
    expect(cellOf(emu.snapshot(), "Handoffs", 4, col("Gate")).f).toBe("=1+1");
    expect(after[4]?.[0]).toBe("HO-0002");
  });

  it("names a renamed column and adds nothing until it is back", async () => {
    const emu = await load();
    start(emu);
    emu.model.setValues("Handoffs", 1, col("Created"), [["Created on"]]);
    const refused = emu.run("startHandoff", [newRequest({ client: "Beta" })]);
    expect(refused.ok).toBe(false);
    expect(refused.error?.message).toBe(
      'The register "Handoffs" has no "Created" column in row 1 (renamed or deleted): head a column with that name again (any order; run Refresh register if the header row is gone), then start the handoff.',
    );
    expect(emu.model.sheets.map((s) => s.name).filter((n) => n.startsWith("HO-"))).toEqual([
      "HO-0001 Acme Corp",
    ]);
  });
});
