// Reads a checklist table (header row + item rows, as Sheets gives a range's values) into typed rows.
import { CHECKLIST_COLUMNS, type ChecklistColumn } from "./checklist-columns";
import { isDateValue, parseDateCell, toIsoDate } from "./dates";
import { cellReader, kindCell, requiredCell, statusCell } from "./row-schema";
import type { ItemKind } from "./scenarios";
import type { Status } from "./statuses";

export interface ChecklistRow {
  /** Index in the values array read, where the header is 0. */
  index: number;
  section: string;
  item: string;
  kind: ItemKind | null;
  required: boolean;
  status: Status | null;
  statusText: string;
  owner: string;
  due: Date | null | "invalid";
  dueText: string;
  evidence: string;
  approvedBy: string;
  notes: string;
}

export interface ChecklistTable {
  rows: ChecklistRow[];
  columns: Partial<Record<ChecklistColumn, number>>;
}

const headerKey = (v: unknown) => cellText(v).toLowerCase().replace(/\s+/g, "");
const COLUMN_BY_KEY = new Map<string, ChecklistColumn>(CHECKLIST_COLUMNS.map((c) => [headerKey(c), c]));

/** A cell as text: trimmed strings, numbers and booleans as written, Dates as YYYY-MM-DD. */
export function cellText(v: unknown): string {
  if (typeof v === "string") return v.trim();
  if (v === null || v === undefined) return "";
  if (isDateValue(v)) return Number.isNaN(v.getTime()) ? "" : toIsoDate(v);
  return String(v);
}

/** Blank as far as a checklist row goes: empty, spaces, or an unticked checkbox. */
function isBlankCell(v: unknown): boolean {
  return (
    v === "" || v === null || v === undefined || v === false || (typeof v === "string" && v.trim() === "")
  );
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
  const columns: Partial<Record<ChecklistColumn, number>> = {};
  header.forEach((cell, i) => {
    const column = COLUMN_BY_KEY.get(headerKey(cell));
    if (column && columns[column] === undefined) columns[column] = i;
  });
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
  const at = (line: readonly unknown[], column: ChecklistColumn): unknown => {
    const i = columns[column];
    return i === undefined ? "" : line[i];
  };
  const readRequired = cellReader(requiredCell);
  const readKind = cellReader(kindCell);
  const readStatus = cellReader(statusCell);
  const hasRequired = columns.Required !== undefined;
  const hasKind = columns.Kind !== undefined;

  const rows: ChecklistRow[] = [];
  for (let index = 1; index < values.length; index++) {
    const line = values[index] ?? [];
    if (used.every((i) => isBlankCell(line[i]))) continue;
    const statusValue = at(line, "Status");
    const dueValue = at(line, "Due");
    rows.push({
      index,
      section: cellText(at(line, "Section")),
      item: cellText(at(line, "Item")),
      kind: hasKind ? readKind(at(line, "Kind")) : null,
      required: hasRequired ? (readRequired(at(line, "Required")) ?? true) : true,
      status: readStatus(statusValue),
      statusText: cellText(statusValue),
      owner: cellText(at(line, "Owner")),
      due: parseDateCell(dueValue),
      dueText: cellText(dueValue),
      evidence: cellText(at(line, "Evidence")),
      approvedBy: cellText(at(line, "Approved by")),
      notes: cellText(at(line, "Notes")),
    });
  }
  return { rows, columns };
}
