// Reads the register back from its values: columns found by header name, rows with an ID kept.
import type { CalendarDate } from "../sheet/calendar-date";
import { cellText, columnsByHeader } from "../sheet/cell-text";
import { parseDateCell } from "../sheet/date-cell";
import { REGISTER_COLUMNS, REGISTER_SHEET, type RegisterColumn } from "./register-columns";

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
  return { columns, rows, missingColumns };
}
