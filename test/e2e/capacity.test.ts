// Capacity guard: New handoff checks the workbook's cells (limit 10,000,000) and tabs (200, as third
// parties report) before it creates anything. Past 80 % of either it says how many more handoffs fit
// and names "Archive finished handoffs…"; when none fits it refuses with that message instead of
// Google's error, creating nothing. The emulator's grids are sparse, so the real limits are reached
// with a person's sheet whose grid is large but empty.
import { describe, expect, it } from "vitest";
import type { Emulator } from "../../emulator/index";
import type { HandoffView } from "../../src/core/api/views";
import { load, newRequest, ok, start } from "./helpers";

const ARCHIVE =
  "Extensions → Handoff Gate → Archive finished handoffs… moves decided handoffs out of their tabs to make room.";

/**
 * A workbook after one handoff: the register, Sheet1 (26,000 cells), HO-0001's tab and the log, 4 tabs
 * holding some 29,000 cells (29,102 as the sheets are sized today).
 */
async function afterOneHandoff(): Promise<Emulator> {
  const emu = await load();
  start(emu, { client: "First" });
  expect(emu.model.sheets).toHaveLength(4);
  expect(emu.model.cellCount()).toBeLessThan(32_000);
  return emu;
}

/** A count as the messages write it. */
const n = (x: number): string => x.toLocaleString("en-US");

/** A person's own sheet, empty, whose grid brings the workbook to `total` cells. */
function personSheetTo(emu: Emulator, total: number): void {
  const need = total - emu.model.cellCount();
  const sheet = emu.model.addSheet("Imported data");
  sheet.maxCols = 1;
  sheet.maxRows = need;
  expect(emu.model.cellCount()).toBe(total);
}

/** `n` more sheets of a person's (default grid each). */
function personSheets(emu: Emulator, n: number): void {
  for (let i = 0; i < n; i++) emu.model.addSheet(`Notes ${i + 1}`);
}

function refused(emu: Emulator): string {
  const sheetsBefore = emu.model.sheets.map((s) => s.name);
  const counter = emu.model.documentProperties.get("handoffGate.lastHandoffNumber");
  const r = emu.run("startHandoff", [newRequest({ client: "One too many" })]);
  expect(r.ok).toBe(false);
  // Nothing half-created: same tabs, the ID not used.
  expect(emu.model.sheets.map((s) => s.name)).toEqual(sheetsBefore);
  expect(emu.model.documentProperties.get("handoffGate.lastHandoffNumber")).toBe(counter);
  return r.error?.message ?? "";
}

