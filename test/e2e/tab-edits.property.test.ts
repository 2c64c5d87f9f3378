// Property: whatever ordinary edits people make to a filled checklist tab (blank rows and columns
// inserted anywhere, blank rows deleted, the decision block moved, the tab renamed, header cells typed
// over), after Validate, Refresh register and a sidebar save the gate (tab, sidebar, register) is never GO
// while a required item is open, and every cell a person typed is still there (in its cell or a note).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Emulator } from "../../emulator/index";
import { saveItemRequestFor } from "../../src/core/api/requests";
import type { HandoffView, SidebarState } from "../../src/core/api/views";
import { cellOf, load, ok, sheetOf, shownValues, start } from "./helpers";

type Edit =
  | { kind: "insertRows"; at: number; count: number }
  | { kind: "insertColumns"; at: number; count: number }
  | { kind: "deleteBlankRow"; pick: number }
  | { kind: "moveDecision"; to: "below" | "beside"; gap: number }
  | { kind: "rename"; name: string }
  | { kind: "typeHeader"; pick: number; text: string }
  | { kind: "typeAside"; row: number; text: string };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    kind: fc.constant("insertRows"),
    at: fc.integer({ min: 1, max: 40 }),
    count: fc.integer({ min: 1, max: 3 }),
  }),
  fc.record({
    kind: fc.constant("insertColumns"),
    at: fc.integer({ min: 1, max: 12 }),
    count: fc.integer({ min: 1, max: 2 }),
  }),
  fc.record({ kind: fc.constant("deleteBlankRow"), pick: fc.nat() }),
  fc.record({
    kind: fc.constant("moveDecision"),
    to: fc.constantFrom("below", "beside"),
    gap: fc.integer({ min: 0, max: 3 }),
  }),
  fc.record({
    kind: fc.constant("rename"),
    name: fc.constantFrom("Acme (renamed)", "Kickoff 🚀", "HO-0001"),
  }),
  fc.record({
    kind: fc.constant("typeHeader"),
    pick: fc.nat(),
    text: fc.constantFrom("GO", "see Slack", "n/a", "x"),
  }),
  fc.record({
    kind: fc.constant("typeAside"),
    row: fc.integer({ min: 1, max: 40 }),
    text: fc.constantFrom("note to self", "total 12"),
  }),
) as fc.Arbitrary<Edit>;

const DONE_CELLS = ["Done", "Dana Lee", "2026-12-01", "https://drive.example.com/x", "Priya Shah"];

/** Fills every item Done, except item `open` (if any), as a person typing into Status…Approved by. */
function fill(emu: Emulator, view: HandoffView, open: number | null): void {
  view.items.forEach((item, i) => {
    if (i !== open) emu.model.setValues(view.sheetName, item.row, 5, [DONE_CELLS]);
  });
}

function gateShown(emu: Emulator, name: string): unknown[] {
  const cells = shownValues(emu, name);
  const found: unknown[] = [];
  cells.forEach((line, r) => {
    line.forEach((v, c) => {
      if (v === "Gate" && (cells[r + 1]?.[c] ?? "") === "Decision") found.push(cells[r]?.[c + 1]);
    });
  });
  return found;
}

