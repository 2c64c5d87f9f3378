import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { isDateValue, parseDateCell, toIsoDate } from "../../src/core/sheet/date-cell";

const iso = (v: unknown) => {
  const d = parseDateCell(v);
  return d instanceof Date ? toIsoDate(d) : d;
};

describe("parseDateCell", () => {
  it("keeps a Date, including one from another realm", () => {
    const here = new Date(2026, 11, 1);
    expect(parseDateCell(here)).toBe(here);
    const foreign = runInNewContext("new Date(2026, 11, 1)") as Date;
    expect(foreign instanceof Date).toBe(false);
    expect(isDateValue(foreign)).toBe(true);
    expect(parseDateCell(foreign)).toBe(foreign);
  });

  it("calls an invalid Date invalid", () => {
    expect(parseDateCell(new Date(Number.NaN))).toBe("invalid");
    expect(parseDateCell(runInNewContext("new Date('x')"))).toBe("invalid");
  });

  it("reads blank as no date", () => {
    for (const v of ["", "   ", null, undefined]) expect(parseDateCell(v)).toBeNull();
  });

  it("reads ISO, US and written dates as that calendar day at local midnight", () => {
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
    const d = parseDateCell("2026-12-01T15:30");
    expect(d instanceof Date && [d.getHours(), d.getMinutes()]).toEqual([0, 0]);
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

describe("toIsoDate", () => {
  it("uses the local calendar and ignores the time of day", () => {
    expect(toIsoDate(new Date(2026, 0, 5, 23, 59))).toBe("2026-01-05");
    expect(toIsoDate(new Date(2026, 0, 5, 0, 0))).toBe("2026-01-05");
    expect(toIsoDate(new Date(987, 11, 31))).toBe("0987-12-31");
  });
});
