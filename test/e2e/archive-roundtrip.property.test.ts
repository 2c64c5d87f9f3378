// Property: archiving a filled handoff and restoring it is the identity on its tab: every cell a person
// typed (statuses, owners, dates, evidence, notes, text starting with = + - @, spaces kept, formulas), the
// decision block with override and acknowledgement, and the tab's formats, validations, colour rules,
// gate formula, name, named ranges and register row come back as they were.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Emulator, SheetSnapshot, WorkbookSnapshot } from "../../emulator/index";
import { load, ok, sheetOf, shownValues, start } from "./helpers";

/** Text as a person types it, kept literal (a leading apostrophe, as in Sheets), so it is stored exactly. */
const typedText = fc.oneof(
  fc.constantFrom(
    "=SUM(1,2)",
    "+1 555 0100",
    "-5 days",
    "@dana",
    "  padded both sides  ",
    "'quoted",
    "2026-12-01",
    "TRUE",
    "0012",
    "ünïcödé ✓",
  ),
  fc.string({ maxLength: 24 }),
);
const literal = (t: string) => `'${t}`;
/** A formula a person types: a link to the evidence, a reference to a header cell, a computed text. */
const formula = fc.constantFrom(
  '=HYPERLINK("https://drive.example.com/sow","SOW")',
  "=B4",
  '=LEFT("Dana Lee",4)',
  '=IF(TRUE,"yes","")',
);
const cellText = fc.oneof(typedText.map(literal), fc.constant(""), formula);
const status = fc.constantFrom("Not started", "In progress", "Blocked", "Done", "N/A", "", "done", "Waiting");
/** A Due cell: a date typed as a date, text typed over it, a number, or nothing. */
const due = fc.oneof(
  fc
    .record({ m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
    .map(({ m, d }) => `2026-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`),
  typedText.map(literal),
  fc.constant(45000),
  fc.constant(""),
);
const row = fc.tuple(status.map(literal), cellText, due, cellText, cellText, cellText);
const decision = fc.record({
  decision: fc.constantFrom("Go", "Not yet", "", "go"),
  overrideReason: cellText,
  overrideApprovedBy: cellText,
  acknowledgedBy: cellText,
  acknowledgedOn: fc.constantFrom("2026-11-30", "", "'last Friday"),
  gateWhenDecided: cellText,
  reopenNote: cellText,
});
const filled = fc.record({
  client: fc.constantFrom("Acme Corp", '=HYPERLINK("x")', "+44 Ltd", "@home", "Ünïcode GmbH"),
  scenarioId: fc.constantFrom("standard-new-client", "custom-high-risk", "ops-to-delivery"),
  rows: fc.array(row, { minLength: 1, maxLength: 30 }),
  unticked: fc.array(fc.nat(), { maxLength: 3 }),
  decision,
  /** Typed where the add-on writes nothing: right of the table, or an empty cell of the header rows. */
  aside: fc.oneof(fc.constant(""), formula, typedText.filter((t) => t.trim() !== "").map(literal)),
  asideAt: fc.constantFrom([3, 11], [3, 3], [6, 4], [8, 9]),
});

/** A sheet as the person sees and Sheets stores it, without its id and position. */
function tabState(snapshot: WorkbookSnapshot, name: string): Omit<SheetSnapshot, "id" | "index"> {
  const { id: _id, index: _index, ...rest } = sheetOf(snapshot, name);
  return rest;
}

function decisionRow(emu: Emulator, name: string): number {
  const cells = shownValues(emu, name);
  return cells.findIndex((line, r) => line[0] === "Decision" && cells[r + 1]?.[0] === "Override reason") + 1;
}

describe("archive then restore", () => {
  it("gives back every typed cell, format, rule and anchor of the tab", { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(filled, async (f) => {
        const emu = await load();
        const other = start(emu, { client: "Other Co" });
        const view = start(emu, { client: f.client, scenarioId: f.scenarioId });
        view.items.forEach((item, i) => {
          const cells = f.rows[i % f.rows.length] ?? [];
          emu.model.setValues(view.sheetName, item.row, 5, [cells]);
        });
        for (const n of f.unticked) {
          const item = view.items[n % view.items.length];
          if (item) emu.model.setValues(view.sheetName, item.row, 4, [[false]]);
        }
        const at = decisionRow(emu, view.sheetName);
        const d = f.decision;
        emu.model.setValues(view.sheetName, at, 2, [
          [d.decision],
          [d.overrideReason],
          [d.overrideApprovedBy],
          [d.acknowledgedBy],
          [d.acknowledgedOn],
          [d.gateWhenDecided],
        ]);
        emu.model.setValues(view.sheetName, at + 5, 3, [[d.reopenNote]]);
        if (f.aside) emu.model.setValues(view.sheetName, f.asideAt[0] ?? 3, f.asideAt[1] ?? 11, [[f.aside]]);
        const before = emu.snapshot();

        // Archived together with another handoff, so the rows it comes back from are not the first ones.
        ok(emu.run("archiveHandoffs", [{ handoffIds: [other.id, view.id], confirmUnfinished: true }]));
        const archived = emu.snapshot();
        expect(archived.sheets.map((s) => s.name)).not.toContain(view.sheetName);
        ok(emu.run("restoreHandoff", [{ handoffId: view.id }]));
        const after = emu.snapshot();

        expect(tabState(after, view.sheetName)).toEqual(tabState(before, view.sheetName));
        const ranges = (s: WorkbookSnapshot) =>
          s.namedRanges
            .filter((r) => r.name.includes(view.id.replace("-", "_")))
            .sort((a, b) => a.name.localeCompare(b.name));
        expect(ranges(after)).toEqual(ranges(before));
        const registerRow = (s: WorkbookSnapshot) =>
          sheetOf(s, "Handoffs").cells.find((line) => line?.[0]?.v === view.id);
        expect(registerRow(after)?.slice(0, 16)).toEqual(registerRow(before)?.slice(0, 16));
        // Only its own rows left the Archive: the other handoff's are still there, the link moved up with them.
        expect(shownValues(emu, "Archive").filter((line) => line[0] === view.id)).toEqual([]);
        expect(shownValues(emu, "Archive").some((line) => line[0] === other.id)).toBe(true);
      }),
      { numRuns: 12 },
    );
  });
});
