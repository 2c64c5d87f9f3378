// Everything a person types reaches the sheet as text, even when it starts with = + - or @, which
// Sheets would otherwise read as a formula (emulator/cell-input.ts: "-2+3" and "+A1" are formulas,
// "+1 555 0100" shows #ERROR!, "@SUM(1)" is =SUM(1); issue 17).
import { describe, expect, it } from "vitest";
import type { WorkbookSnapshot } from "../../emulator/index";
import { saveItemRequestFor } from "../../src/core/api/requests";
import type { HandoffView } from "../../src/core/api/views";
import { load, ok, start } from "./helpers";

const TRICKY = ["-2+3", "+1 555 0100", "@SUM(1)", "=1+1", "- call back", "+A1"];

/** Every formula in the workbook: the add-on's own, never one made of typed text. */
function formulas(snap: WorkbookSnapshot): string[] {
  return snap.sheets.flatMap((s) => s.cells.flatMap((row) => row.flatMap((c) => (c?.f ? [c.f] : []))));
}

/** Every computed value in the workbook, as text. */
function values(snap: WorkbookSnapshot): string[] {
  return snap.sheets.flatMap((s) =>
    s.cells.flatMap((row) => row.flatMap((c) => (c?.v === undefined ? [] : [String(c.v)]))),
  );
}

describe("typed text starting with = + - @ stays text (USER_ENTERED input)", () => {
  it.each(TRICKY)("new handoff, checklist row and decision keep %s as typed", async (text) => {
    const emu = await load();
    const view = start(emu, {
      client: text,
      hasExceptions: true,
      exceptions: text,
    });
    expect([view.client, view.exceptions]).toEqual([text, text]);
    const item = view.items[0];
    if (!item) throw new Error("no items");
    const saved = ok(
      emu.run("saveItem", [
        saveItemRequestFor(view.id, item, {
          status: "In progress",
          owner: "Dana Lee",
          due: "2026-12-01",
          evidence: text,
          approvedBy: "Priya Shah",
          notes: text,
        }),
      ]),
    ).value as HandoffView;
    const row = saved.items[0];
    expect([row?.evidence, row?.notes]).toEqual([text, text]);
    const decided = ok(
      emu.run("recordDecision", [
        {
          handoffId: view.id,
          decision: "Go",
          overrideReason: text,
          overrideApprovedBy: "Priya Shah",
          acknowledgedBy: "Sam Ortiz",
          acknowledgedOn: "",
        },
      ]),
    ).value as HandoffView;
    expect(decided.decision.overrideReason).toBe(text);
    emu.runTrigger("onOpen");
    ok(emu.clickMenuItem("Refresh register"));
    const snap = emu.snapshot();
    const body = text.replace(/^[=+@-]/, "");
    expect(formulas(snap).filter((f) => f.includes(body.trim()))).toEqual([]);
    expect(values(snap)).not.toContain("#ERROR!");
    expect(values(snap).filter((v) => v === text).length).toBeGreaterThanOrEqual(5);
  });
});
