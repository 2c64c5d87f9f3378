// The one place where Date cells and calendar dates meet: values read from a sheet get their Dates as
// calendar dates before core sees them, and planned values get their calendar dates back as Dates
// before they are written. Core never holds a Date.
import { type CalendarDate, isCalendarDate } from "../core/sheet/calendar-date";

/** Reads a Date as a calendar date: in the given time zone, or in the script's own when none is given. */
export function calendarDateOf(date: Date, timeZone?: string): CalendarDate {
  if (timeZone === undefined) {
    return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
  }
  const [year, month, day] = Utilities.formatDate(date, timeZone, "yyyy-MM-dd").split("-").map(Number);
  return { year: year ?? 0, month: month ?? 0, day: day ?? 0 };
}

/** Today as a calendar date (see calendarDateOf for the zone). */
export function today(timeZone?: string): CalendarDate {
  return calendarDateOf(new Date(), timeZone);
}

// Sheets' Dates may come from another realm, so no instanceof.
const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === "[object Date]";

/** A sheet's values with each Date as its calendar date (an invalid Date is left for core to refuse). */
export function calendarCells(values: readonly (readonly unknown[])[], timeZone?: string): unknown[][] {
  return values.map((line) =>
    line.map((v) => (isDate(v) && !Number.isNaN(v.getTime()) ? calendarDateOf(v, timeZone) : v)),
  );
}

/** Planned values with each calendar date as the Date Sheets stores (midnight in the script's zone). */
export function dateCells(values: readonly (readonly unknown[])[]): unknown[][] {
  return values.map((line) =>
    line.map((v) => (isCalendarDate(v) ? new Date(v.year, v.month - 1, v.day) : v)),
  );
}
