// Shared setup for end-to-end tests: the built dist/Code.js running in the emulation.
import { expect } from "vitest";
import {
  Emulator,
  type ExecutionResult,
  type SheetData,
  type SnapshotCell,
  type WorkbookSnapshot,
} from "../../emulator/index";
import type { DecisionRequest, NewHandoffRequest } from "../../src/core/api/requests";
import type { HandoffView, ItemView } from "../../src/core/api/views";

/** A fixed "now" so dates in assertions are stable: Tuesday 2026-11-24, 10:00 in New York. */
export const NOW = new Date("2026-11-24T15:00:00Z");

/** A fresh emulation of the built add-on on an empty workbook (spreadsheet zone: the emulator's default unless given). */
export function load(now: Date = NOW, timeZone?: string): Promise<Emulator> {
  return Emulator.load({ now, ...(timeZone ? { timeZone } : {}) });
}

/** A valid new-handoff request, with overrides. */
export function newRequest(over: Partial<NewHandoffRequest> = {}): NewHandoffRequest {
  return {
    client: "Acme Corp",
    scenarioId: "standard-new-client",
    handoffOwner: "Dana Lee",
    receivingOwner: "Sam Ortiz",
    targetKickoff: "2026-12-01",
    hasExceptions: false,
    exceptions: "",
    ...over,
  };
}

/** A recordDecision request for a handoff: Go with nothing else, with overrides. */
export function decisionRequest(handoffId: string, over: Partial<DecisionRequest> = {}): DecisionRequest {
  return {
    handoffId,
    decision: "Go",
    overrideReason: "",
    overrideApprovedBy: "",
    acknowledgedBy: "",
    acknowledgedOn: "",
    ...over,
  };
}

/** Runs and insists it succeeded, showing the server's message when it did not. */
export function ok(result: ExecutionResult): ExecutionResult {
  expect(result.error?.message ?? "").toBe("");
  expect(result.ok).toBe(true);
  return result;
}

/** Starts a handoff through the sidebar endpoint and returns its view. */
export function start(emu: Emulator, over: Partial<NewHandoffRequest> = {}): HandoffView {
  return ok(emu.run("startHandoff", [newRequest(over)])).value as HandoffView;
}

/**
 * A new handoff whose table got a "Vendor" column between Owner and Due, as a person inserts one: the
 * insert runs through the header rows too, between Decision's value and its other mirrors. "Globex" is
 * typed beside the first item.
 */
export function startWithVendorColumn(emu: Emulator): {
  view: HandoffView;
  first: ItemView;
  sheet: SheetData;
} {
  const view = start(emu);
  const first = view.items[0];
  const sheet = emu.model.sheetByName(view.sheetName);
  if (!first || !sheet) throw new Error("no tab");
  emu.model.insertColumns(sheet, 7, 1);
  emu.model.setValues(view.sheetName, first.row - 1, 7, [["Vendor"], ["Globex"]]);
  return { view, first, sheet };
}

/** One sheet of a snapshot by name. */
export function sheetOf(snapshot: WorkbookSnapshot, name: string) {
  const sheet = snapshot.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name} in ${snapshot.sheets.map((s) => s.name).join(", ")}`);
  return sheet;
}

/** A cell of a snapshot sheet (1-based), or an empty cell. */
export function cellOf(snapshot: WorkbookSnapshot, sheet: string, row: number, column: number): SnapshotCell {
  return sheetOf(snapshot, sheet).cells[row - 1]?.[column - 1] ?? {};
}

/** Makes `name` the active sheet, as a person clicking its tab would. */
export function activate(emu: Emulator, name: string): void {
  const sheet = emu.model.sheetByName(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  emu.model.activeSheetId = sheet.id;
}

/** The fields that make an item Done by the rules: one owner, a due date, evidence and approver where its kind needs them. */
export function done(item: ItemView): Partial<ItemView> {
  const evidence = item.kind === "attachment" || item.kind === "approval";
  return {
    status: "Done",
    owner: "Dana Lee",
    due: "2026-12-01",
    evidence: evidence ? "https://drive.example.com/x" : "",
    approvedBy: item.kind === "approval" ? "Priya Shah" : "",
  };
}

/** The cell values a person sees on a tab: each row's cells as they show, for "nothing typed was lost" checks. */
export function shownValues(emu: Emulator, sheetName: string): string[][] {
  return sheetOf(emu.snapshot(), sheetName).cells.map((line) =>
    line.map((c) => (c?.display ?? (c?.v === undefined ? "" : String(c.v))).trim()),
  );
}
