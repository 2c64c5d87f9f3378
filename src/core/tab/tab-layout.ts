// Where the parts of a handoff's checklist tab sit: the header block's labels and cells, the item table's
// header row and width, the decision block's labels, and the gate formula the header holds.

import { CHECKLIST_COLUMNS } from "../checklist/columns";

/** Width of the tab's block: columns A..J, one per checklist column. */
export const TAB_COLUMNS = CHECKLIST_COLUMNS.length;
/** Row of the item table's header (1-based); the header block sits above it. */
export const TABLE_HEADER_ROW = 9;
/** Rows of the header block: the gate's row, then the label/value rows. */
export const HEADER_ROWS = TABLE_HEADER_ROW - 1;

/** Labels of the header block: column A/B pairs on the left, E/F pairs on the right. */
export const HEADER_LABELS = {
  handoff: "Handoff",
  client: "Client",
  scenario: "Scenario",
  handoffOwner: "Handoff owner",
  receivingOwner: "Receiving owner",
  exceptions: "Exceptions",
  template: "Template",
  gate: "Gate",
  decision: "Decision",
  acknowledgedBy: "Acknowledged by",
  acknowledgedOn: "Acknowledged on",
  targetKickoff: "Target kickoff",
  created: "Created",
  handoffId: "Handoff ID",
} as const;

/** Labels of the decision block below the table (column A), values in column B. */
export const DECISION_LABELS = {
  decision: "Decision",
  overrideReason: "Override reason",
  overrideApprovedBy: "Override approved by",
  acknowledgedBy: "Acknowledged by",
  acknowledgedOn: "Acknowledged on",
  gateWhenDecided: "Gate when decided",
} as const;
/**
 * Cell positions in the header block of a new tab (row, column; 1-based); people move them later. The
 * gate leads at the top left (its detail runs along row 1), the handoff's facts below it in A/B, the
 * decision and dates in E/F. Tabs made before this layout (gate in F1) are found by their labels alike.
 */
export const HEADER_CELLS = {
  gate: { row: 1, column: 2 },
  gateDetail: { row: 1, column: 3 },
  title: { row: 2, column: 2 },
  client: { row: 3, column: 2 },
  scenario: { row: 4, column: 2 },
  handoffOwner: { row: 5, column: 2 },
  receivingOwner: { row: 6, column: 2 },
  exceptions: { row: 7, column: 2 },
  template: { row: 8, column: 2 },
  decision: { row: 2, column: 6 },
  gateWhenDecided: { row: 2, column: 7 },
  /** Mirrors the reopen note beside the decision block's Gate when decided (read by the register). */
  reopened: { row: 2, column: 8 },
  acknowledgedBy: { row: 3, column: 6 },
  acknowledgedOn: { row: 4, column: 6 },
  targetKickoff: { row: 5, column: 6 },
  created: { row: 6, column: 6 },
  handoffId: { row: 7, column: 6 },
} as const;

/** Font size of the gate's verdict cell: large enough to read at a glance (Sheets' default is 10). */
export const GATE_FONT_SIZE = 18;

/** Column widths (px) of a new tab, so Item, Evidence and Notes fit; runs of equal width are one call. */
export const TAB_COLUMN_WIDTHS: readonly {
  readonly column: number;
  readonly count: number;
  readonly width: number;
}[] = [
  { column: 1, count: 1, width: 130 },
  { column: 2, count: 1, width: 340 },
  { column: 5, count: 2, width: 145 },
  { column: 8, count: 1, width: 240 },
  { column: 10, count: 1, width: 260 },
];

/** Column index (1-based) of a checklist column in the tab's table. */
export function tableColumn(name: (typeof CHECKLIST_COLUMNS)[number]): number {
  return CHECKLIST_COLUMNS.indexOf(name) + 1;
}

/** The gate formula for a table range and the cell that records exceptions (both A1). */
export function gateFormula(tableRange: string, detail: boolean, exceptionsCell: string): string {
  return `=HANDOFF_GATE(${tableRange},${detail ? "TRUE" : "FALSE"},${exceptionsCell})`;
}
