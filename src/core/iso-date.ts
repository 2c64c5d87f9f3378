// Calendar dates that cross google.script.run as "YYYY-MM-DD" strings.

/** The Date (local midnight) for an ISO calendar date, or null for "" or a malformed one. */
export function dateFromIso(iso: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 1900 || year > 9999) return null;
  const d = new Date(year, Number(m[2]) - 1, Number(m[3]));
  return d.getMonth() === Number(m[2]) - 1 ? d : null;
}
