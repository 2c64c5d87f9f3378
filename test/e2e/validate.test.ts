import { describe, expect, it } from "vitest";
import { formatCalls } from "../../emulator/index";
import { COLORS } from "../../src/core/sheet/format-specs";
import { NOTE_PREFIX } from "../../src/core/tab/cell-marks";
import {
  activate,
  cellOf,
  decisionRequest,
  load,
  ok,
  sheetOf,
  shownValues,
  start,
  startWithVendorColumn,
} from "./helpers";

const OWNER = 6;
const STATUS = 5;

describe("Validate this handoff", () => {
  it("marks each finding on its cell with a note and a highlight, and clears them once fixed", async () => {
    const emu = await load();
    const view = start(emu);
    const row = view.items[0]?.row ?? 9;
    emu.model.setValues(view.sheetName, row, STATUS, [["need clarification", "Sales/Ops"]]);
    emu.model.setValues(view.sheetName, row + 1, 10, [["my own note is in Notes"]]);
    const result = ok(emu.run("validateHandoff"));
    expect(result.value).toMatch(
      /^HO-0001: gate NOT YET · \d+ errors, \d+ warnings? \(see the notes on the marked cells\)\. \d+ items still to do \(owner or due date\): see the gate's detail\.$/,
    );
    let snap = emu.snapshot();
    expect(cellOf(snap, view.sheetName, row, OWNER).note).toMatch(
      /^Handoff Gate: ✖ Owner "Sales\/Ops" names more than one person/,
    );
    expect(cellOf(snap, view.sheetName, row, OWNER).bg).toBe(COLORS.errorBg);
    expect(cellOf(snap, view.sheetName, row, STATUS).note).toMatch(/need clarification/);
    expect(result.toasts[0]?.message).toBe(result.value);

    emu.model.setValues(view.sheetName, row, STATUS, [
      ["In progress", "Dana Lee", new Date("2026-12-10T12:00:00Z")],
    ]);
    ok(emu.run("validateHandoff"));
    snap = emu.snapshot();
    expect(cellOf(snap, view.sheetName, row, OWNER).note ?? "").toBe("");
    expect(cellOf(snap, view.sheetName, row, OWNER).bg ?? "#ffffff").toBe("#ffffff");
    expect(cellOf(snap, view.sheetName, row, STATUS).note ?? "").toBe("");
  });

  it("marks nothing on a new handoff: its untouched items are to do, counted in the summary and the gate", async () => {
    const emu = await load();
    const view = start(emu);
    const result = ok(emu.run("validateHandoff"));
    expect(result.value).toBe(
      "HO-0001: gate NOT YET · 0 errors, 0 warnings. 18 items still to do (owner or due date): see the gate's detail.",
    );
    const snap = emu.snapshot();
    for (const item of view.items) {
      for (let column = 1; column <= 10; column++) {
        const cell = cellOf(snap, view.sheetName, item.row, column);
        expect(cell.note ?? "").toBe("");
        expect([COLORS.errorBg, COLORS.warningBg]).not.toContain(cell.bg);
      }
    }
    expect(view.gate.detail).toBe(
      "NOT YET: 10 required open · 8 review open · 18 items without an owner yet · 18 items without a due date yet",
    );
  });

  it("keeps a person's own notes and is idempotent", async () => {
    const emu = await load();
    const view = start(emu);
    const row = view.items[1]?.row ?? 10;
    const sheet = emu.model.sheetByName(view.sheetName);
    if (!sheet) throw new Error("no tab");
    emu.model.cellForWrite(sheet, row, OWNER).note = "Ask Dana before Friday";
    ok(emu.run("validateHandoff"));
    const once = JSON.stringify(emu.snapshot());
    ok(emu.run("validateHandoff"));
    expect(JSON.stringify(emu.snapshot())).toBe(once);
    expect(cellOf(emu.snapshot(), view.sheetName, row, OWNER).note).toBe("Ask Dana before Friday");
    expect(NOTE_PREFIX).toBe("Handoff Gate: ");
  });

  it("costs the same number of calls on a small and a large checklist", async () => {
    const emu = await load();
    start(emu, { scenarioId: "expansion-change" });
    const small = ok(emu.run("validateHandoff")).calls;
    start(emu, { scenarioId: "custom-high-risk" });
    const large = ok(emu.run("validateHandoff")).calls;
    expect(formatCalls(large)).toBe(formatCalls(small));
    // 11: one call reads the spreadsheet's time zone (Date cells are read as the days it shows), one the
    // header's formulas (so the gate's range is only ever widened).
    expect(small.total).toBeLessThanOrEqual(11);
  });

  it("on a tab that is not a checklist says so and changes nothing", async () => {
    const emu = await load();
    start(emu);
    activate(emu, "Sheet1");
    const before = JSON.stringify(emu.snapshot());
    const result = ok(emu.run("validateHandoff"));
    expect(result.value).toMatch(/"Sheet1" is not a Handoff Gate checklist tab\. Open a handoff's tab/);
    expect(JSON.stringify(emu.snapshot())).toBe(before);
  });

  it("names what is missing when a person deleted the Status column's header", async () => {
    const emu = await load();
    const view = start(emu);
    emu.model.setValues(view.sheetName, 9, STATUS, [[""]]);
    const result = ok(emu.run("validateHandoff"));
    expect(result.value).toMatch(
      /^HO-0001's item table header row is missing: put a row with the headers Section, Item, .*Status.* back above the items/,
    );
    expect(result.toasts[0]?.message).toBe(result.value);
  });

  it("puts back a gate formula that was typed over, and follows rows added below the table", async () => {
    const emu = await load();
    const view = start(emu, { scenarioId: "owner-transfer" });
    const last = view.items.at(-1)?.row ?? 0;
    emu.model.setValues(view.sheetName, 1, 2, [["GO"]]);
    const sheet = emu.model.sheetByName(view.sheetName);
    if (!sheet) throw new Error("no tab");
    emu.model.insertRows(sheet, last + 1, 1);
    emu.model.setValues(view.sheetName, last + 1, 1, [
      ["Extra", "A step the team added", "task", true, "Not started"],
    ]);
    const result = ok(emu.run("validateHandoff"));
    expect(result.value).toMatch(/Restored 2 header formulas\./);
    const snap = emu.snapshot();
    expect(cellOf(snap, view.sheetName, 1, 2)).toMatchObject({
      f: `=HANDOFF_GATE(A9:J${last + 1},FALSE,B7)`,
      v: "NOT YET",
    });
  });
});

describe("a column people added through the header rows", () => {
  it("moves the header's formulas with it: Validate finds them there and puts no second copy beside them", async () => {
    const emu = await load();
    const { view } = startWithVendorColumn(emu);
    ok(
      emu.run("recordDecision", [
        decisionRequest(view.id, { overrideReason: "Fixed go-live", overrideApprovedBy: "Priya Shah" }),
      ]),
    );
    const formulas = () =>
      sheetOf(emu.snapshot(), view.sheetName)
        .cells.slice(0, 8)
        .flat()
        .flatMap((c) => (c?.f ? [c.f] : []));
    const before = formulas();

    activate(emu, view.sheetName);
    const result = ok(emu.run("validateHandoff"));
    expect(result.value).not.toMatch(/Restored/);
    expect(formulas()).toEqual(before);
    expect(new Set(before).size).toBe(before.length);
    // The register still reads the decision and what the gate said through the cells' own names.
    ok(emu.run("refreshRegister"));
    const register = shownValues(emu, "Handoffs");
    const at = (label: string) => register[1]?.[register[0]?.indexOf(label) ?? -1];
    expect(at("Decision")).toBe("Go");
    expect(at("Gate when decided")).toMatch(/^NOT YET/);
  });
});

describe("a checklist with a removed column", () => {
  it("says which column to put back, on the header row", async () => {
    const emu = await load();
    const view = start(emu);
    emu.model.setValues(view.sheetName, 9, OWNER, [[""]]);
    const result = ok(emu.run("validateHandoff"));
    expect(result.value).toMatch(/gate NOT YET/);
    const note = cellOf(emu.snapshot(), view.sheetName, 9, 1).note ?? "";
    expect(note).toMatch(/The checklist has no "Owner" column: put its header back in row 9/);
    const state = (await emu.callFromClient("getSidebarState", [{}])) as {
      handoff: { handoffFindings: { code: string }[] };
    };
    expect(state.handoff.handoffFindings.map((f) => f.code)).toContain("missing-column");
  });
});

describe("menu commands on an empty workbook", () => {
  it("Refresh register and Build quarterly audit say there is nothing yet, and change nothing", async () => {
    const emu = await load();
    const before = JSON.stringify(emu.snapshot());
    expect(ok(emu.run("refreshRegister")).value).toMatch(/There is no Handoff Gate register yet/);
    emu.ui.queuePrompt({ button: "OK", text: "" });
    emu.ui.queueAlert("OK");
    ok(emu.run("buildQuarterlyAudit"));
    expect(emu.ui.alerts.at(-1)).toMatch(/There is no Handoff Gate register yet: start a handoff first/);
    expect(JSON.stringify(emu.snapshot())).toBe(before);
  });
});
