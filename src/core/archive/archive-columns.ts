// The Archive sheet: finished handoffs in long format, one row per checklist item plus rows for the tab's
// name, its header fields and its decision block, so a handoff can be rebuilt from its rows alone.
import { CHECKLIST_COLUMNS } from "../checklist/columns";
import type { HEADER_LABELS } from "../tab/tab-layout";

/**
 * The Archive's columns, left to right: the item table's columns, the value of a header or decision row,
 * then the formulas a person had typed in the row's cells (the other columns show what they computed).
 */
export const ARCHIVE_COLUMNS = ["Handoff ID", "Part", ...CHECKLIST_COLUMNS, "Value", "Formulas"] as const;
export type ArchiveColumn = (typeof ARCHIVE_COLUMNS)[number];

/** What each archive row records: the tab's name, a header field, a checklist item, a decision-block line. */
export const ARCHIVE_PARTS = {
  tab: "Tab",
  header: "Header",
  item: "Item",
  decision: "Decision",
  cell: "Cell",
} as const;

/** Sheet metadata key marking the Archive: it is found by this, whatever people rename it to. */
export const ARCHIVE_METADATA_KEY = "handoffGate.archive";

/** A free name for a new Archive: "Archive" unless a person's sheet has it, then "Handoff Gate archive", … */
export function archiveSheetName(isTaken: (name: string) => boolean): string {
  for (let n = 1; ; n++) {
    const name = n === 1 ? "Archive" : n === 2 ? "Handoff Gate archive" : `Handoff Gate archive ${n - 1}`;
    if (!isTaken(name)) return name;
  }
}

/** Hover help on the Archive's header cells. */
export const ARCHIVE_HEADER_NOTES: Partial<Record<ArchiveColumn, string>> = {
  "Handoff ID": "Written by Archive finished handoffs. Restore a handoff from the menu to get its tab back.",
  Part: "Tab: the tab's name. Header: a header field. Item: a checklist row. Decision: a line of the decision block. Cell: anything else typed on the tab (its address in Item; in Notes, \"Beside item 3\" when it was on that item's row, as in a column people added to the table).",
  Value: "The value of a Tab, Header or Decision row (its label is in Item).",
  Notes: "On Decision rows: the note beside the value (who recorded it, or the reopen note).",
  Formulas:
    'Formulas typed on the tab in this row\'s cells, by column (e.g. {"Evidence":"=HYPERLINK(…)"}): Restore puts them back as formulas. The other columns show what they computed.',
};

/** The formulas of one archive row's cells, by the column that shows their result. */
export type RowFormulas = Partial<Record<ArchiveColumn, string>>;

/** Header fields a person (or New handoff) writes; the others hold the add-on's own formulas. */
export const ARCHIVED_HEADER_FIELDS = [
  "handoff",
  "client",
  "scenario",
  "handoffOwner",
  "receivingOwner",
  "exceptions",
  "template",
  "targetKickoff",
  "created",
  "handoffId",
] as const satisfies readonly (keyof typeof HEADER_LABELS)[];
export type ArchivedHeaderField = (typeof ARCHIVED_HEADER_FIELDS)[number];

/** A cell typed aside on a tab (outside every part the locator reads): its 1-based position and value. */
export interface AsideCell {
  readonly row: number;
  readonly column: number;
  readonly value: unknown;
  /** The formula it held, when a person typed one (value is then what it computed). */
  readonly formula?: string;
  /** On a row of the checklist table: 0 for its header row, n for the n-th archived item's row. */
  readonly beside?: number;
}

/** The Notes of a "Cell" row typed on a row of the table, so Restore puts it beside the same item. */
export function besideText(beside: number): string {
  return beside === 0 ? "Beside the table header" : `Beside item ${beside}`;
}

/** The table row a "Cell" row's Notes names (see besideText); undefined for anything else. */
export function parseBeside(text: string): number | undefined {
  if (text.trim().toLowerCase() === besideText(0).toLowerCase()) return 0;
  const m = /^\s*beside item (\d{1,5})\s*$/i.exec(text);
  return m && Number(m[1]) > 0 ? Number(m[1]) : undefined;
}
