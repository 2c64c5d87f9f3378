// Yes/no cells as people fill them: checkboxes, TRUE/FALSE, yes/no, y/n, 1/0.

const YES = new Set(["true", "yes", "y", "1", "x", "✓", "✔"]);
const NO = new Set(["false", "no", "n", "0"]);

/** true / false for a yes/no cell, null for blank or anything that is not a clear yes or no. */
export function parseYesNo(v: unknown): boolean | null {
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return Number.isNaN(v) ? null : v !== 0;
  if (typeof v !== "string") return null;
  const key = v.trim().toLowerCase();
  if (YES.has(key)) return true;
  return NO.has(key) ? false : null;
}
