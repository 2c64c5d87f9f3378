// Contract: the spreadsheet's time zone, the clock, Utilities.formatDate/parseDate and Date cells, as
// Apps Script and Sheets behave. Sources: PLATFORM §9 (a Date cell holds midnight of its day in the
// spreadsheet's zone; Session/Date getters use the script's zone), the Utilities reference (formatDate
// and parseDate follow java.text.SimpleDateFormat; developers.google.com/apps-script/reference/utilities/
// utilities), Java's TimeZone.getTimeZone (unknown ids are GMT) and SimpleDateFormat (lenient parsing,
// two-digit years), the Sheets API SpreadsheetProperties.timeZone (a CLDR id such as America/New_York).
import { describe, expect, it } from "vitest";
import { DEFAULT_SPREADSHEET_TIME_ZONE, Emulator } from "../../emulator/index";
import { loadFixture } from "./fixture";

const UTILITIES = `
  function fmt(ms, tz, p) { return Utilities.formatDate(new Date(ms), tz, p); }
  function parse(text, tz, p) { return Utilities.parseDate(text, tz, p).toISOString(); }
  function zone() { return SpreadsheetApp.getActive().getSpreadsheetTimeZone(); }
  function today() { return new Date().toISOString(); }
  function cell() { return SpreadsheetApp.getActive().getActiveSheet().getRange("A1").getValue().toISOString(); }
  function writeAndRead(ms) {
    var r = SpreadsheetApp.getActive().getActiveSheet().getRange("B1");
    r.setValue(new Date(ms));
    return [r.getValue().getTime(), r.getDisplayValue()];
  }
  function local(ms) { var d = new Date(ms); return [d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours()]; }
`;

describe("the spreadsheet's time zone (Spreadsheet.getSpreadsheetTimeZone; PLATFORM §9)", () => {
  it("is by default not the script's zone: Europe/Berlin while the manifest says America/New_York", async () => {
    const emu = await Emulator.load({ codePath: await fixturePath() });
    expect(DEFAULT_SPREADSHEET_TIME_ZONE).toBe("Europe/Berlin");
    const r = emu.run("zone");
    expect(r.value).toBe("Europe/Berlin");
    expect(r.calls.byMethod["Spreadsheet.getSpreadsheetTimeZone"]).toBe(1);
    expect(emu.run("local", [Date.UTC(2026, 11, 1, 0, 30)]).value).toEqual([2026, 11, 30, 19]);
  });

  it("is the one Emulator.load was given, also for custom functions (read-only access, [CF])", async () => {
    const emu = await loadFixture(UTILITIES, { timeZone: "Pacific/Kiritimati" });
    expect(emu.run("zone").value).toBe("Pacific/Kiritimati");
    expect(emu.run("zone", [], { authMode: "CUSTOM_FUNCTION" }).value).toBe("Pacific/Kiritimati");
  });

  it("a date a person types is midnight of that day in the spreadsheet's zone, shown as that day", async () => {
    const emu = await loadFixture(UTILITIES, { timeZone: "Asia/Kolkata" });
    emu.model.setValues("Sheet1", 1, 1, [["12/5/2026"]]);
    // 2026-12-05 00:00 in Kolkata (+05:30) is 2026-12-04 18:30 UTC.
    expect(emu.run("cell").value).toBe("2026-12-04T18:30:00.000Z");
    expect(emu.snapshot().sheets[0]?.cells[0]?.[0]?.display).toBe("12/5/2026");
  });

  it("a Date a script writes keeps its instant and shows its wall clock in the spreadsheet's zone", async () => {
    const emu = await loadFixture(UTILITIES, { timeZone: "Pacific/Honolulu" });
    // Midnight in New York (the script's zone) is 19:00 the day before in Honolulu.
    const nyMidnight = Date.UTC(2026, 11, 1, 5);
    expect(emu.run("writeAndRead", [nyMidnight]).value).toEqual([nyMidnight, "11/30/2026 19:00:00"]);
  });

  it("a formula's serial day counts on the spreadsheet zone's wall clock: a typed date is a whole number", async () => {
    const emu = await loadFixture(UTILITIES, { timeZone: "Asia/Tokyo" });
    emu.model.setValues("Sheet1", 1, 1, [["12/1/2026", "=A1+1", "=A1*1"]]);
    const row = emu.snapshot().sheets[0]?.cells[0] ?? [];
    // 2026-12-01 is serial 46357 (2026-01-01 is 46023; + 334 days).
    expect(row[2]?.v).toBe(46357);
    expect(row[1]?.v).toBe(46358);
  });
});

