// Saving one checklist step: which cells of its row to write (Status…Notes, side by side wherever the
// columns were moved), with the person's text kept literal and the status in its canonical spelling.
import type { SaveItemRequest } from "../api/requests";
import type { ChecklistColumn } from "../checklist/columns";
import { parseStatus } from "../checklist/status-reader";
import type { CellBlock } from "../sheet/cell-block";
import { dateToSave } from "../sheet/date-cell";
import { literalText } from "../sheet/literal-text";

/**
 * The one-row block that saves a step. `items` are the rows the tab shows now (sheet row, item text, Due as shown),
 * `columns` where each checklist column is (0-based). Throws with the fix when the row moved or changed
 * since the sidebar read it, or when the six edited columns are no longer side by side.
 */
export function planSaveStep(
  request: SaveItemRequest,
  items: readonly { readonly row: number; readonly text: string; readonly due?: string }[],
  columns: Partial<Record<ChecklistColumn, number>>,
  current: readonly unknown[] = [],
): CellBlock {
  const item = items.find((i) => i.row === request.row);
  if (!item) {
    const rows = items.map((i) => i.row);
    throw new Error(
      `Row ${request.row} is not an item of this checklist (its items are on rows ${Math.min(...rows)}–${Math.max(...rows)}). Press Refresh in the sidebar and save again.`,
    );
  }
  if (item.text !== request.itemText.trim()) {
    throw new Error(
      "The checklist changed since the sidebar loaded it (rows moved or edited). Press Refresh and save again.",
    );
  }
  const fields: [ChecklistColumn, unknown][] = [
    ["Status", parseStatus(request.status) ?? ""],
    ["Owner", literalText(request.owner)],
    ["Due", dateToSave(request.due, item.due ?? "")],
    ["Evidence", literalText(request.evidence)],
    ["Approved by", literalText(request.approvedBy)],
    ["Notes", literalText(request.notes)],
  ];
  const at = fields.map(([name]) => columns[name] ?? -1);
  const missing = fields.filter((_, i) => (at[i] ?? -1) < 0).map(([name]) => `"${name}"`);
  if (missing.length) {
    throw new Error(
      `The checklist has no ${missing.join(", ")} column: put the header back on the table's header row, then save again.`,
    );
  }
  const first = Math.min(...at);
  // Columns people inserted between ours are written back as they were, so one write still suffices.
  const line: unknown[] = Array.from({ length: Math.max(...at) - first + 1 }, (_, k) => {
    const v = current[first + k] ?? "";
    return typeof v === "string" && v !== "" ? `'${v}` : v;
  });
  at.forEach((c, i) => {
    line[c - first] = fields[i]?.[1];
  });
  return { row: request.row, column: first + 1, values: [line] };
}
