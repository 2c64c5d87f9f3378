// Reads the register back from its values: columns found by header name, rows with an ID kept.
import type { CalendarDate } from "../sheet/calendar-date";
import { cellText, columnsByHeader } from "../sheet/cell-text";
import { parseDateCell } from "../sheet/date-cell";
import {
  DUE_COLUMNS,
  FIRST_USES_COLUMN,
  OUTCOME_COLUMNS,
  REGISTER_COLUMNS,
  REGISTER_SHEET,
  type RegisterColumn,
} from "./register-columns";

/** One register row as read back, with dates parsed and the original text kept. */
export interface RegisterRow {
  readonly sheetRow: number;
  readonly id: string;
  readonly cells: Partial<Record<RegisterColumn, unknown>>;
  text(column: RegisterColumn): string;
  date(column: RegisterColumn): CalendarDate | null | "invalid";
}

/** The register read from its values: columns found by header, rows with an ID kept. */
export interface RegisterTable {
  readonly columns: Partial<Record<RegisterColumn, number>>;
  readonly rows: RegisterRow[];
  readonly missingColumns: RegisterColumn[];
  /** IDs found on more than one row, with their sheet rows (pasted or typed rows). */
  readonly duplicates: { readonly id: string; readonly rows: number[] }[];
}

/** "HO-0003 (rows 4, 9)" for each duplicated ID, for messages. */
export function duplicatesText(duplicates: RegisterTable["duplicates"]): string {
  return duplicates.map((d) => `${d.id} (rows ${d.rows.join(", ")})`).join("; ");
}

/** Columns New handoff writes: each must be in the register's header for a row to be added. */
// "First uses" came later: a register without it still takes new handoffs.
const WRITTEN_COLUMNS = REGISTER_COLUMNS.filter(
  (c) =>
    !OUTCOME_COLUMNS.includes(c as (typeof OUTCOME_COLUMNS)[number]) &&
    !DUE_COLUMNS.includes(c as (typeof DUE_COLUMNS)[number]) &&
    c !== FIRST_USES_COLUMN,
);

/**
 * Where the register's columns are (0-based, by header name, any order), or the message naming the
 * columns New handoff (and Archive, Restore) need that are missing or renamed, ending with `then`.
 */
export function registerColumnsProblem(
  header: readonly unknown[],
  registerName: string,
  then = "start the handoff",
): (Partial<Record<RegisterColumn, number>> & { ID: number }) | string {
  const columns = columnsByHeader(header, REGISTER_COLUMNS);
  const missing = WRITTEN_COLUMNS.filter((c) => columns[c] === undefined);
  if (columns.ID === undefined || missing.length) {
    const names = missing.map((c) => `"${c}"`).join(", ");
    return (
      `The register "${registerName}" has no ${names} column in row 1 (renamed or deleted): head a column ` +
      `${missing.length === 1 ? "with that name" : "with each name"} again (any order; run Refresh register if the header row is gone), then ${then}.`
    );
  }
  return { ...columns, ID: columns.ID };
}

/** Reads the register's values (header in row 1). Throws when the header row is gone. */
export function readRegister(values: readonly (readonly unknown[])[]): RegisterTable {
  const header = values[0] ?? [];
  const columns = columnsByHeader(header, REGISTER_COLUMNS);
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
  const byId = new Map<string, number[]>();
  for (const row of rows) {
    const key = row.id.toUpperCase();
    byId.set(key, [...(byId.get(key) ?? []), row.sheetRow]);
  }
  const duplicates = [...byId].filter(([, at]) => at.length > 1).map(([id, at]) => ({ id, rows: at }));
  return { columns, rows, missingColumns, duplicates };
}