describe("the clock (Emulator.load({ now }), emu.setClock)", () => {
  it("starts at the instant given, and setClock moves it; Utilities.sleep advances from there", async () => {
    const emu = await loadFixture(
      `${UTILITIES} function nap() { Utilities.sleep(1500); return new Date().toISOString(); }`,
      { now: new Date("2026-11-24T15:00:00Z") },
    );
    expect(emu.run("today").value).toBe("2026-11-24T15:00:00.000Z");
    emu.setClock("2026-12-31T23:59:00-10:00");
    expect(emu.run("today").value).toBe("2027-01-01T09:59:00.000Z");
    expect(emu.run("nap").value).toBe("2027-01-01T09:59:01.500Z");
    emu.setClock(Date.UTC(2026, 0, 1));
    expect(emu.run("today").value).toBe("2026-01-01T00:00:00.000Z");
    expect(() => emu.setClock("not a date")).toThrow(/setClock needs an instant/);
  });
});

describe("Utilities.formatDate / parseDate (SimpleDateFormat in a zone)", () => {
  it("formatDate shows the day in the zone asked, whatever the script's zone", async () => {
    const emu = await loadFixture(UTILITIES);
    const instant = Date.UTC(2026, 10, 24, 10, 30); // 10:30 UTC
    const day = (tz: string) => emu.run("fmt", [instant, tz, "yyyy-MM-dd HH:mm"]).value;
    expect(day("Pacific/Kiritimati")).toBe("2026-11-25 00:30");
    expect(day("Pacific/Honolulu")).toBe("2026-11-24 00:30");
    expect(day("Asia/Kolkata")).toBe("2026-11-24 16:00");
    expect(day("GMT+05:30")).toBe("2026-11-24 16:00");
    expect(day("GMT-7")).toBe("2026-11-24 03:30");
    // Java's TimeZone.getTimeZone: an id it cannot understand is GMT.
    expect(day("Mars/Olympus")).toBe("2026-11-24 10:30");
    expect(emu.run("fmt", [instant, "GMT+05:30", "z"]).value).toBe("GMT+05:30");
  });

  it("parseDate gives midnight of the day in the zone asked", async () => {
    const emu = await loadFixture(UTILITIES);
    const p = (text: string, tz: string, pattern = "yyyy-MM-dd") => emu.run("parse", [text, tz, pattern]);
    expect(p("2026-12-01", "Europe/Berlin").value).toBe("2026-11-30T23:00:00.000Z");
    expect(p("2026-12-01", "Pacific/Honolulu").value).toBe("2026-12-01T10:00:00.000Z");
    expect(p("2026-12-01", "Pacific/Kiritimati").value).toBe("2026-11-30T10:00:00.000Z");
    expect(p("2026-07-01", "America/Los_Angeles").value).toBe("2026-07-01T07:00:00.000Z");
    expect(p("2026-12-01", "Asia/Kolkata").value).toBe("2026-11-30T18:30:00.000Z");
    // The reference's own example.
    expect(p("1970-01-01 00:00:00", "GMT", "yyyy-MM-dd' 'HH:mm:ss").value).toBe("1970-01-01T00:00:00.000Z");
  });

  it("parseDate reads patterns as SimpleDateFormat does: lenient, names, 12-hour clock, zones, trailing text", async () => {
    const emu = await loadFixture(UTILITIES, { now: new Date("2026-06-01T00:00:00Z") });
    const p = (text: string, pattern: string, tz = "UTC") => emu.run("parse", [text, tz, pattern]).value;
    expect(p("2026-02-30", "yyyy-MM-dd")).toBe("2026-03-02T00:00:00.000Z");
    expect(p("2026-13-01", "yyyy-MM-dd")).toBe("2027-01-01T00:00:00.000Z");
    expect(p("5 dec 2026", "d MMM yyyy")).toBe("2026-12-05T00:00:00.000Z");
    expect(p("December 5, 2026 3:07 PM", "MMMM d, yyyy h:mm a")).toBe("2026-12-05T15:07:00.000Z");
    expect(p("20261205", "yyyyMMdd")).toBe("2026-12-05T00:00:00.000Z");
    expect(p("2026-12-05T10:00:00+05:30", "yyyy-MM-dd'T'HH:mm:ssXXX")).toBe("2026-12-05T04:30:00.000Z");
    expect(p("2026-12-05 and more", "yyyy-MM-dd")).toBe("2026-12-05T00:00:00.000Z");
    // Two digits with "yy": within 80 years before and 20 after now (2026): 45 → 2045, 47 → 1947.
    expect(p("1/2/45", "M/d/yy")).toBe("2045-01-02T00:00:00.000Z");
    expect(p("1/2/47", "M/d/yy")).toBe("1947-01-02T00:00:00.000Z");
    const bad = emu.run("parse", ["next week", "UTC", "yyyy-MM-dd"]);
    expect(bad.ok).toBe(false);
    expect(bad.error?.message).toBe('Unparseable date: "next week"');
  });
});

async function fixturePath(): Promise<string> {
  // A fixture bundle with no timeZone given to Emulator.load: the emulator's own default applies.
  const { mkdtemp, writeFile } = await import("node:fs/promises");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const dir = await mkdtemp(join(tmpdir(), "emu-zone-"));
  await writeFile(join(dir, "Code.js"), UTILITIES);
  await writeFile(join(dir, "appsscript.json"), JSON.stringify({ timeZone: "America/New_York" }));
  return join(dir, "Code.js");
}
