// The text a cell shows (Range.getDisplayValue): a cell value rendered with its Sheets number format.
// Covers the formats the add-on uses (plain text, fixed decimals, grouping, percent, date/time patterns);
// any other pattern falls back to the unformatted value.

import { isDate } from "./cell-input";
import { DAY_NAMES as DAYS, MONTH_NAMES as MONTHS, zonedParts } from "./time-zone";
import type { CellValue } from "./workbook-model";

const pad = (n: number, w = 2): string => String(n).padStart(w, "0");

/** Renders a Date with a Sheets date pattern (yyyy, mm, m, dd, d, mmm, hh, h, ss, am/pm). */
export function formatSheetsDate(date: Date, pattern: string, timeZone: string): string {
  const p = zonedParts(date, timeZone);
  const tokens = pattern.match(/"[^"]*"|yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|am\/pm|./gi) ?? [];
  const twelve = tokens.some((t) => t.toLowerCase() === "am/pm");
  const hour = twelve ? ((p.hour + 11) % 12) + 1 : p.hour;
  let out = "";
  let lastWasHour = false;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] ?? "";
    const t = tok.toLowerCase();
    if (tok.startsWith('"')) {
      out += tok.slice(1, -1);
      continue;
    }
    if (!/^[a-z]/.test(t)) {
      out += tok;
      continue;
    }
    if (t === "mm" || t === "m") {
      const nextLetter = tokens.slice(i + 1).find((x) => /^[a-z]/i.test(x));
      const minute = lastWasHour || nextLetter?.toLowerCase().startsWith("s") === true;
      const n = minute ? p.minute : p.month;
      out += t === "mm" ? pad(n) : String(n);
    } else if (t === "yyyy") out += pad(p.year, 4);
    else if (t === "yy") out += pad(p.year % 100);
    else if (t === "mmmm") out += MONTHS[p.month - 1];
    else if (t === "mmm") out += MONTHS[p.month - 1]?.slice(0, 3);
    else if (t === "dddd") out += DAYS[p.weekday];
    else if (t === "ddd") out += DAYS[p.weekday]?.slice(0, 3);
    else if (t === "dd") out += pad(p.day);
    else if (t === "d") out += String(p.day);
    else if (t === "hh") out += pad(hour);
    else if (t === "h") out += String(hour);
    else if (t === "ss") out += pad(p.second);
    else if (t === "s") out += String(p.second);
    else if (t === "am/pm") out += p.hour < 12 ? "AM" : "PM";
    else out += tok;
    lastWasHour = t === "hh" || t === "h";
  }
  return out;
}

function formatNumber(n: number, format: string): string {
  const percent = format.endsWith("%");
  const body = percent ? format.slice(0, -1) : format;
  if (!/^[#0,]*0(\.0+)?$/.test(body)) return String(n);
  const decimals = body.includes(".") ? (body.split(".")[1]?.length ?? 0) : 0;
  const value = percent ? n * 100 : n;
  const grouped = body.includes(",");
  const text = value.toLocaleString("en-US", {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: grouped,
  });
  return percent ? `${text}%` : text;
}

/** The text Sheets would show for a value under a number format, in the spreadsheet's time zone. */
export function displayValue(value: CellValue, numberFormat: string | undefined, timeZone: string): string {
  if (value === "") return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  if (isDate(value)) {
    if (numberFormat && /[ymdhs]/i.test(numberFormat)) return formatSheetsDate(value, numberFormat, timeZone);
    const p = zonedParts(value, timeZone);
    const midnight = p.hour === 0 && p.minute === 0 && p.second === 0;
    return formatSheetsDate(value, midnight ? "m/d/yyyy" : "m/d/yyyy h:mm:ss", timeZone);
  }
  if (!numberFormat || numberFormat === "@" || /^general$/i.test(numberFormat)) return String(value);
  // A number under a date pattern is a serial day (days since 1899-12-30 on the wall clock), as a formula
  // such as =TODAY() or =MINIFS(dates, …) gives: shown as that wall-clock date.
  if (/[yd]/i.test(numberFormat)) {
    return formatSheetsDate(new Date(Math.round((value - 25_569) * 86_400_000)), numberFormat, "UTC");
  }
  return formatNumber(value, numberFormat);
}
