// The Handoffs register: one row per handoff, the workbook's single source of truth.
import { literalText } from "./cell-text";
import { columnLetter, HEADER_CELLS } from "./checklist-layout";
import { cellText } from "./checklist-table";
import { parseDateCell } from "./dates";
import { textKey } from "./text-key";

export const REGISTER_SHEET = "Handoffs";

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
] as const;
/** The columns people fill after the handoff, read by the quarterly audit. */
export const OUTCOME_COLUMNS = [
  "Completed on",
  "Actual start",
  "Scope matched",
  "Billing aligned",
  "Escalations",
] as const;

/** Every register column, left to right. */
export const REGISTER_COLUMNS = [...START_COLUMNS, ...MIRRORED_COLUMNS, "Tab", ...OUTCOME_COLUMNS] as const;
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
  "Completed on": "Fill in when delivery is complete.",
  "Actual start": "When delivery actually started (read by the quarterly audit).",
  "Scope matched": "Did delivery find the scope it was handed? Yes / No (read by the quarterly audit).",
  "Billing aligned": "Did billing start as documented? Yes / No (read by the quarterly audit).",
  Escalations: "Escalations after go, if any (read by the quarterly audit).",
};

/** The register's columns read whole in one call (Spreadsheet.getRange with the sheet's name). */
export const REGISTER_RANGE = `${REGISTER_SHEET}!A:${columnLetter(REGISTER_COLUMNS.length)}`;

/** Position (1-based) of a register column. */
export function registerColumn(name: RegisterColumn): number {
  return REGISTER_COLUMNS.indexOf(name) + 1;
}

/** "HO-0007" for 7; four digits at least, more once past 9999. */
export function formatHandoffId(n: number): string {
  return `HO-${String(n).padStart(4, "0")}`;
}

/** The number in a handoff ID ("HO-0007" → 7), or null when the text is not one. */
export function parseHandoffId(value: unknown): number | null {
  const m = /^\s*HO-(\d{1,9})\s*$/i.exec(String(value ?? ""));
  return m?.[1] ? Number(m[1]) : null;
}

/** The next handoff number: past both the stored counter and every ID still in the register. */
export function nextHandoffNumber(storedCounter: string | null, registerIds: readonly unknown[]): number {
  const stored = Number(storedCounter);
  let highest = Number.isFinite(stored) && stored > 0 ? Math.floor(stored) : 0;
  for (const id of registerIds) {
    const n = parseHandoffId(id);
    if (n !== null && n > highest) highest = n;
  }
  return highest + 1;
}

/** The named range that covers a handoff's tab; the register reads the tab through it. */
export function handoffRangeName(id: string): string {
  return `HandoffGate_${id.replace(/[^A-Za-z0-9]/g, "_")}`;
}

/** Formulas for the mirrored columns of one register row, in MIRRORED_COLUMNS order. */
export function mirrorFormulas(id: string): string[] {
  const name = handoffRangeName(id);
  const at = (cell: { row: number; column: number }) => `=INDEX(${name},${cell.row},${cell.column})`;
  return [
    at(HEADER_CELLS.gate),
    at(HEADER_CELLS.gateDetail),
    at(HEADER_CELLS.decision),
    at(HEADER_CELLS.gateWhenDecided),
    at(HEADER_CELLS.acknowledgedBy),
    at(HEADER_CELLS.acknowledgedOn),
  ];
}

/** A link formula that opens a tab by its (rename-proof) sheet id. */
export function tabLinkFormula(sheetId: number, label: string): string {
  return `=HYPERLINK("#gid=${sheetId}","${label.replace(/"/g, '""')}")`;
}

/** The facts of a new register row. */
export interface NewRegisterRow {
  readonly id: string;
  readonly client: string;
  readonly scenarioName: string;
  readonly templateRef: string;
  readonly exceptions: string;
  readonly handoffOwner: string;
  readonly receivingOwner: string;
  readonly created: Date;
  readonly targetKickoff: Date | null;
  readonly sheetId: number;
}

/** The cells of a new register row, REGISTER_COLUMNS wide; people's text is kept literal. */
export function registerRowValues(row: NewRegisterRow): unknown[] {
  return [
    row.id,
    literalText(row.client),
    row.scenarioName,
    row.templateRef,
    literalText(row.exceptions),
    literalText(row.handoffOwner),
    literalText(row.receivingOwner),
    row.created,
    row.targetKickoff ?? "",
    ...mirrorFormulas(row.id),
    tabLinkFormula(row.sheetId, `Open ${row.id}`),
    ...OUTCOME_COLUMNS.map(() => ""),
  ];
}

/** One register row as read back, with dates parsed and the original text kept. */
export interface RegisterRow {
  readonly sheetRow: number;
  readonly id: string;
  readonly cells: Partial<Record<RegisterColumn, unknown>>;
  text(column: RegisterColumn): string;
  date(column: RegisterColumn): Date | null | "invalid";
}

/** The register read from its values: columns found by header, rows with an ID kept. */
export interface RegisterTable {
  readonly columns: Partial<Record<RegisterColumn, number>>;
  readonly rows: RegisterRow[];
  readonly missingColumns: RegisterColumn[];
}

const normalize = (v: unknown) => textKey(String(v ?? ""));

/** Reads the register's values (header in row 1). Throws when the header row is gone. */
export function readRegister(values: readonly (readonly unknown[])[]): RegisterTable {
  const header = values[0] ?? [];
  const columns: Partial<Record<RegisterColumn, number>> = {};
  header.forEach((h, i) => {
    const match = REGISTER_COLUMNS.find((c) => normalize(c) === normalize(h));
    if (match && columns[match] === undefined) columns[match] = i;
  });
  if (columns.ID === undefined) {
    throw new Error(
      `The ${REGISTER_SHEET} register has no "ID" header in row 1. Put the header row back ` +
        `(${REGISTER_COLUMNS.slice(0, 4).join(", ")}, …) or undo the change that removed it.`,
    );
  }
  const missingColumns = REGISTER_COLUMNS.filter((c) => columns[c] === undefined);
  const rows: RegisterRow[] = [];
  for (let r = 1; r < values.length; r++) {
    const line = values[r] ?? [];
    const id = cellText(line[columns.ID]);
    if (!id) continue;
    const cells: Partial<Record<RegisterColumn, unknown>> = {};
    for (const c of REGISTER_COLUMNS) {
      const at = columns[c];
      if (at !== undefined) cells[c] = line[at];
    }
    rows.push({
      sheetRow: r + 1,
      id,
      cells,
      text: (c) => cellText(cells[c]),
      date: (c) => parseDateCell(cells[c]),
    });
  }
  return { columns, rows, missingColumns };
}
