// Contract: the Sheets functions the register's live columns use, as Google's function reference
// describes them: COUNTIF criteria (support.google.com/docs/answer/3093480) for COUNTIFS and MINIFS
// (answer/7013817: 0 when no row matches), TODAY in the spreadsheet's time zone, IF and IFERROR that
// evaluate only the branch they return, comparisons (numbers before text, text case-insensitive).
import { describe, expect, it } from "vitest";
import type { Emulator } from "../../emulator";
import { loadFixture } from "./fixture";

const CODE = `
function read(a1) { return SpreadsheetApp.getActive().getRange(a1).getValues(); }
function setF(a1, f) { SpreadsheetApp.getActive().getRange(a1).setFormula(f); }
`;

/** 2026-11-24 03:00 UTC: still the 23rd in Los Angeles, already the 24th in Tokyo. */
const NOW = new Date("2026-11-24T03:00:00Z");
/** Serial days (since 1899-12-30): 2026-11-23 and 2026-11-24, counted by hand from 2024-01-01 = 45292. */
const NOV_23 = 46349;
const NOV_24 = 46350;

async function load(timeZone = "America/New_York"): Promise<Emulator> {
  const emu = await loadFixture(CODE, { timeZone, now: NOW });
  emu.model.setValues("Sheet1", 1, 1, [
    ["Status", "Due"],
    ["Done", 46340],
    ["Not started", 46340],
    ["N/A", 46340],
    ["in progress", 46360],
    ["Blocked", ""],
  ]);
  return emu;
}

function value(emu: Emulator, formula: string): unknown {
  emu.run("setF", ["D1", formula]);
  return (emu.run("read", ["D1"]).value as unknown[][])[0]?.[0];
}

describe("Sheets functions of the register's live columns", () => {
  it.each([
    ["America/Los_Angeles", NOV_23],
    ["Asia/Tokyo", NOV_24],
  ])("TODAY() is the date where the spreadsheet is (%s), whatever the script's zone", async (zone, day) => {
    expect(value(await load(zone), "=TODAY()")).toBe(day);
  });

  it("COUNTIFS counts rows where every criterion holds", async () => {
    const emu = await load();
    expect(value(emu, '=COUNTIFS(A1:A6,"<>Done",A1:A6,"<>N/A",B1:B6,"<"&46350)')).toBe(1);
    expect(value(emu, '=COUNTIFS(A1:A6,"done")')).toBe(1);
    expect(value(emu, '=COUNTIFS(A1:A6,"*started")')).toBe(1);
    expect(value(emu, '=COUNTIFS(B1:B6,"<>")')).toBe(5);
    expect(value(emu, "=COUNTIFS(B1:B6,46340)")).toBe(3);
    expect(value(emu, '=COUNTIFS(B1:B6,">=46340",A1:A6,"<>Done")')).toBe(3);
    expect(value(emu, '=COUNTIFS(A1:A6,"Done",B1:B3,">0")')).toBe("#VALUE!");
  });

  it("MINIFS takes the smallest matching number, 0 when none matches", async () => {
    const emu = await load();
    expect(value(emu, '=MINIFS(B1:B6,A1:A6,"<>Done",B1:B6,">=46341")')).toBe(46360);
    expect(value(emu, '=MINIFS(B1:B6,A1:A6,"<>Done")')).toBe(46340);
    expect(value(emu, '=MINIFS(B1:B6,A1:A6,"Nobody")')).toBe(0);
  });

  it("IF and IFERROR return one branch; comparisons order numbers before text", async () => {
    const emu = await load();
    expect(value(emu, '=IFERROR(NOPE(),"fallback")')).toBe("fallback");
    expect(value(emu, '=IF(COUNTIFS(A1:A6,"Nobody"),NOPE(),"none")')).toBe("none");
    expect(value(emu, '=IF(1,"yes","no")')).toBe("yes");
    expect(value(emu, "=1<2")).toBe(true);
    expect(value(emu, '="a"="A"')).toBe(true);
    expect(value(emu, '="x">5')).toBe(true);
    expect(value(emu, '=AND(A2="Done",B2<46350,LEFT("NOT YET: 3 open",7)="NOT YET")')).toBe(true);
    expect(value(emu, '=AND(A3="Done",B3<46350)')).toBe(false);
  });

  it("a conditional rule's custom formula is read relative to the rule's first cell", async () => {
    const emu = await load();
    const sheet = emu.model.sheetByName("Sheet1");
    if (!sheet) throw new Error("no sheet");
    const rule = '=AND($A2<>"Done",$B2<46350)';
    const holds = (row: number) => emu.formulas.conditionAt(sheet, rule, 2, 1, row, 3);
    expect([2, 3, 4, 5, 6].map(holds)).toEqual([false, true, true, false, true]);
  });
});
