import { describe, expect, it } from "vitest";
import {
  formatQuarter,
  lastCompleteQuarter,
  parseQuarter,
  quarterBounds,
  quarterOf,
} from "../../../src/core/audit/quarter";
import { compareCalendarDates, formatCalendarDate } from "../../../src/core/sheet/calendar-date";

describe("parseQuarter", () => {
  it.each([
    ["2026-Q3", 2026, 3],
    ["2026 q3", 2026, 3],
    ["Q3 2026", 2026, 3],
    ["  2025q1 ", 2025, 1],
    ["q4-2027", 2027, 4],
    ["2026/Q2", 2026, 2],
  ])("reads %j", (text, year, q) => {
    expect(parseQuarter(text)).toEqual({ year, q });
  });

  it.each(["2026-Q5", "2026-Q0", "Q3", "2026", "26-Q3", "2026-Q3-1", "", "third quarter 2026", "0999-Q1"])(
    "rejects %j",
    (text) => {
      expect(parseQuarter(text)).toBeNull();
    },
  );

  it("round-trips through formatQuarter", () => {
    expect(formatQuarter({ year: 2026, q: 3 })).toBe("2026-Q3");
    expect(parseQuarter(formatQuarter({ year: 2031, q: 1 }))).toEqual({ year: 2031, q: 1 });
  });
});

describe("quarterOf and lastCompleteQuarter", () => {
  it("maps months to quarters", () => {
    const qs = Array.from({ length: 12 }, (_, i) => quarterOf({ year: 2026, month: i + 1 }).q);
    expect(qs).toEqual([1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4]);
  });

  it("rejects impossible months", () => {
    expect(() => quarterOf({ year: 2026, month: 0 })).toThrow(RangeError);
    expect(() => quarterOf({ year: 2026, month: 13 })).toThrow(RangeError);
    expect(() => quarterOf({ year: 2026, month: 2.5 })).toThrow(RangeError);
  });

  it("defaults to the quarter that has fully ended", () => {
    expect(lastCompleteQuarter({ year: 2026, month: 10 })).toEqual({ year: 2026, q: 3 });
    expect(lastCompleteQuarter({ year: 2026, month: 9 })).toEqual({ year: 2026, q: 2 });
    expect(lastCompleteQuarter({ year: 2026, month: 1 })).toEqual({ year: 2025, q: 4 });
    expect(lastCompleteQuarter({ year: 2026, month: 3 })).toEqual({ year: 2025, q: 4 });
  });
});

describe("quarterBounds", () => {
  it("gives a half-open range of calendar dates", () => {
    expect(quarterBounds({ year: 2026, q: 3 })).toEqual({
      start: { year: 2026, month: 7, day: 1 },
      endExclusive: { year: 2026, month: 10, day: 1 },
    });
    expect(quarterBounds({ year: 2026, q: 4 }).endExclusive).toEqual({ year: 2027, month: 1, day: 1 });
  });
});

describe("calendar dates", () => {
  it("orders and formats dates", () => {
    expect(
      compareCalendarDates({ year: 2026, month: 1, day: 31 }, { year: 2026, month: 2, day: 1 }),
    ).toBeLessThan(0);
    expect(
      compareCalendarDates({ year: 2027, month: 1, day: 1 }, { year: 2026, month: 12, day: 31 }),
    ).toBeGreaterThan(0);
    expect(formatCalendarDate({ year: 2026, month: 7, day: 4 })).toBe("2026-07-04");
  });
});
