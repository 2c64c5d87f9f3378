import { describe, expect, it } from "vitest";
import { formatCalls } from "../../emulator/index";
import { activate, cellOf, load, newRequest, ok, sheetOf, start } from "./helpers";

describe("New handoff (built bundle in the emulation)", () => {
  it("creates the register and a formatted checklist tab, activates it and says so", async () => {
    const emu = await load();
    const result = ok(emu.run("startHandoff", [newRequest()]));
    const view = result.value as { id: string; sheetName: string; gate: { verdict: string } };
    expect(view.id).toBe("HO-0001");
    expect(view.sheetName).toBe("HO-0001 Acme Corp");
    expect(view.gate.verdict).toBe("NOT YET");
    expect(result.toasts).toEqual([]);

    const snap = emu.snapshot();
    expect(snap.activeSheet).toBe("HO-0001 Acme Corp");
    const tab = sheetOf(snap, "HO-0001 Acme Corp");
    expect(tab.frozenRows).toBe(9);
    expect(cellOf(snap, tab.name, 1, 2)).toMatchObject({ f: "=HANDOFF_GATE(A9:J27,FALSE,B7)", v: "NOT YET" });
    expect(String(cellOf(snap, tab.name, 1, 3).v)).toMatch(/^NOT YET: \d+ required open/);
    expect(cellOf(snap, tab.name, 9, 5).v).toBe("Status");
    const status = cellOf(snap, tab.name, 10, 5);
    expect(status.v).toBe("Not started");
    expect(status.validation).toMatchObject({ criteria: "VALUE_IN_LIST", allowInvalid: true });
    expect(cellOf(snap, tab.name, 10, 7).validation?.criteria).toMatch(/^DATE/);
    expect(cellOf(snap, tab.name, 10, 4)).toMatchObject({ v: true, validation: { criteria: "CHECKBOX" } });
    const conditions = tab.conditionalRules.map((r) => `${r.condition}:${r.values[0]}`);
    expect(conditions).toEqual(
      expect.arrayContaining(["TEXT_EQUAL_TO:Done", "TEXT_EQUAL_TO:GO", "TEXT_STARTS_WITH:NOT YET"]),
    );
    expect(tab.protections).toEqual([expect.objectContaining({ range: "A1:J8", warningOnly: true })]);
    expect(snap.metadata).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          key: "handoffGate.handoff",
          value: expect.stringContaining('"id":"HO-0001"'),
        }),
      ]),
    );

    const register = sheetOf(snap, "Handoffs");
    expect(register.frozenRows).toBe(1);
    expect(cellOf(snap, "Handoffs", 2, 1).v).toBe("HO-0001");
    expect(cellOf(snap, "Handoffs", 2, 10)).toMatchObject({
      f: "=HandoffGate_HO_0001_gate",
      v: "NOT YET",
    });
  });

  it("gives unique IDs that are never reused, even after register rows are deleted", async () => {
    const emu = await load();
    for (const client of ["A", "B", "C"]) start(emu, { client });
    const register = emu.model.sheetByName("Handoffs");
    if (!register) throw new Error("no register");
    emu.model.deleteRows(register, 3, 2);
    expect(start(emu, { client: "D" }).id).toBe("HO-0004");
    emu.model.documentProperties.clear();
    expect(start(emu, { client: "E" }).id).toBe("HO-0005");
  });

  it("two people starting at the same moment get different IDs and both rows survive", async () => {
    const emu = await load();
    let second: ReturnType<typeof emu.run> | undefined;
    const first = ok(
      emu.run("startHandoff", [newRequest({ client: "First" })], {
        whileLockHeld: () => {
          second = emu.run("startHandoff", [newRequest({ client: "Second" })]);
        },
      }),
    );
    expect((first.value as { id: string }).id).toBe("HO-0001");
    expect(second?.ok).toBe(false);
    expect(second?.error?.message).toMatch(/Someone else is starting a handoff .* Try again/);
    expect(start(emu, { client: "Second" }).id).toBe("HO-0002");
    const snap = emu.snapshot();
    expect([cellOf(snap, "Handoffs", 2, 1).v, cellOf(snap, "Handoffs", 3, 1).v]).toEqual([
      "HO-0001",
      "HO-0002",
    ]);
  });

  it("costs a fixed number of Spreadsheet calls, whatever the size of the checklist", async () => {
    const emu = await load();
    start(emu, { client: "Warm-up" });
    const small = ok(emu.run("startHandoff", [newRequest({ scenarioId: "expansion-change" })])).calls;
    const large = ok(emu.run("startHandoff", [newRequest({ scenarioId: "custom-high-risk" })])).calls;
    expect(formatCalls(large)).toBe(formatCalls(small));
    // 57: the register found by its metadata mark and its IDs read, nine named ranges (seven mirrored cells,
    // the Status and Due columns) from one range list, font sizes and five runs of column widths, one call
    // that reads the spreadsheet's time zone, 7 for the signed log entry, 4 for capacity: the tab count
    // (getNumSheets), the register's size, and the new tab trimmed in two calls; and 2 for the checklist
    // templates (their named range and its values; 1 in a workbook that has no templates sheet).
    expect(small.total).toBeLessThanOrEqual(57);
  });

  it("writes people's text as text, never as a formula or a number", async () => {
    const emu = await load();
    const client = '=HYPERLINK("http://evil.example","click")';
    start(emu, { client });
    start(emu, { client: "+1 555 0100" });
    const snap = emu.snapshot();
    const tab = snap.sheets.find((s) => s.name.startsWith("HO-0001"));
    expect(tab?.name).toMatch(/^HO-0001 =HYPERLINK\( http evil\.example/);
    expect(tab?.name).not.toMatch(/["'/:]/);
    expect(cellOf(snap, "Handoffs", 2, 2)).toEqual(expect.objectContaining({ v: client }));
    expect(cellOf(snap, "Handoffs", 2, 2).f).toBeUndefined();
    expect(cellOf(snap, "Handoffs", 3, 2).v).toBe("+1 555 0100");
  });

  it("rejects a bad request with the fix, creating nothing", async () => {
    const emu = await load();
    const before = JSON.stringify(emu.snapshot());
    const bad = emu.run("startHandoff", [newRequest({ handoffOwner: "Sales/Ops" })]);
    expect(bad.ok).toBe(false);
    expect(bad.error?.message).toMatch(/names more than one person/);
    const noDetail = emu.run("startHandoff", [newRequest({ hasExceptions: true, exceptions: " " })]);
    expect(noDetail.error?.message).toMatch(/Describe the exceptions/);
    expect(JSON.stringify(emu.snapshot())).toBe(before);
  });

  it("removes a half-built tab when the register row cannot be added, and the ID stays unused", async () => {
    const emu = await load();
    start(emu, { client: "First" });
    const failed = emu.run("startHandoff", [newRequest({ client: "Broken" })], {
      interleave: {
        after: "Spreadsheet.setNamedRange",
        run: () => {
          const register = emu.model.sheetByName("Handoffs");
          if (register) emu.model.removeSheet(register);
        },
      },
    });
    expect(failed.ok).toBe(false);
    expect(emu.snapshot().sheets.map((s) => s.name)).not.toContain("HO-0002 Broken");
    expect(start(emu, { client: "Second" }).id).toBe("HO-0002");
  });

  it("adds the high-risk items for a deal with exceptions, and the gate counts them", async () => {
    const emu = await load();
    const view = start(emu, { hasExceptions: true, exceptions: "Custom pricing, 60-day terms" });
    expect(view.items).toHaveLength(10 + 6 + 8);
    expect(view.exceptions).toBe("Custom pricing, 60-day terms");
  });

  it("the menu's New handoff… opens the sidebar on the form", async () => {
    const emu = await load();
    ok(emu.run("newHandoff"));
    expect(emu.ui.sidebar?.title).toBe("Handoff Gate");
    expect(emu.ui.sidebar?.html).toMatch(/<meta name="start-view" content="new"\s*\/?>/);
    activate(emu, "Sheet1");
    ok(emu.run("openSidebar"));
    expect(emu.ui.sidebar?.html).toMatch(/<meta name="start-view" content="walkthrough"\s*\/?>/);
  });
});

describe("New handoff: past kickoff and 'none' exceptions (built bundle)", () => {
  it("asks to confirm a target kickoff before today, and accepts it confirmed", async () => {
    const emu = await load();
    const past = emu.run("startHandoff", [newRequest({ targetKickoff: "2026-07-15" })]);
    expect(past.ok).toBe(false);
    expect(past.error?.message).toBe(
      "Target kickoff 2026-07-15 is already past (today is 2026-11-24): confirm it is right, or pick a later date.",
    );
    expect(emu.model.sheets.map((s) => s.name)).not.toContain("HO-0001 Acme Corp");

    const notBoolean = emu.run("startHandoff", [
      { ...newRequest({ targetKickoff: "2026-07-15" }), confirmPastKickoff: "yes" },
    ]);
    expect(notBoolean.error?.message).toBe("Confirm the past kickoff date with yes or no.");

    const view = start(emu, { targetKickoff: "2026-07-15", confirmPastKickoff: true });
    expect(view.id).toBe("HO-0001");
    // Today and later need no confirmation.
    expect(start(emu, { client: "Globex", targetKickoff: "2026-11-24" }).id).toBe("HO-0002");
  });

  it("'none', 'n/a' and '-' typed as exceptions add no custom/high-risk items", async () => {
    const emu = await load();
    const plain = start(emu, { client: "Plain" });
    for (const [i, exceptions] of ["none", "N/A", "-", "None."].entries()) {
      const view = start(emu, { client: `Client ${i}`, hasExceptions: true, exceptions });
      expect(view.items.length, exceptions).toBe(plain.items.length);
      expect(view.gate.verdict).toBe("NOT YET");
    }
    const risky = start(emu, { client: "Risky", hasExceptions: true, exceptions: "Custom SLA" });
    expect(risky.items.length).toBeGreaterThan(plain.items.length);
  });

  it("words a bad owner of the form for the form's own field, once", async () => {
    const emu = await load();
    expect(emu.run("startHandoff", [newRequest({ handoffOwner: "" })]).error?.message).toBe(
      "Enter the handoff owner: one person.",
    );
    expect(emu.run("startHandoff", [newRequest({ receivingOwner: "Ops team" })]).error?.message).toBe(
      "Receiving owner “Ops team” is a team, not a person: enter one person from it.",
    );
  });
});
