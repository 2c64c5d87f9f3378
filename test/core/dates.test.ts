import { describe, expect, it } from "vitest";
import { formatCalendarDate } from "../../src/core/sheet/calendar-date";
import { parseDateCell } from "../../src/core/sheet/date-cell";

const iso = (v: unknown) => {
  const d = parseDateCell(v);
  return d && d !== "invalid" ? formatCalendarDate(d) : d;
};

describe("parseDateCell", () => {
  it("keeps a calendar date, the way the server hands over a Date cell", () => {
    const day = { year: 2026, month: 12, day: 1 };
    expect(parseDateCell(day)).toBe(day);
  });

  it("calls an impossible calendar date, or a Date the server did not convert, invalid", () => {
    expect(parseDateCell({ year: 2026, month: 2, day: 30 })).toBe("invalid");
    expect(parseDateCell(new Date(2026, 11, 1))).toBe("invalid");
  });

  it("reads blank as no date", () => {
    for (const v of ["", "   ", null, undefined]) expect(parseDateCell(v)).toBeNull();
  });

  it("reads ISO, US and written dates as that calendar day", () => {
    const cases: [string, string][] = [
      ["2026-12-01", "2026-12-01"],
      ["2026-12-01T15:30", "2026-12-01"],
      ["2026-12-01 15:30:10", "2026-12-01"],
      ["2026-12-01T23:30:00Z", "2026-12-01"],
      ["2026-12-01T00:30:00+05:00", "2026-12-01"],
      ["12/1/2026", "2026-12-01"],
      ["02/28/2027", "2027-02-28"],
      ["1 Dec 2026", "2026-12-01"],
      ["1 December 2026", "2026-12-01"],
      ["Dec 1, 2026", "2026-12-01"],
      ["December 1 2026", "2026-12-01"],
      ["Sept 3, 2026", "2026-09-03"],
      ["3rd of", "invalid"],
      ["Mar 3rd, 2026", "2026-03-03"],
    ];
    for (const [text, want] of cases) expect(iso(text), text).toBe(want);
  });

  it("refuses text that is not a date, impossible days and bare numbers", () => {
    for (const v of [
      "next week",
      "tbd",
      "ASAP",
      "2026-02-30",
      "13/1/2026",
      "2026-13-01",
      "Foo 1, 2026",
      "De 1, 2026",
    ]) {
      expect(parseDateCell(v), v).toBe("invalid");
    }
    expect(parseDateCell(46000)).toBe("invalid");
    expect(parseDateCell(true)).toBe("invalid");
  });
});

describe("formatCalendarDate", () => {
  it("writes four-digit years and two-digit months and days", () => {
    expect(formatCalendarDate({ year: 2026, month: 1, day: 5 })).toBe("2026-01-05");
    expect(formatCalendarDate({ year: 987, month: 12, day: 31 })).toBe("0987-12-31");
  });
});
