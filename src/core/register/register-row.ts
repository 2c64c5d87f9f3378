// A new register row: the facts written once, the formulas that mirror the handoff's tab through its
// named range, and the link that opens the tab.

import type { CalendarDate } from "../sheet/calendar-date";
import { literalText } from "../sheet/literal-text";
import { HEADER_CELLS } from "../tab/tab-layout";
import { OUTCOME_COLUMNS } from "./register-columns";

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
    at(HEADER_CELLS.reopened),
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
