// Date cells as the server hands them to core (calendar dates, or text people typed) read as calendar dates.
import { type CalendarDate, isCalendarDate, isValidCalendarDate } from "./calendar-date";
import { literalText } from "./cell-text";

const MONTH_NAMES = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
] as const;

const ISO =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;
const US = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const DAY_MONTH_YEAR = /^(\d{1,2})\.? ([a-z]+)\.?,? (\d{4})$/i;
const MONTH_DAY_YEAR = /^([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/i;

/** 1–12 for a month name or its abbreviation of three letters or more ("Dec", "Sept", "December"). */
function monthNumber(name: string): number | undefined {
  const lower = name.toLowerCase();
  if (lower.length < 3) return undefined;
  const i = MONTH_NAMES.findIndex((full) => full.startsWith(lower));
  return i < 0 ? undefined : i + 1;
}

function calendarDate(year: number, month: number | undefined, day: number): CalendarDate | "invalid" {
  if (month === undefined || year < 1900 || year > 9999) return "invalid";
  const date = { year, month, day };
  return isValidCalendarDate(date) ? date : "invalid";
}

/**
 * Reads a date cell: a calendar date (a Date cell, as the server hands it over) stays itself; blank is
 * null; ISO, US (M/D/YYYY), "1 Dec 2026" and "Dec 1, 2026" become that calendar day; anything else
 * ("next week", "tbd", a bare number, a Date the server did not convert) is "invalid". Numbers are
 * refused: a date-formatted cell reaches a script as a Date, so a number in Due is a number someone
 * typed, not a serial we could trust.
 */
export function parseDateCell(v: unknown): CalendarDate | null | "invalid" {
  if (v === null || v === undefined) return null;
  if (isCalendarDate(v)) return isValidCalendarDate(v) ? v : "invalid";
  if (typeof v !== "string") return "invalid";
  const text = v.trim().replace(/\s+/g, " ");
  if (text === "") return null;
  let m = ISO.exec(text);
  if (m) return calendarDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = US.exec(text);
  if (m) return calendarDate(Number(m[3]), Number(m[1]), Number(m[2]));
  m = DAY_MONTH_YEAR.exec(text);
  if (m) return calendarDate(Number(m[3]), monthNumber(m[2] ?? ""), Number(m[1]));
  m = MONTH_DAY_YEAR.exec(text);
  if (m) return calendarDate(Number(m[3]), monthNumber(m[1] ?? ""), Number(m[2]));
  return "invalid";
}

/** The calendar date of an ISO date ("YYYY-MM-DD" as google.script.run carries it), or null for "" or a malformed one. */
export function dateFromIso(iso: string): CalendarDate | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso.trim())) return null;
  const parsed = parseDateCell(iso);
  return parsed === "invalid" ? null : parsed;
}

/**
 * What to write for a date field the sidebar saves: the ISO date picked, or "" to clear it. A date
 * picker shows only dates, so a field that comes back empty while the cell shows other text ("tbd",
 * "after go-live") was not edited: that text is written back as it was, never wiped.
 */
export function dateToSave(iso: string, shown: string): CalendarDate | string {
  const picked = dateFromIso(iso);
  if (picked) return picked;
  const before = shown.trim();
  return before && !dateFromIso(before) ? literalText(before) : "";
}
