// Two people at once: a command that finds the document lock held by someone else's command past its
// wait says so in words and changes nothing; one that gets it flushes its writes before releasing it
// (LockService guide; PLATFORM "LockService"), so the next command reads them.
import { describe, expect, it } from "vitest";
import { saveItemRequestFor } from "../../src/core/api/requests";
import { done, load, newRequest, ok, shownValues, start } from "./helpers";

describe("the document lock", () => {
  it("refuses while someone else holds it, naming who is busy and what to do, and writes nothing", async () => {
    const emu = await load();
    const view = start(emu);
    const before = JSON.stringify(emu.snapshot().sheets);

    emu.stageLockHolder({ holdMs: 60_000 });
    expect(emu.run("startHandoff", [newRequest({ client: "Globex" })]).error?.message).toBe(
      "Someone else is starting a handoff in this workbook right now. Try again in a few seconds.",
    );
    emu.stageLockHolder({ holdMs: 60_000 });
    expect(
      emu.run("archiveHandoffs", [{ handoffIds: [view.id], confirmUnfinished: true }]).error?.message,
    ).toBe("Someone else is archiving or restoring right now. Try again in a few seconds.");
    expect(JSON.stringify(emu.snapshot().sheets)).toBe(before);

    // Saving a step writes the tab first; only its log entry waits for the lock, and the message says the step is kept.
    const item = view.items[0];
    if (!item) throw new Error("no item");
    emu.stageLockHolder({ holdMs: 60_000 });
    expect(
      emu.run("saveItem", [saveItemRequestFor(view.id, item, { ...item, ...done(item) })]).error?.message,
    ).toBe("The handoff log is busy: your change is saved; try the action again to record it.");
    expect(shownValues(emu, view.sheetName)[item.row - 1]?.[4]).toBe("Done");
  });

  it("waits for a short hold, then flushes its writes once before releasing the lock", async () => {
    const emu = await load();
    emu.stageLockHolder({ holdMs: 2_000 });
    const started = ok(emu.run("startHandoff", [newRequest({ client: "Globex" })]));
    expect(started.calls.byMethod["SpreadsheetApp.flush"]).toBe(1);
    const view = start(emu);
    const item = view.items[0];
    if (!item) throw new Error("no item");
    const saved = ok(emu.run("saveItem", [saveItemRequestFor(view.id, item, { ...item, ...done(item) })]));
    expect(saved.calls.byMethod["SpreadsheetApp.flush"]).toBe(1);
  });
});
