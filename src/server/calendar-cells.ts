// The one place where Date cells and calendar dates meet, always in the spreadsheet's time zone: a Date
// cell holds the instant of the day's midnight there, while the script's own zone (the manifest's, the
// same for every user) is another one (PLATFORM §9). Values read from a sheet get their Dates as the
// calendar dates the sheet shows before core sees them; planned values get their calendar dates back
// as that midnight before they are written. Core never holds a Date.
import { type CalendarDate, formatCalendarDate, isCalendarDate } from "../core/sheet/calendar-date";

/** Dates as one spreadsheet shows them: its zone, read once per execution, and the conversions in it. */
export interface SheetDates {
  /** The spreadsheet's time zone (Spreadsheet.getSpreadsheetTimeZone). */
  readonly timeZone: string;
  /** Today in the spreadsheet's zone. */
  today(): CalendarDate;
  /** A sheet's values with each Date as the calendar date the sheet shows (an invalid Date is left for core to refuse). */
  read(values: readonly (readonly unknown[])[]): unknown[][];
  /** Planned values with each calendar date as the Date Sheets stores for it (midnight in the spreadsheet's zone). */
  write(values: readonly (readonly unknown[])[]): unknown[][];
}

// Sheets' Dates may come from another realm, so no instanceof.
const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === "[object Date]";

const ISO_PATTERN = "yyyy-MM-dd";

/**
 * The conversions in one zone. Each distinct instant and date is converted once (a register of 10,000
 * handoffs holds far fewer distinct days), with Utilities, never with the script zone's Date getters.
 */
export function datesIn(timeZone: string): SheetDates {
  const shown = new Map<number, CalendarDate>();
  const stored = new Map<string, number>();
  const calendarDateOf = (date: Date): CalendarDate => {
    const time = date.getTime();
    let day = shown.get(time);
    if (!day) {
      const [year, month, d] = Utilities.formatDate(date, timeZone, ISO_PATTERN).split("-").map(Number);
      day = { year: year ?? 0, month: month ?? 0, day: d ?? 0 };
      shown.set(time, day);
    }
    return day;
  };
  const midnightOf = (day: CalendarDate): Date => {
    const iso = formatCalendarDate(day);
    let time = stored.get(iso);
    if (time === undefined) {
      time = Utilities.parseDate(iso, timeZone, ISO_PATTERN).getTime();
      stored.set(iso, time);
    }
    return new Date(time);
  };
  return {
    timeZone,
    today: () => calendarDateOf(new Date()),
    read: (values) =>
      values.map((line) =>
        line.map((v) => (isDate(v) && !Number.isNaN(v.getTime()) ? calendarDateOf(v) : v)),
      ),
    write: (values) => values.map((line) => line.map((v) => (isCalendarDate(v) ? midnightOf(v) : v))),
  };
}

/** Dates as this spreadsheet shows them; reads its time zone (one Spreadsheet call). */
export function sheetDates(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): SheetDates {
  return datesIn(ss.getSpreadsheetTimeZone());
}
