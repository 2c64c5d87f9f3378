// Every date the add-on writes, reads or shows is the day a person in the spreadsheet's zone sees, with
// the script in America/New_York (the manifest) and the clock at an instant when New York is already on
// another calendar day. Each zone's clock is written by hand: in every case it is 2026-11-24 where the
// spreadsheet is.
import { describe, expect, it } from "vitest";
import type { Emulator } from "../../emulator/index";
import { zonedToInstant } from "../../emulator/time-zone";
import { saveItemRequestFor } from "../../src/core/api/requests";
import type { HandoffView, ItemView, SidebarState } from "../../src/core/api/views";
import { CHECKLIST_COLUMNS } from "../../src/core/checklist/columns";
import { REGISTER_COLUMNS } from "../../src/core/register/register-columns";
import { HEADER_CELLS, tableColumn } from "../../src/core/tab/tab-layout";
import { activate, cellOf, load, newRequest, ok, sheetOf, start } from "./helpers";

interface ZoneCase {
  readonly zone: string;
  /** The clock: some time on 2026-11-24 in the zone. */
  readonly now: string;
  /** Meanwhile in New York (the script's zone). */
  readonly newYorkDay: string;
  /** Ahead of New York (its day starts earlier), or behind. */
  readonly east: boolean;
}

const ZONES: readonly ZoneCase[] = [
  // 22:30 on the 24th in Honolulu (UTC-10) is 03:30 on the 25th in New York (UTC-5).
  { zone: "Pacific/Honolulu", now: "2026-11-25T08:30:00Z", newYorkDay: "2026-11-25", east: false },
  // 22:30 on the 24th in Los Angeles (UTC-8) is 01:30 on the 25th in New York.
  { zone: "America/Los_Angeles", now: "2026-11-25T06:30:00Z", newYorkDay: "2026-11-25", east: false },
  // 00:30 on the 24th in Berlin (UTC+1) is 18:30 on the 23rd in New York.
  { zone: "Europe/Berlin", now: "2026-11-23T23:30:00Z", newYorkDay: "2026-11-23", east: true },
  // 00:30 on the 24th in Tokyo (UTC+9) is 10:30 on the 23rd in New York.
  { zone: "Asia/Tokyo", now: "2026-11-23T15:30:00Z", newYorkDay: "2026-11-23", east: true },
  // 00:30 on the 24th in Kiritimati (UTC+14) is 05:30 on the 23rd in New York.
  { zone: "Pacific/Kiritimati", now: "2026-11-23T10:30:00Z", newYorkDay: "2026-11-23", east: true },
  // 00:30 on the 24th in Kolkata (UTC+5:30) is 14:00 on the 23rd in New York.
  { zone: "Asia/Kolkata", now: "2026-11-23T19:00:00Z", newYorkDay: "2026-11-23", east: true },
];

const TODAY = "2026-11-24";
const DUE = tableColumn("Due");
const STATUS = tableColumn("Status");
const NOTES = tableColumn("Notes");
const REGISTER = "Handoffs";
const registerColumn = (name: (typeof REGISTER_COLUMNS)[number]) => REGISTER_COLUMNS.indexOf(name) + 1;

/** What a cell shows, as a person reads it. */
function shown(emu: Emulator, sheet: string, row: number, column: number): string {
  const cell = cellOf(emu.snapshot(), sheet, row, column);
  return cell.display ?? String(cell.v ?? "");
}

/** The instant a cell holds (a Date's epoch ms), to prove a save left it untouched. */
function stored(emu: Emulator, sheet: string, row: number, column: number): unknown {
  const v = cellOf(emu.snapshot(), sheet, row, column).v;
  return v;
}

/** The calendar day of an instant in a zone, by Intl (independent of the add-on and the emulator). */
function dayIn(instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone }).format(new Date(instant));
}

/** The saveItem request the sidebar sends: the item as shown, with the fields the person edited. */
function save(view: HandoffView, item: ItemView, edit: Partial<Record<string, string>>) {
  return saveItemRequestFor(view.id, item, { ...item, ...edit });
}

const itemAt = (view: HandoffView, row: number): ItemView => {
  const item = view.items.find((i) => i.row === row);
  if (!item) throw new Error(`no item on row ${row}`);
  return item;
};

/** Gate text per zone, compared once every zone has run. */
const gates = new Map<string, string>();

