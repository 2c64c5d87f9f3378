// Calendar dates that cross google.script.run as "YYYY-MM-DD" strings.
import { parseDateCell } from "./dates";

/** The Date (local midnight) for an ISO calendar date, or null for "" or a malformed one. */
export function dateFromIso(iso: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso.trim())) return null;
  const parsed = parseDateCell(iso);
  return parsed === "invalid" ? null : parsed;
}
