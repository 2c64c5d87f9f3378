// Reads a checklist table (header row + item rows, as Sheets gives a range's values) into typed rows.

import type { CalendarDate } from "../sheet/calendar-date";
import { cellText, columnsByHeader, isEmptyCell } from "../sheet/cell-text";
import { parseDateCell } from "../sheet/date-cell";
import { cellReader, kindCell, requiredCell, statusCell } from "./cell-schemas";
import type { ChecklistRow } from "./checklist-row";
import { CHECKLIST_COLUMNS, type ChecklistColumn } from "./columns";

export interface ChecklistTable {
  rows: ChecklistRow[];
  columns: Partial<Record<ChecklistColumn, number>>;
}

/** Blank as far as a checklist row goes: empty, spaces, or an unticked checkbox. */
function isBlankCell(v: unknown): boolean {
  return isEmptyCell(v) || v === false || (typeof v === "string" && v.trim() === "");
}

function isBlankLine(line: readonly unknown[], used: readonly number[]): boolean {
  for (const i of used) if (!isBlankCell(line[i])) return false;
  return true;
}

type DueRead = { date: CalendarDate | null | "invalid"; text: string };

/** Reads Due cells, remembering typed text it has read: a column repeats its values. */
function dueReader(): (v: unknown) => DueRead {
  const byText = new Map<unknown, DueRead>();
  return (v) => {
    if (typeof v === "object" && v !== null) return { date: parseDateCell(v), text: cellText(v) };
    let read = byText.get(v);
    if (read === undefined) {
      read = { date: parseDateCell(v), text: cellText(v) };
      if (byText.size < 1000) byText.set(v, read);
    }
    return read;
  };
}

function isGrid(values: unknown): values is readonly (readonly unknown[])[] {
  return Array.isArray(values) && values.every((row) => Array.isArray(row));
}

/**
 * Reads a checklist table: columns are found by header name (case- and space-insensitive, any order,
 * extra columns ignored); rows blank in every checklist column are skipped. Throws when the input is
 * not rows of cells or has no Status column.
 */
export function readChecklistTable(values: readonly (readonly unknown[])[]): ChecklistTable {
  if (!isGrid(values) || values.length === 0) {
    throw new Error(
      `The checklist must be a range of rows with a header row first (${CHECKLIST_COLUMNS.join(", ")}).`,
    );
  }
  const header = values[0] ?? [];
  const columns = columnsByHeader(header, CHECKLIST_COLUMNS);
  if (columns.Status === undefined) {
    const found = header.map(cellText).filter(Boolean);
    throw new Error(
      `The checklist has no "Status" column: its first row must be the header (${CHECKLIST_COLUMNS.join(", ")}); ` +
        (found.length
          ? `found ${found
              .slice(0, 10)
              .map((h) => `"${h}"`)
              .join(", ")}.`
          : "the first row is empty."),
    );
  }
  const used = Object.values(columns);
  const col = (column: ChecklistColumn) => columns[column] ?? -1;
  const [section, item, kind, required, status, owner, due, evidence, approvedBy, notes] =
    CHECKLIST_COLUMNS.map(col);
  const text = (line: readonly unknown[], i: number | undefined) =>
    i === undefined || i < 0 ? "" : cellText(line[i]);
  const readRequired = cellReader(requiredCell);
  const readKind = cellReader(kindCell);
  const readStatus = cellReader(statusCell);
  const readDue = dueReader();

  const rows: ChecklistRow[] = [];
  for (let index = 1; index < values.length; index++) {
    const line = values[index] ?? [];
    if (isBlankLine(line, used)) continue;
    const statusValue = status === undefined ? "" : line[status];
    const dueValue = due === undefined || due < 0 ? "" : line[due];
    const dueRead = readDue(dueValue);
    rows.push({
      index,
      section: text(line, section),
      item: text(line, item),
      kind: kind === undefined || kind < 0 ? null : readKind(line[kind]),
      required: required === undefined || required < 0 ? true : (readRequired(line[required]) ?? true),
      status: readStatus(statusValue),
      statusText: cellText(statusValue),
      owner: text(line, owner),
      due: dueRead.date,
      dueText: dueRead.text,
      evidence: text(line, evidence),
      approvedBy: text(line, approvedBy),
      notes: text(line, notes),
    });
  }
  return { rows, columns };
}