describe.each(ZONES)(
  "spreadsheet in $zone, script in America/New_York",
  ({ zone, now, newYorkDay, east }) => {
    it("the clock is on different calendar days in the two zones", () => {
      expect(dayIn(now, zone)).toBe(TODAY);
      expect(dayIn(now, "America/New_York")).toBe(newYorkDay);
    });

    it("new handoff: Created is today there; the kickoff picked is the day the tab, register and sidebar show", async () => {
      const emu = await load(new Date(now), zone);
      const view = start(emu, { targetKickoff: "2026-12-01" });
      expect(view.created).toBe(TODAY);
      expect(view.targetKickoff).toBe("2026-12-01");
      const tab = view.sheetName;
      const { created, targetKickoff } = HEADER_CELLS;
      expect(shown(emu, tab, created.row, created.column)).toBe(TODAY);
      expect(shown(emu, tab, targetKickoff.row, targetKickoff.column)).toBe("2026-12-01");
      expect(shown(emu, REGISTER, 2, registerColumn("Created"))).toBe(TODAY);
      expect(shown(emu, REGISTER, 2, registerColumn("Target kickoff"))).toBe("2026-12-01");
      activate(emu, tab);
      const state = (await emu.callFromClient("getSidebarState", [{}])) as SidebarState;
      expect(state.today).toBe(TODAY);
      expect(state.handoff?.created).toBe(TODAY);
      expect(state.handoff?.targetKickoff).toBe("2026-12-01");
      // A kickoff today is not past; yesterday there is, whatever day it is in New York.
      ok(emu.run("startHandoff", [newRequest({ client: "Today", targetKickoff: TODAY })]));
      const past = emu.run("startHandoff", [
        newRequest({ client: "Yesterday", targetKickoff: "2026-11-23" }),
      ]);
      expect(past.error?.message).toBe(
        `Target kickoff 2026-11-23 is already past (today is ${TODAY}): confirm it is right, or pick a later date.`,
      );
    });

    it("round trip: a due date picked in the sidebar survives five saves of other fields", async () => {
      const emu = await load(new Date(now), zone);
      let view = start(emu);
      const row = view.items[0]?.row ?? 0;
      const tab = view.sheetName;
      view = ok(
        emu.run("saveItem", [
          save(view, itemAt(view, row), { status: "In progress", owner: "Dana Lee", due: "2026-12-05" }),
        ]),
      ).value as HandoffView;
      expect(shown(emu, tab, row, DUE)).toBe("2026-12-05");
      const instant = stored(emu, tab, row, DUE);
      const edits = [
        { notes: "Called the client" },
        { evidence: "https://drive.example.com/brief" },
        { owner: "Sam Ortiz" },
        { approvedBy: "Priya Shah" },
        { status: "Blocked", notes: "Waiting for the signed order" },
      ];
      for (const edit of edits) {
        // The sidebar shows the view each save returns, and saves from it again.
        view = (await emu.callFromClient("saveItem", [save(view, itemAt(view, row), edit)])) as HandoffView;
        expect(itemAt(view, row).due).toBe("2026-12-05");
        expect(shown(emu, tab, row, DUE)).toBe("2026-12-05");
        expect(stored(emu, tab, row, DUE)).toEqual(instant);
      }
      expect(shown(emu, tab, row, NOTES)).toBe("Waiting for the signed order");
      const state = (await emu.callFromClient("getSidebarState", [{ sheetName: tab }])) as SidebarState;
      expect(state.handoff && itemAt(state.handoff, row).due).toBe("2026-12-05");
    });

    it("a date a person types reads back as that day: sidebar, overdue warning, Validate, and a save of a note", async () => {
      const emu = await load(new Date(now), zone);
      const view = start(emu);
      const tab = view.sheetName;
      const [typed, yesterday, today] = view.items.slice(0, 3).map((i) => i.row);
      if (!typed || !yesterday || !today) throw new Error("fewer than three items");
      emu.model.setValues(tab, typed, STATUS, [["In progress", "Dana Lee", "12/5/2026"]]);
      emu.model.setValues(tab, yesterday, STATUS, [["In progress", "Dana Lee", "11/23/2026"]]);
      emu.model.setValues(tab, today, STATUS, [["In progress", "Dana Lee", "11/24/2026"]]);
      expect(shown(emu, tab, typed, DUE)).toBe("2026-12-05");
      const instant = stored(emu, tab, typed, DUE);

      activate(emu, tab);
      const state = (await emu.callFromClient("getSidebarState", [{}])) as SidebarState;
      const handoff = state.handoff;
      if (!handoff) throw new Error(state.notice ?? "no handoff");
      expect(itemAt(handoff, typed).due).toBe("2026-12-05");
      expect(itemAt(handoff, yesterday).due).toBe("2026-11-23");
      expect(itemAt(handoff, today).due).toBe(TODAY);
      const overdue = handoff.items.flatMap((i) =>
        i.findings.filter((f) => f.code === "overdue").map(() => i.row),
      );
      expect(overdue).toEqual([yesterday]);
      expect(handoff.gate.warnings).toBe(1);

      const validated = ok(emu.run("validateHandoff")).value as string;
      expect(validated).toMatch(/, 1 warning \(/);
      expect(cellOf(emu.snapshot(), tab, yesterday, DUE).note).toMatch(/Due 2026-11-23 has passed/);
      expect(cellOf(emu.snapshot(), tab, today, DUE).note ?? "").toBe("");
      expect(cellOf(emu.snapshot(), tab, typed, DUE).note ?? "").toBe("");

      const saved = (await emu.callFromClient("saveItem", [
        save(handoff, itemAt(handoff, typed), { notes: "Only a note" }),
      ])) as HandoffView;
      expect(itemAt(saved, typed).due).toBe("2026-12-05");
      expect(stored(emu, tab, typed, DUE)).toEqual(instant);

      const { gateDetail } = HEADER_CELLS;
      const gate = shown(emu, tab, gateDetail.row, gateDetail.column);
      expect(gate).toMatch(/^NOT YET/);
      gates.set(zone, gate);
    });

    it("HANDOFF_GATE reads the spreadsheet's zone with one call, as a custom function may", async () => {
      const emu = await load(new Date(now), zone);
      const midnightThere = instantOf("2026-12-05T00:00", zone);
      const table = [
        [...CHECKLIST_COLUMNS],
        ["Prep", "Kickoff call booked", "task", "Yes", "In progress", "Dana Lee", midnightThere, "", "", ""],
      ];
      const r = ok(emu.run("HANDOFF_GATE", [table, true], { authMode: "CUSTOM_FUNCTION" }));
      expect(r.value).toBe("NOT YET: 1 required open");
      expect(r.calls.byMethod["Spreadsheet.getSpreadsheetTimeZone"]).toBe(1);
      expect(r.calls.total).toBeLessThanOrEqual(2);
    });

    it("quarter boundaries: created at 00:00 and 23:59 there on a quarter's first and last day land in that quarter", async () => {
      const emu = await load(new Date(now), zone);
      const at = (local: string) => {
        const instant = instantOf(local, zone);
        emu.setClock(instant);
      };
      at("2026-06-30T23:59");
      start(emu, { client: "Last minute of Q2", targetKickoff: "2026-12-01" });
      at("2026-07-01T00:00");
      start(emu, { client: "First minute of Q3", targetKickoff: "2026-12-01" });
      at("2026-09-30T23:59");
      start(emu, { client: "Last minute of Q3", targetKickoff: "2026-12-01" });
      at("2026-10-01T00:00");
      start(emu, { client: "First minute of Q4", targetKickoff: "2026-12-01" });
      expect([2, 3, 4, 5].map((r) => shown(emu, REGISTER, r, registerColumn("Created")))).toEqual([
        "2026-06-30",
        "2026-07-01",
        "2026-09-30",
        "2026-10-01",
      ]);
      emu.model.setValues(REGISTER, 3, registerColumn("Actual start"), [["12/2/2026"]]);
      // Decisions typed into the register: the audit samples handoffs decided Go only.
      emu.model.setValues(REGISTER, 2, registerColumn("Decision"), [["Go"], ["Go"], ["Go"], ["Go"]]);

      at("2026-10-15T12:00");
      const outcome = ok(
        emu.run("buildAudit", [{ quarter: "2026-Q3", seed: "ZONE-1", size: "", ifExists: "keep" }]),
      ).value as { population: number; sampled: number };
      expect(outcome.population).toBe(2);
      const audit = sheetOf(emu.snapshot(), "Audit 2026-Q3");
      const header = audit.cells.findIndex((line) => line.some((c) => c?.v === "Target kickoff"));
      const columns = (audit.cells[header] ?? []).map((c) => c?.v);
      const sampled = audit.cells.slice(header + 1, header + 1 + outcome.sampled);
      const byId = new Map(sampled.map((line) => [line[0]?.v, line]));
      expect([...byId.keys()].sort()).toEqual(["HO-0002", "HO-0003"]);
      const cellText = (id: string, name: string) => {
        const cell = byId.get(id)?.[columns.indexOf(name)];
        return cell?.display ?? String(cell?.v ?? "");
      };
      expect(cellText("HO-0002", "Target kickoff")).toBe("2026-12-01");
      expect(cellText("HO-0002", "Actual start")).toBe("2026-12-02");
      expect(cellText("HO-0003", "Target kickoff")).toBe("2026-12-01");

      // A Created date a person types moves the handoff into the quarter it names.
      emu.model.setValues(REGISTER, 5, registerColumn("Created"), [["9/30/2026"]]);
      const again = ok(
        emu.run("buildAudit", [{ quarter: "2026-Q3", seed: "ZONE-2", size: "", ifExists: "new" }]),
      ).value as { population: number };
      expect(again.population).toBe(3);

      // The last complete quarter is judged by the day there, not New York's.
      at(east ? "2026-10-01T00:30" : "2026-09-30T22:30");
      emu.ui.queuePrompt({ button: "CANCEL" });
      ok(emu.run("buildQuarterlyAudit"));
      expect(emu.ui.alerts.at(-1)).toMatch(east ? /leave blank for 2026-Q3/ : /leave blank for 2026-Q2/);
    });
  },
);

describe("HANDOFF_GATE in every zone", () => {
  it("gives the same answer for the same sheet", () => {
    expect(gates.size).toBe(ZONES.length);
    expect(new Set(gates.values()).size).toBe(1);
  });
});

/** The instant of a wall-clock time ("2026-07-01T00:00") in a zone (the emulator's rule, contract-tested). */
function instantOf(local: string, timeZone: string): Date {
  const [year, month, day, hour, minute] = local.split(/[-T:]/).map(Number);
  return zonedToInstant(timeZone, year ?? 0, month ?? 0, day ?? 0, hour ?? 0, minute ?? 0);
}