describe("capacity guard in New handoff", () => {
  it("at 79 % of the cells says nothing", async () => {
    const emu = await afterOneHandoff();
    personSheetTo(emu, 7_900_000);
    expect(start(emu).capacityWarning).toBeUndefined();
  });

  it("at 81 % of the cells says how many more handoffs fit (here the 200 tabs bind first) and names the archive", async () => {
    const emu = await afterOneHandoff();
    personSheetTo(emu, 8_100_000);
    const view = start(emu);
    // 5 tabs: 195 handoffs fit by tabs, this one included; by cells (10,000,000 − 8,100,000 − 26,000 for
    // the insert's default grid) / 496 per handoff + 1 = 3,779.
    expect(view.capacityWarning).toBe(
      `This workbook is filling up: it holds 8,100,000 of Google Sheets' 10,000,000 cells (81 %) and 5 of 200 tabs (2 %). About 194 more handoffs fit after this one. ${ARCHIVE}`,
    );
  });

  it("at 100 % of the cells refuses with that message, not Google's, and creates nothing", async () => {
    const emu = await afterOneHandoff();
    personSheetTo(emu, 10_000_000);
    expect(refused(emu)).toBe(
      `This workbook is full: it holds 10,000,000 of Google Sheets' 10,000,000 cells (100 %) and 5 of 200 tabs (2 %), so no new handoff fits. ${ARCHIVE}`,
    );
  });

  it("refuses when less room is left than the 26,000 cells a new sheet takes before it is trimmed", async () => {
    const emu = await afterOneHandoff();
    personSheetTo(emu, 9_980_000);
    expect(refused(emu)).toMatch(
      /^This workbook is full: it holds 9,980,000 of Google Sheets' 10,000,000 cells \(99 %\)/,
    );
  });

  it("at 79 % of the tabs says nothing; at 81 % says how many fit; at 100 % refuses", async () => {
    const low = await afterOneHandoff();
    personSheets(low, 154);
    expect(low.model.sheets).toHaveLength(158);
    expect(start(low).capacityWarning).toBeUndefined();

    const high = await afterOneHandoff();
    personSheets(high, 158);
    expect(high.model.sheets).toHaveLength(162);
    // Some 4,137,000 cells (41 %); 200 − 162 = 38 handoffs fit, this one included.
    const cells = high.model.cellCount();
    expect(start(high).capacityWarning).toBe(
      `This workbook is filling up: it holds ${n(cells)} of Google Sheets' 10,000,000 cells (41 %) and 162 of 200 tabs (81 %). About 37 more handoffs fit after this one. ${ARCHIVE}`,
    );

    const full = await afterOneHandoff();
    personSheets(full, 196);
    expect(refused(full)).toBe(
      `This workbook is full: it holds ${n(full.model.cellCount())} of Google Sheets' 10,000,000 cells (51 %) and 200 of 200 tabs (100 %), so no new handoff fits. ${ARCHIVE}`,
    );
  });

  it("the last handoff that fits says so", async () => {
    const emu = await afterOneHandoff();
    personSheets(emu, 195);
    expect(start(emu).capacityWarning).toMatch(/This is the last handoff that fits\./);
  });

  it("keeps a tally, so a workbook whose tabs did not change is not counted sheet by sheet", async () => {
    const emu = await afterOneHandoff();
    personSheets(emu, 20);
    // The tab count changed: counted once (getSheets + two calls per sheet)…
    const counted = ok(emu.run("startHandoff", [newRequest({ client: "Counted" })])).calls;
    expect(counted.byMethod["Spreadsheet.getSheets"]).toBe(1);
    // …then the tally serves, at a fixed cost whatever the number of tabs.
    const tallied = ok(emu.run("startHandoff", [newRequest({ client: "Tallied" })])).calls;
    expect(tallied.byMethod["Spreadsheet.getSheets"]).toBeUndefined();
    expect(tallied.byMethod["Spreadsheet.getNumSheets"]).toBe(1);
    expect(JSON.parse(emu.model.documentProperties.get("handoffGate.workbookUse") ?? "")).toEqual({
      cells: emu.model.cellCount(),
      tabs: emu.model.sheets.length,
    });
  });

  it("when a person's sheet grew past what the tally knows, Sheets' refusal becomes the capacity message", async () => {
    const emu = await afterOneHandoff();
    const first = emu.model.sheetByName("Sheet1");
    if (!first) throw new Error("no Sheet1");
    // Same tabs, so the tally (some 29,000 cells) is trusted; the grid really holds 9,990,000.
    const others = emu.model.cellCount() - 26_000;
    first.maxCols = 1;
    first.maxRows = 9_990_000 - others;
    expect(emu.model.cellCount()).toBe(9_990_000);
    expect(refused(emu)).toMatch(
      /^This workbook is full: it holds 9,990,000 of Google Sheets' 10,000,000 cells/,
    );
  });

  it("the sidebar's start returns the warning with the handoff's view", async () => {
    const emu = await afterOneHandoff();
    personSheetTo(emu, 9_000_000);
    const view = (await emu.callFromClient("startHandoff", [
      newRequest({ client: "Via sidebar" }),
    ])) as HandoffView;
    expect(view.id).toBe("HO-0002");
    expect(view.capacityWarning).toMatch(/^This workbook is filling up: it holds 9,000,000 .* \(90 %\)/);
  });
});
