// Where the parts of a handoff's checklist tab sit: the header block's labels and cells, the item table's
// header row and width, the decision block's labels, and the gate formula the header holds.

import { CHECKLIST_COLUMNS } from "../checklist/columns";

/** Width of the tab's block: columns A..J, one per checklist column. */
export const TAB_COLUMNS = CHECKLIST_COLUMNS.length;
/** Row of the item table's header (1-based); the header block sits above it. */
export const TABLE_HEADER_ROW = 8;

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
/** Cell positions in the header block of a new tab (row, column; 1-based); people move them later. */
export const HEADER_CELLS = {
  title: { row: 1, column: 2 },
  client: { row: 2, column: 2 },
  scenario: { row: 3, column: 2 },
  handoffOwner: { row: 4, column: 2 },
  receivingOwner: { row: 5, column: 2 },
  exceptions: { row: 6, column: 2 },
  template: { row: 7, column: 2 },
  gate: { row: 1, column: 6 },
  gateDetail: { row: 1, column: 7 },
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

/** Column index (1-based) of a checklist column in the tab's table. */
export function tableColumn(name: (typeof CHECKLIST_COLUMNS)[number]): number {
  return CHECKLIST_COLUMNS.indexOf(name) + 1;
}

/** The gate formula for a table range and the cell that records exceptions (both A1). */
export function gateFormula(tableRange: string, detail: boolean, exceptionsCell: string): string {
  return `=HANDOFF_GATE(${tableRange},${detail ? "TRUE" : "FALSE"},${exceptionsCell})`;
}
