// A new register row: the facts written once, the formulas that mirror the handoff's tab through named
// ranges on its header cells (which follow the cells wherever people move rows, columns and the tab), and
// the link that opens the tab.

import type { CalendarDate } from "../sheet/calendar-date";
import { literalText } from "../sheet/literal-text";
import { DUE_COLUMNS, MIRRORED_COLUMNS, type RegisterColumn } from "./register-columns";

/** The named range that covers a handoff's tab; the sidebar finds the tab through it. */
export function handoffRangeName(id: string): string {
  return `HandoffGate_${id.replace(/[^A-Za-z0-9]/g, "_")}`;
}

/** The header cell each mirrored column shows, as the tab locator names it. */
export const MIRRORED_CELLS = {
  Gate: "gate",
  "Gate detail": "gateDetail",
  Decision: "decision",
  "Gate when decided": "gateWhenDecided",
  "Acknowledged by": "acknowledgedBy",
  "Acknowledged on": "acknowledgedOn",
  Reopened: "reopened",
} as const satisfies Record<(typeof MIRRORED_COLUMNS)[number], string>;

/** The named range on one mirrored header cell of a handoff's tab, e.g. HandoffGate_HO_0007_gate. */
export function mirrorRangeName(id: string, column: (typeof MIRRORED_COLUMNS)[number]): string {
  return `${handoffRangeName(id)}_${MIRRORED_CELLS[column]}`;
}

/** The tab columns the register's overdue and next-due formulas read, each through its own named range. */
export const LIVE_COLUMN_CELLS = ["status", "due"] as const;

/** The named range on a handoff's Status or Due column, e.g. HandoffGate_HO_0007_due. */
export function liveRangeName(id: string, part: (typeof LIVE_COLUMN_CELLS)[number]): string {
  return `${handoffRangeName(id)}_${part}`;
}

/** Formulas for the mirrored columns of one register row, in MIRRORED_COLUMNS order. */
export function mirrorFormulas(id: string): string[] {
  return MIRRORED_COLUMNS.map((c) => `=${mirrorRangeName(id, c)}`);
}

/**
 * Formulas for the overdue-items and next-due columns, in DUE_COLUMNS order: over the tab's Status and Due
 * columns, as of the spreadsheet's TODAY(), counting items neither Done nor N/A. Blank (IFERROR) for a
 * handoff started before these columns, whose tab has no such named ranges.
 */
export function dueFormulas(id: string): string[] {
  const status = liveRangeName(id, "status");
  const due = liveRangeName(id, "due");
  const open = `${status},"<>Done",${status},"<>N/A"`;
  return [
    `=IFERROR(COUNTIFS(${open},${due},"<"&TODAY()),"")`,
    `=IFERROR(IF(COUNTIFS(${open},${due},">="&TODAY()),MINIFS(${due},${open},${due},">="&TODAY()),""),"")`,
  ];
}

/** Every live formula of a register row by column: the mirrored cells, then the due counts. */
export function liveFormulas(id: string): { column: RegisterColumn; formula: string }[] {
  const mirrors = mirrorFormulas(id);
  const dues = dueFormulas(id);
  return [
    ...MIRRORED_COLUMNS.map((column, i) => ({ column, formula: mirrors[i] ?? "" })),
    ...DUE_COLUMNS.map((column, i) => ({ column, formula: dues[i] ?? "" })),
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
  readonly created: CalendarDate;
  readonly targetKickoff: CalendarDate | null;
  readonly sheetId: number;
  /** "Standard new client v3: use 2 of 5", or "" past a version's first five uses. */
  readonly firstUses?: string;
}

/** The cells of a new register row by column name; people's text is kept literal. */
export function registerRowCells(row: NewRegisterRow): Partial<Record<RegisterColumn, unknown>> {
  const cells: Partial<Record<RegisterColumn, unknown>> = {
    ID: row.id,
    Client: literalText(row.client),
    Scenario: literalText(row.scenarioName),
    Template: row.templateRef,
    Exceptions: literalText(row.exceptions),
    "Handoff owner": literalText(row.handoffOwner),
    "Receiving owner": literalText(row.receivingOwner),
    Created: row.created,
    "Target kickoff": row.targetKickoff ?? "",
    Tab: tabLinkFormula(row.sheetId, `Open ${row.id}`),
    "First uses": literalText(row.firstUses ?? ""),
  };
  for (const { column, formula } of liveFormulas(row.id)) cells[column] = formula;
  return cells;
}

/** A new register row laid out as the register's header has its columns (0-based); other cells blank. */
export function registerRowValues(
  row: NewRegisterRow,
  columns: Partial<Record<RegisterColumn, number>>,
  width: number,
): unknown[] {
  const line: unknown[] = Array(width).fill("");
  const cells = registerRowCells(row);
  for (const [name, value] of Object.entries(cells) as [RegisterColumn, unknown][]) {
    const at = columns[name];
    if (at !== undefined) line[at] = value;
  }
  return line;
}
