// Cells as text: what a cell shows as trimmed text, its comparison key, and columns found by header.
import { formatCalendarDate, isCalendarDate } from "./calendar-date";
import { textKey } from "./text-key";

/** A cell as text: trimmed strings, numbers and booleans as written, calendar dates as YYYY-MM-DD. */
export function cellText(v: unknown): string {
  if (typeof v === "string") return v.trim();
  if (v === null || v === undefined) return "";
  if (isCalendarDate(v)) return formatCalendarDate(v);
  return String(v);
}

/** A cell's comparison key: its text, trimmed, lower-case, inner runs of whitespace as one space. */
export function cellKey(v: unknown): string {
  return textKey(cellText(v));
}

/** Whether a cell holds nothing at all (a space or an unticked checkbox is something). */
export function isEmptyCell(v: unknown): boolean {
  return v === "" || v === null || v === undefined;
}

/** Where each named column is (0-based) in a header row, matched by key ignoring spaces; the first match wins. */
export function columnsByHeader<C extends string>(
  header: readonly unknown[],
  names: readonly C[],
): Partial<Record<C, number>> {
  const squeeze = (v: unknown) => cellKey(v).replace(/ /g, "");
  const byKey = new Map(names.map((name) => [squeeze(name), name]));
  const columns: Partial<Record<C, number>> = {};
  header.forEach((cell, i) => {
    const name = byKey.get(squeeze(cell));
    if (name !== undefined && columns[name] === undefined) columns[name] = i;
  });
  return columns;
}
