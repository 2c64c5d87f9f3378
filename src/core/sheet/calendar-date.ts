// Calendar dates (year, month, day) with no time of day and no zone: the one date model of core. The
// server turns Date cells into them, and back, in one module (src/server/calendar-cells.ts).

/** A calendar date with no time zone: the server produces it from a Date cell. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** Orders two calendar dates: negative if a is earlier, 0 if equal, positive if later. */
export function compareCalendarDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** Whether the parts name a day that exists in the proleptic Gregorian calendar. */
export function isValidCalendarDate(d: CalendarDate): boolean {
  if (!Number.isInteger(d.year) || !Number.isInteger(d.month) || !Number.isInteger(d.day)) return false;
  if (d.month < 1 || d.month > 12 || d.day < 1) return false;
  return d.day <= daysInMonth(d.year, d.month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** "2026-07-01": how a calendar date is written on the audit tab. */
export function formatCalendarDate(d: CalendarDate): string {
  return `${String(d.year).padStart(4, "0")}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
}

/** Whether a value is a calendar date (as the server hands date cells to core), from any realm. */
export function isCalendarDate(v: unknown): v is CalendarDate {
  if (typeof v !== "object" || v === null) return false;
  const d = v as Partial<CalendarDate>;
  return typeof d.year === "number" && typeof d.month === "number" && typeof d.day === "number";
}
