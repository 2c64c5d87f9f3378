// The bulk endpoints on the emulated workbook: one call each fills what is empty, marks items Done
// through the row rules, and costs the same on a small and a large checklist.
import { describe, expect, it } from "vitest";
import { formatCalls } from "../../emulator/index";
import type { BulkOutcome, HandoffView } from "../../src/core/api/views";
import { cellOf, load, ok, start } from "./helpers";

const STATUS = 5;
const OWNER = 6;
const DUE = 7;

const assign = (view: HandoffView, over: Record<string, unknown> = {}) => ({
  handoffId: view.id,
  section: "",
  owner: "Dana Lee",
  due: "2026-12-01",
  ...over,
});

describe("bulk actions", () => {
  it("assigns one owner and one due date to the items without them, keeping what a person typed", async () => {
    const emu = await load();
    const view = start(emu);
    const [first, second] = view.items;
    if (!first || !second) throw new Error("no items");
    emu.model.setValues(view.sheetName, first.row, OWNER, [["Ana Diaz", new Date("2026-12-20T12:00:00Z")]]);
    emu.model.setValues(view.sheetName, second.row, OWNER, [["TBD"]]);
    const result = ok(emu.run("assignItems", [assign(view)]));
    const outcome = result.value as BulkOutcome;
    expect(outcome.message).toBe(
      "Dana Lee now owns 16 items that had no owner; 17 open items without a due date now due 2026-12-01. 2 items kept the Owner already typed.",
    );
    const snap = emu.snapshot();
    expect(cellOf(snap, view.sheetName, first.row, OWNER).v).toBe("Ana Diaz");
    expect(cellOf(snap, view.sheetName, first.row, DUE).display).toBe("2026-12-20");
    expect(cellOf(snap, view.sheetName, second.row, OWNER).v).toBe("TBD");
    expect(cellOf(snap, view.sheetName, second.row, DUE).display).toBe("2026-12-01");
    const last = view.items[view.items.length - 1];
    if (!last) throw new Error("no items");
    expect(cellOf(snap, view.sheetName, last.row, OWNER).v).toBe("Dana Lee");
    expect(outcome.handoff.gate.detail).toBe(
      "NOT YET: 10 required open · 8 review open · 1 item without an owner yet",
    );
  });

  it("assigns within one section only, and refuses a shared owner or an empty request naming the field", async () => {
    const emu = await load();
    const view = start(emu);
    const outcome = ok(emu.run("assignItems", [assign(view, { section: "Scope", due: "" })]))
      .value as BulkOutcome;
    expect(outcome.message).toBe("Dana Lee now owns 2 items that had no owner in Scope.");
    expect(outcome.handoff.items.filter((i) => i.owner === "Dana Lee").map((i) => i.section)).toEqual([
      "Scope",
      "Scope",
    ]);
    const shared = emu.run("assignItems", [assign(view, { owner: "Sales/Ops" })]);
    expect(shared.ok).toBe(false);
    expect(shared.error?.message).toBe(
      "Owner “Sales/Ops” names more than one person: enter one person as owner.",
    );
    const empty = emu.run("assignItems", [assign(view, { owner: "", due: "" })]);
    expect(empty.error?.message).toBe(
      "Owner and Due are both empty: enter the owner, the due date, or both, to give to the items without one.",
    );
    const badDue = emu.run("assignItems", [assign(view, { due: "next week" })]);
    expect(badDue.error?.message).toBe("Due: enter the due date as a date, e.g. 2026-12-01.");
  });

  it("marks several items Done; one that cannot be Done yet keeps its status and says why", async () => {
    const emu = await load();
    const view = start(emu);
    // Done needs the one person accountable: give every item its owner first, no due date.
    ok(emu.run("assignItems", [assign(view, { due: "" })]));
    const items = view.items.map((i) => ({ row: i.row, itemText: i.text }));
    const outcome = ok(emu.run("markItemsDone", [{ handoffId: view.id, items }])).value as BulkOutcome;
    const attachment = view.items.find((i) => i.kind === "attachment");
    if (!attachment) throw new Error("no attachment item");
    expect(outcome.skipped).toEqual([
      {
        row: attachment.row,
        text: attachment.text,
        reason:
          "An attachment counts as Done only with evidence: put a link or reference to it in Evidence, or set Status back to In progress.",
      },
    ]);
    expect(outcome.message).toBe("17 items marked Done. 1 item not yet: see why below.");
    const snap = emu.snapshot();
    expect(cellOf(snap, view.sheetName, attachment.row, STATUS).v).toBe("Not started");
    expect(cellOf(snap, view.sheetName, view.items[0]?.row ?? 0, STATUS).v).toBe("Done");
    expect(outcome.handoff.gate.detail).toBe("NOT YET: 1 required open · 1 item without a due date yet");

    const none = emu.run("markItemsDone", [{ handoffId: view.id, items: [] }]);
    expect(none.error?.message).toBe("Items: tick at least one item to mark Done.");
  });

  it("fills empty due dates from the target kickoff, the work first and the review last", async () => {
    const emu = await load();
    const view = start(emu, { targetKickoff: "2026-12-10" });
    const first = view.items[0];
    if (!first) throw new Error("no items");
    emu.model.setValues(view.sheetName, first.row, DUE, [["next week"]]);
    const outcome = ok(emu.run("dueDatesFromKickoff", [{ handoffId: view.id }])).value as BulkOutcome;
    expect(outcome.message).toBe(
      "Due dates set for 17 open items from the target kickoff 2026-12-10. 1 item kept the Due already typed.",
    );
    const due = (kind: string) => outcome.handoff.items.filter((i) => i.kind === kind).map((i) => i.due);
    expect(new Set(due("acknowledgement"))).toEqual(new Set(["2026-12-08"]));
    expect(new Set(due("review"))).toEqual(new Set(["2026-12-09"]));
    expect(outcome.handoff.items.find((i) => i.kind === "attachment")?.due).toBe("2026-12-03");
    expect(outcome.handoff.items[0]?.due).toBe("next week");

    const noKickoff = start(emu, { targetKickoff: "" });
    expect(emu.run("dueDatesFromKickoff", [{ handoffId: noKickoff.id }]).error?.message).toBe(
      "Target kickoff: this handoff has no target kickoff date. Put the date in Target kickoff at the top of its tab, then try again.",
    );
  });

  it("each costs the same calls on a small and a large checklist, within a budget", async () => {
    const emu = await load();
    const costs = [false, true].map((hasExceptions) => {
      const view = start(emu, { hasExceptions, exceptions: hasExceptions ? "Custom pricing" : "" });
      const due = ok(emu.run("dueDatesFromKickoff", [{ handoffId: view.id }])).calls;
      const assigned = ok(emu.run("assignItems", [assign(view, { due: "2026-12-20" })])).calls;
      const items = view.items.map((i) => ({ row: i.row, itemText: i.text }));
      const done = ok(emu.run("markItemsDone", [{ handoffId: view.id, items }])).calls;
      return { items: view.items.length, due, assigned, done };
    });
    const [small, large] = costs;
    if (!small || !large) throw new Error("no costs");
    expect(large.items).toBeGreaterThan(small.items);
    expect(formatCalls(large.assigned)).toBe(formatCalls(small.assigned));
    expect(formatCalls(large.done)).toBe(formatCalls(small.done));
    expect(formatCalls(large.due)).toBe(formatCalls(small.due));
    // Each with its log entry written under the document lock and flushed before it is released.
    expect(small.assigned.total).toBeLessThanOrEqual(20);
    expect(small.done.total).toBeLessThanOrEqual(20);
    expect(small.due.total).toBeLessThanOrEqual(24);
    expect(small.assigned.byMethod["Range.getValues"]).toBe(1);
  });
});

describe("bulk requests a hostile caller sends", () => {
  it("refuses items that are not rows and text, naming Items and the fix", async () => {
    const emu = await load();
    const view = start(emu);
    const refusal = (items: unknown) =>
      emu.run("markItemsDone", [{ handoffId: view.id, items }]).error?.message;
    expect(refusal("all")).toBe("Items: send the items to mark Done as a list: refresh the sidebar.");
    expect(refusal([{ row: "9", itemText: "x" }])).toBe(
      "Items: each item needs its row number: refresh the sidebar.",
    );
    expect(refusal([{ row: 9 }])).toBe("Items: each item needs its text: refresh the sidebar.");
    expect(refusal([{ row: -1, itemText: "x" }])).toBe("Items: a row is missing: refresh the sidebar.");
    expect(
      emu.run("assignItems", [{ handoffId: view.id, section: "", owner: "=IMPORTXML(1)", due: "" }]).ok,
    ).toBe(true);
    const tab = emu.snapshot().sheets.find((s) => s.name === view.sheetName);
    const formulas = (tab?.cells ?? []).flat().filter((c) => c?.f?.includes("IMPORTXML"));
    expect(formulas).toEqual([]);
  });
});