function apply(emu: Emulator, name: { current: string }, e: Edit, typed: string[]): void {
  const sheet = emu.model.sheetByName(name.current);
  if (!sheet) throw new Error("tab gone");
  const cells = shownValues(emu, name.current);
  const last = cells.length;
  switch (e.kind) {
    case "insertRows":
      emu.model.insertRows(sheet, Math.min(e.at, last + 1), e.count);
      return;
    case "insertColumns":
      emu.model.insertColumns(sheet, e.at, e.count);
      return;
    case "deleteBlankRow": {
      const blank = cells.flatMap((line, r) => (line.every((v) => v === "") ? [r + 1] : []));
      const row = blank[e.pick % Math.max(1, blank.length)];
      if (row !== undefined) emu.model.deleteRows(sheet, row, 1);
      return;
    }
    case "moveDecision": {
      const top = cells.findIndex(
        (l, r) => l.includes("Decision") && cells[r + 1]?.[l.indexOf("Decision")] === "Override reason",
      );
      if (top < 0) return;
      const col = (cells[top] ?? []).indexOf("Decision");
      const block = cells.slice(top, top + 6).map((l) =>
        l
          .slice(col, col + 3)
          .concat(["", "", ""])
          .slice(0, 3),
      );
      emu.model.setValues(
        name.current,
        top + 1,
        col + 1,
        block.map(() => ["", "", ""]),
      );
      if (e.to === "below") emu.model.setValues(name.current, last + 1 + e.gap, 1, block);
      else emu.model.setValues(name.current, 1 + e.gap, Math.max(12, (cells[0]?.length ?? 0) + 2), block);
      return;
    }
    case "rename":
      if (!emu.model.sheetByName(e.name)) {
        emu.model.renameSheet(sheet, e.name);
        name.current = e.name;
      }
      return;
    case "typeHeader": {
      const header = cells.findIndex((l) => l.includes("Status") && l.includes("Item"));
      const spots: [number, number][] = [];
      // The header block's value cells, wherever inserted columns moved them: right of each label.
      for (let r = 0; r < header; r++) {
        (cells[r] ?? []).forEach((v, c) => {
          // A cell already holding earlier typing is left alone: typing over one's own text is not a loss.
          const over = cells[r]?.[c + 1] ?? "";
          if (
            /^(Client|Scenario|Gate|Decision|Created|Handoff owner|Target kickoff)$/.test(v) &&
            !typed.includes(over)
          )
            spots.push([r + 1, c + 2]);
        });
      }
      const spot = spots[e.pick % Math.max(1, spots.length)];
      if (!spot) return;
      emu.model.setValues(name.current, spot[0], spot[1], [[e.text]]);
      typed.push(e.text);
      return;
    }
    case "typeAside":
      emu.model.setValues(name.current, e.row, (cells[0]?.length ?? 10) + 3, [[e.text]]);
      typed.push(e.text);
      return;
  }
}

describe("people's edits to a filled checklist tab (property)", () => {
  it("never make the gate GO with an open item, and never lose what was typed", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.option(fc.integer({ min: 0, max: 13 }), { nil: null }),
        fc.array(edit, { minLength: 1, maxLength: 6 }),
        async (open, edits) => {
          const emu = await load();
          const view = start(emu, { scenarioId: "owner-transfer" });
          fill(emu, view, open);
          const name = { current: view.sheetName };
          const typed: string[] = [];
          for (const e of edits) apply(emu, name, e, typed);

          emu.model.activeSheetId = emu.model.sheetByName(name.current)?.id ?? 0;
          ok(emu.run("validateHandoff"));
          ok(emu.run("refreshRegister"));
          const state = ok(emu.run("getSidebarState", [{}])).value as SidebarState;
          const shown = state.handoff;
          if (!shown) throw new Error(`sidebar lost the handoff: ${state.notice}`);
          const first = shown.items[0];
          if (!first) throw new Error("no items");
          const saved = ok(emu.run("saveItem", [saveItemRequestFor(shown.id, first, first)]))
            .value as HandoffView;
          ok(emu.run("validateHandoff"));
          ok(emu.run("refreshRegister"));

          expect(shown.items).toHaveLength(view.items.length);
          if (open !== null) {
            expect(saved.gate.verdict).toBe("NOT YET");
            for (const g of gateShown(emu, name.current)) expect(g).not.toBe("GO");
            expect(cellOf(emu.snapshot(), "Handoffs", 2, 10).v).not.toBe("GO");
          }
          if (open === null && typed.length === 0) expect(saved.gate.verdict).toBe("GO");
          const tab = sheetOf(emu.snapshot(), name.current);
          const everything = tab.cells.flat().map((c) => `${c?.display ?? c?.v ?? ""} ${c?.note ?? ""}`);
          for (const t of typed) expect(everything.some((c) => c.includes(t))).toBe(true);
        },
      ),
      { numRuns: 15 },
    );
  }, 120_000);
});
