// Reads a handoff's checklist tab from its values, wherever people moved or inserted rows.

import { parseHandoffId } from "../register/handoff-id";
import { cellKey, isEmptyCell } from "../sheet/cell-text";
import { DECISION_LABELS, HEADER_CELLS, HEADER_LABELS, TABLE_HEADER_ROW } from "./tab-layout";

/** A label/value cell pair found in the tab (1-based position of the value). */
export interface TabField {
  readonly row: number;
  readonly column: number;
  readonly value: unknown;
}

/** The parts of a checklist tab, located by their labels (1-based rows). */
export interface ChecklistTab {
  readonly id: string;
  readonly fields: Record<keyof typeof HEADER_LABELS, TabField | null>;
  readonly tableHeaderRow: number;
  readonly lastTableRow: number;
  /** The table's values, header first: what HANDOFF_GATE and the validator read. */
  readonly table: unknown[][];
  readonly decision: Record<keyof typeof DECISION_LABELS, TabField | null>;
}

const isBlankRow = (row: readonly unknown[] | undefined) => !row || row.every(isEmptyCell);

/** The message shown when a command needs a checklist tab and the active one is not. */
export function notChecklistMessage(sheetName: string): string {
  return (
    `"${sheetName}" is not a Handoff Gate checklist tab. Open a handoff's tab (named like "HO-0007 Acme") ` +
    "or start one with Extensions → Handoff Gate → New handoff."
  );
}

function findField(values: readonly (readonly unknown[])[], label: string, rows: number): TabField | null {
  for (let r = 0; r < Math.min(rows, values.length); r++) {
    const line = values[r] ?? [];
    for (let c = 0; c < line.length - 1; c++) {
      if (cellKey(line[c]) === cellKey(label)) return { row: r + 1, column: c + 2, value: line[c + 1] };
    }
  }
  return null;
}

/** The handoff id in a tab's header block (its first rows suffice), or null when it has none. */
export function handoffIdIn(values: readonly (readonly unknown[])[]): string | null {
  const field = findField(values, HEADER_LABELS.handoffId, TABLE_HEADER_ROW + 5);
  const id = String(field?.value ?? "").trim();
  return field && parseHandoffId(id) !== null ? id : null;
}

/** Locates the header block, item table and decision block; null when this is not a checklist tab. */
export function readChecklistTab(values: readonly (readonly unknown[])[]): ChecklistTab | null {
  const id = handoffIdIn(values);
  if (id === null) return null;

  let headerIndex = -1;
  for (let r = 0; r < values.length; r++) {
    const cells = (values[r] ?? []).map(cellKey);
    if (cells.includes("status") && cells.includes("item")) {
      headerIndex = r;
      break;
    }
  }
  if (headerIndex < 0) {
    throw new Error(
      `${id}'s checklist has lost its header row (${"Section, Item, Kind, Required, Status, Owner, Due, Evidence, Approved by, Notes"}): ` +
        "put the Item and Status headers back above the items (undo the change that removed them).",
    );
  }
  let last = headerIndex;
  while (
    last + 1 < values.length &&
    !isBlankRow(values[last + 1]) &&
    cellKey(values[last + 1]?.[0]) !== "decision"
  ) {
    last++;
  }

  const fields = {} as Record<keyof typeof HEADER_LABELS, TabField | null>;
  for (const key of Object.keys(HEADER_LABELS) as (keyof typeof HEADER_LABELS)[]) {
    const expected = HEADER_CELLS[key === "handoff" ? "title" : key];
    const line = values[expected.row - 1];
    const atExpected =
      line && cellKey(line[expected.column - 2]) === cellKey(HEADER_LABELS[key])
        ? { row: expected.row, column: expected.column, value: line[expected.column - 1] }
        : null;
    fields[key] = atExpected ?? findField(values, HEADER_LABELS[key], headerIndex);
  }

  const decision = {} as Record<keyof typeof DECISION_LABELS, TabField | null>;
  const below = values.slice(last + 1);
  for (const key of Object.keys(DECISION_LABELS) as (keyof typeof DECISION_LABELS)[]) {
    const found = findField(below, DECISION_LABELS[key], below.length);
    decision[key] = found ? { ...found, row: found.row + last + 1 } : null;
  }

  return {
    id,
    fields,
    tableHeaderRow: headerIndex + 1,
    lastTableRow: last + 1,
    table: values.slice(headerIndex, last + 1).map((row) => [...row]),
    decision,
  };
}
