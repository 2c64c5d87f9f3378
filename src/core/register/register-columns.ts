// The Handoffs register's columns: one row per handoff, the workbook's single source of truth.
/** The register's name when the workbook has no sheet of that name yet. */
export const REGISTER_SHEET = "Handoffs";
/** Sheet metadata key marking the register: it is found by this, whatever people rename it to. */
export const REGISTER_METADATA_KEY = "handoffGate.register";

/** A free name for a new register: "Handoffs" unless a person's sheet has it, then "Handoff Gate register", … */
export function registerSheetName(isTaken: (name: string) => boolean): string {
  for (let n = 1; ; n++) {
    const name =
      n === 1 ? REGISTER_SHEET : n === 2 ? "Handoff Gate register" : `Handoff Gate register ${n - 1}`;
    if (!isTaken(name)) return name;
  }
}

/** The facts written once, when the handoff starts. */
export const START_COLUMNS = [
  "ID",
  "Client",
  "Scenario",
  "Template",
  "Exceptions",
  "Handoff owner",
  "Receiving owner",
  "Created",
  "Target kickoff",
] as const;
/** Columns the add-on keeps live from each handoff's tab (formulas); people fill the rest. */
export const MIRRORED_COLUMNS = [
  "Gate",
  "Gate detail",
  "Decision",
  "Gate when decided",
  "Acknowledged by",
  "Acknowledged on",
  "Reopened",
] as const;
/**
 * Live counts over each handoff's Status and Due columns (formulas, as of the spreadsheet's today).
 * Optional: registers made before them work without them, and refresh fills them once a person heads
 * a column with one of these names.
 */
export const DUE_COLUMNS = ["Overdue items", "Next due"] as const;
/** The columns people fill after the handoff, read by the quarterly audit. */
export const OUTCOME_COLUMNS = [
  "Completed on",
  "Actual start",
  "Scope matched",
  "Billing aligned",
  "Escalations",
] as const;

/** Written once at the start when the handoff is among the first five uses of a template version. */
export const FIRST_USES_COLUMN = "First uses";

/** Every register column, left to right. */
export const REGISTER_COLUMNS = [
  ...START_COLUMNS,
  ...MIRRORED_COLUMNS,
  ...DUE_COLUMNS,
  "Tab",
  ...OUTCOME_COLUMNS,
  FIRST_USES_COLUMN,
] as const;
export type RegisterColumn = (typeof REGISTER_COLUMNS)[number];

/** Hover help on the register's header cells. */
export const REGISTER_HEADER_NOTES: Partial<Record<RegisterColumn, string>> = {
  ID: "Given by Handoff Gate, never reused.",
  Gate: "Live from the handoff's tab. Do not type here: Refresh register restores it.",
  "Gate detail": "Live from the handoff's tab: what still blocks GO.",
  Decision: "Live from the decision block of the handoff's tab.",
  "Gate when decided": "What the gate said when the decision was recorded (read by the quarterly audit).",
  "Acknowledged by": "Live from the handoff's tab.",
  "Acknowledged on": "Live from the handoff's tab.",
  Reopened: "Live from the handoff's tab: when the checklist changed after Go, and which row.",
  "Overdue items": "Live from the handoff's tab: items not Done or N/A whose due date is before today.",
  "Next due":
    "Live from the handoff's tab: the earliest due date, today or later, of an item not Done or N/A.",
  "Completed on": "Fill in when delivery is complete.",
  "Actual start": "When delivery actually started (read by the quarterly audit).",
  "Scope matched": "Did delivery find the scope it was handed? Yes / No (read by the quarterly audit).",
  "Billing aligned": "Did billing start as documented? Yes / No (read by the quarterly audit).",
  Escalations: "Escalations after go, if any (read by the quarterly audit).",
  "First uses":
    "Among the first five uses of a new template version (Standard new client v3: use 2 of 5): review it, as the quarterly audit does.",
};

/** Position (1-based) of a register column. */
export function registerColumn(name: RegisterColumn): number {
  return REGISTER_COLUMNS.indexOf(name) + 1;
}
