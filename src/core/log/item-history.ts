// Each checklist row's last change through the add-on, as the handoff log records it (who, when, what).
import type { ItemChange } from "../api/views";
import type { ReadLogRow } from "./verify-log";

const SAVED_ROW = /^Row (\d+) /;

/** The last logged save of each row of a handoff, by sheet row (as the row stood when it was saved). */
export function lastChanges(rows: readonly ReadLogRow[], handoffId: string): ItemChange[] {
  const last = new Map<number, ItemChange>();
  for (const { cells } of rows) {
    const [when = "", who = "", handoff = "", action = "", details = ""] = cells.map((c) => String(c).trim());
    if (handoff !== handoffId || action !== "save") continue;
    const row = Number(SAVED_ROW.exec(details)?.[1]);
    if (row > 0) last.set(row, { row, who, when, details });
  }
  return [...last.values()].sort((a, b) => a.row - b.row);
}
