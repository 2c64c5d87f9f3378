import { describe, expect, it } from "vitest";
import { formatCalls } from "../../emulator/index";
import { saveItemRequestFor } from "../../src/core/api/requests";
import type { HandoffView, ItemView } from "../../src/core/api/views";
import { cellOf, decisionRequest, done, load, ok, start } from "./helpers";

function saveRequest(view: HandoffView, item: ItemView, patch: Partial<ItemView> = {}) {
  return saveItemRequestFor(view.id, item, { ...item, ...patch });
}

describe("Sidebar endpoints (google.script.run semantics)", () => {
  it("saves one row with one batched write and returns the new gate; walking every item reaches GO", async () => {
    const emu = await load();
    let view = start(emu, { scenarioId: "owner-transfer" });
    const first = view.items[0];
    if (!first) throw new Error("no items");
    const before = emu.snapshot();
    const saved = ok(emu.run("saveItem", [saveRequest(view, first, done(first))]));
    expect(saved.calls.byMethod["Range.setValues"]).toBe(1);
    // 9: one call reads the spreadsheet's time zone (Date cells read and written as its days);
    // 6 more for its log entry (find the log by its metadata: 5, one append; the zone is reused).
    expect(saved.calls.total).toBeLessThanOrEqual(16);
    const after = emu.snapshot();
    const tab = view.sheetName;
    const changed: string[] = [];
    const oldCells = before.sheets.find((s) => s.name === tab)?.cells ?? [];
    const newCells = after.sheets.find((s) => s.name === tab)?.cells ?? [];
    newCells.forEach((line, r) => {
      line.forEach((c, k) => {
        if (JSON.stringify(oldCells[r]?.[k]) !== JSON.stringify(c)) changed.push(`${r + 1}:${k + 1}`);
      });
    });
    expect(changed.every((c) => c.startsWith(`${first.row}:`) || c.startsWith("1:"))).toBe(true);
    view = saved.value as HandoffView;
    for (const item of view.items.slice(1)) {
      view = (await emu.callFromClient("saveItem", [saveRequest(view, item, done(item))])) as HandoffView;
    }
    expect(view.gate.verdict).toBe("GO");
    expect(view.gate.requiredDone).toBe(view.gate.requiredTotal);
    expect(cellOf(emu.snapshot(), tab, 1, 2).v).toBe("GO");
    expect(cellOf(emu.snapshot(), "Handoffs", 2, 10).v).toBe("GO");
  });

  it("writes typed text literally and refuses a stale row", async () => {
    const emu = await load();
    const view = start(emu);
    const item = view.items[0];
    if (!item) throw new Error("no items");
    ok(
      emu.run("saveItem", [
        saveRequest(view, item, { status: "In progress", owner: "=IMPORTXML(1)", due: "2026-12-01" }),
      ]),
    );
    const owner = cellOf(emu.snapshot(), view.sheetName, item.row, 6);
    expect(owner.v).toBe("=IMPORTXML(1)");
    expect(owner.f).toBeUndefined();
    const injected = emu.run("saveItem", [
      saveRequest(view, item, { status: '=IMPORTXML("http://x","//a")' }),
    ]);
    expect(injected.error?.message).toBe("Pick a status: Not started, In progress, Blocked, Done, N/A.");
    const stale = emu.run("saveItem", [{ ...saveRequest(view, item), itemText: "Something else" }]);
    expect(stale.error?.message).toMatch(/The checklist changed since the sidebar loaded it/);
  });

  it("records Go against NOT YET as an override that needs a reason and an approver", async () => {
    const emu = await load();
    const view = start(emu);
    const decision = decisionRequest(view.id);
    const bare = ok(emu.run("recordDecision", [decision])).value as HandoffView;
    expect(bare.decision.isOverride).toBe(true);
    expect(bare.decision.findings.map((f) => f.code)).toEqual(
      expect.arrayContaining(["override-needs-reason", "override-needs-approver"]),
    );
    const justified = ok(
      emu.run("recordDecision", [
        {
          ...decision,
          overrideReason: "Fixed go-live",
          overrideApprovedBy: "Priya Shah",
          acknowledgedBy: "Sam Ortiz",
          acknowledgedOn: "2026-11-24",
        },
      ]),
    ).value as HandoffView;
    expect(justified.decision.findings).toEqual([]);
    expect(justified.decision.acknowledgedOn).toBe("2026-11-24");
    const snap = emu.snapshot();
    expect(cellOf(snap, "Handoffs", 2, 12).v).toBe("Go");
    expect(cellOf(snap, "Handoffs", 2, 13).v).toMatch(/^NOT YET: \d+ required open/);
    expect(cellOf(snap, "Handoffs", 2, 14).v).toBe("Sam Ortiz");
    expect(justified.decision.gateWhenDecided).toMatch(/^NOT YET: \d+ required open/);
    for (const item of justified.items) {
      ok(
        emu.run("saveItem", [
          saveRequest(justified, item, { status: "N/A", notes: "Out of scope", approvedBy: "Priya Shah" }),
        ]),
      );
    }
    const later = ok(
      emu.run("recordDecision", [
        {
          ...decision,
          overrideReason: "Fixed go-live",
          overrideApprovedBy: "Priya Shah",
          acknowledgedBy: "Sam Ortiz",
          acknowledgedOn: "2026-11-25",
        },
      ]),
    ).value as HandoffView;
    expect(later.gate.detail).not.toBe(justified.decision.gateWhenDecided);
    expect(later.decision.gateWhenDecided).toBe(justified.decision.gateWhenDecided);
  });

  it("reports the active tab, or says it is not a handoff", async () => {
    const emu = await load();
    const empty = (await emu.callFromClient("getSidebarState", [{}])) as {
      handoff: unknown;
      notice: string;
      scenarios: unknown[];
    };
    expect(empty.handoff).toBeNull();
    expect(empty.notice).toMatch(/not a Handoff Gate checklist tab/);
    expect(empty.scenarios).toHaveLength(5);
    start(emu);
    const onTab = ok(emu.run("getSidebarState", [{}]));
    expect(onTab.calls.total).toBeLessThanOrEqual(12);
    const onRegister = ok(emu.run("getSidebarState", [{ sheetName: "Handoffs" }]));
    expect((onRegister.value as { notice: string }).notice).toMatch(
      /"Handoffs" is not a Handoff Gate checklist tab/,
    );
    expect(onRegister.calls.byMethod["Sheet.getDataRange"]).toBeUndefined();
    const state = (await emu.callFromClient("getSidebarState", [{}])) as { handoff: HandoffView };
    expect(state.handoff.id).toBe("HO-0001");
    await expect(emu.callFromClient("saveItem", [{ due: new Date() }])).rejects.toThrow(/illegal value/);
    const item = state.handoff.items[0];
    if (!item) throw new Error("no items");
    const ancient = emu.run("saveItem", [
      saveRequest(state.handoff, item, { status: "In progress", owner: "Dana", due: "0001-01-01" }),
    ]);
    expect(ancient.error?.message).toBe("Enter the due date as a date, e.g. 2026-12-01.");
  });

  it("costs the same calls on a small and a large checklist, within a budget", async () => {
    const emu = await load();
    const costs = (["owner-transfer", "custom-high-risk"] as const).map((scenarioId) => {
      const view = start(emu, { scenarioId });
      const item = view.items[0];
      if (!item) throw new Error("no items");
      const state = ok(emu.run("getSidebarState", [{}])).calls;
      const saved = ok(emu.run("saveItem", [saveRequest(view, item, done(item))])).calls;
      const decided = ok(
        emu.run("recordDecision", [decisionRequest(view.id, { decision: "Not yet" })]),
      ).calls;
      return { items: view.items.length, state, saved, decided };
    });
    const [small, large] = costs;
    if (!small || !large) throw new Error("no costs");
    expect(large.items).toBeGreaterThan(small.items);
    expect(formatCalls(large.state)).toBe(formatCalls(small.state));
    expect(formatCalls(large.saved)).toBe(formatCalls(small.saved));
    expect(formatCalls(large.decided)).toBe(formatCalls(small.decided));
    // Each includes the one call that reads the spreadsheet's time zone; the state also reads the tab's
    // metadata mark and the checklist templates (2 calls: their named range and its values); saving and
    // deciding add the signed log entry (the log found by its metadata, one write, the flush before the
    // document lock is released), deciding 2 more for the who-and-when notes beside it.
    expect(small.state.total).toBeLessThanOrEqual(12);
    expect(small.saved.total).toBeLessThanOrEqual(16);
    expect(small.decided.total).toBeLessThanOrEqual(18);
  });
});
