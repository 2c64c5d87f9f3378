// The one tab locator: finds a handoff tab's parts (each header field, the item table from its header row
// to its last item, the decision block) by the labels that move with people's edits, never by fixed
// positions. Blank rows inside the table are part of it; cells of the decision block never are.

import { parseHandoffId } from "../register/handoff-id";
import { a1 } from "../sheet/a1";
import { cellKey, isEmptyCell } from "../sheet/cell-text";
import { DECISION_LABELS, HEADER_LABELS } from "./tab-layout";

/** A label/value cell pair found in the tab (1-based position of the value). */
export interface TabField {
  readonly row: number;
  readonly column: number;
  readonly value: unknown;
}

/** A cell's 1-based position. */
export interface CellAt {
  readonly row: number;
  readonly column: number;
}

/** The cells of the header block that hold the add-on's formulas, found through their labels. */
export interface FormulaCells {
  readonly gate: CellAt | null;
  readonly gateDetail: CellAt | null;
  readonly decision: CellAt | null;
  readonly gateWhenDecided: CellAt | null;
  readonly acknowledgedBy: CellAt | null;
  readonly acknowledgedOn: CellAt | null;
  /** Mirrors the reopen note, right of Gate when decided. */
  readonly reopened: CellAt | null;
}

/** The parts of a checklist tab, located by their labels (1-based rows and columns). */
export interface ChecklistTab {
  readonly id: string;
  readonly fields: Record<keyof typeof HEADER_LABELS, TabField | null>;
  readonly tableHeaderRow: number;
  readonly lastTableRow: number;
  /** The table's first and last column: the header row's labelled cells. */
  readonly firstTableColumn: number;
  readonly lastTableColumn: number;
  /** The table's values, header first, decision-block cells blanked: what HANDOFF_GATE and Validate read. */
  readonly table: unknown[][];
  readonly decision: Record<keyof typeof DECISION_LABELS, TabField | null>;
  /** Where the decision block starts (its "Decision" label), or null when it is gone. */
  readonly decisionBlock: CellAt | null;
  readonly formulaCells: FormulaCells;
}

type Grid = readonly (readonly unknown[])[];

/** The message shown when a command needs a checklist tab and the active one is not. */
export function notChecklistMessage(sheetName: string): string {
  return (
    `"${sheetName}" is not a Handoff Gate checklist tab. Open a handoff's tab (named like "HO-0007 Acme") ` +
    "or start one with Extensions → Handoff Gate → New handoff."
  );
}

/** The message when a located part is gone: which part, and how to put it back. */
export function missingPartMessage(id: string, part: string, fix: string): string {
  return `${id}'s ${part} is missing: ${fix} (or undo the change that removed it), then run Validate this handoff.`;
}

function findField(values: Grid, label: string, fromRow: number, toRow: number): TabField | null {
  const key = cellKey(label);
  for (let r = fromRow; r < Math.min(toRow, values.length); r++) {
    const line = values[r] ?? [];
    for (let c = 0; c < line.length; c++) {
      if (cellKey(line[c]) === key) return { row: r + 1, column: c + 2, value: line[c + 1] ?? "" };
    }
  }
  return null;
}

/** The 0-based index of the item table's header row (it names both Item and Status), or -1. */
function tableHeaderIndex(values: Grid): number {
  for (let r = 0; r < values.length; r++) {
    const cells = (values[r] ?? []).map(cellKey);
    if (cells.includes("status") && cells.includes("item")) return r;
  }
  return -1;
}

/** Rows searched for the header block when the table's header row is gone. */
const HEADER_SEARCH_ROWS = 40;

/** The handoff id in a tab's header block: its Handoff ID cell, else the title "HO-0007 · Client"; or null. */
export function handoffIdIn(values: Grid): string | null {
  const header = tableHeaderIndex(values);
  const until = header < 0 ? HEADER_SEARCH_ROWS : header;
  const idCell = findField(values, HEADER_LABELS.handoffId, 0, until);
  const fromId = String(idCell?.value ?? "").trim();
  if (parseHandoffId(fromId) !== null) return fromId.toUpperCase();
  const title = String(findField(values, HEADER_LABELS.handoff, 0, until)?.value ?? "");
  const lead = /^\s*(HO-\d{1,9})\b/i.exec(title)?.[1];
  return lead ? lead.toUpperCase() : null;
}

/**
 * The decision block: a "Decision" label with "Override reason" right below it, anywhere from `fromRow`
 * (0-based) down; the header block's own "Decision" label has another label below it.
 */
export function findDecisionBlock(values: Grid, fromRow = 0): CellAt | null {
  const decision = cellKey(DECISION_LABELS.decision);
  const below = cellKey(DECISION_LABELS.overrideReason);
  for (let r = fromRow; r < values.length - 1; r++) {
    const line = values[r] ?? [];
    for (let c = 0; c < line.length; c++) {
      if (cellKey(line[c]) === decision && cellKey(values[r + 1]?.[c]) === below) {
        return { row: r + 1, column: c + 1 };
      }
    }
  }
  return null;
}

/** Rows and width of the decision block: its labels, their values, and the help text beside them. */
const DECISION_ROWS = Object.keys(DECISION_LABELS).length;
const DECISION_WIDTH = 3;

/** The values with the decision block's cells blanked, so a block moved among the items is never read as one. */
export function withoutDecisionBlock(values: Grid, block = findDecisionBlock(values)): unknown[][] {
  const out = values.map((line) => [...line]);
  if (!block) return out;
  for (let r = block.row - 1; r < Math.min(out.length, block.row - 1 + DECISION_ROWS); r++) {
    const line = out[r];
    if (!line) continue;
    for (let c = block.column - 1; c < Math.min(line.length, block.column - 1 + DECISION_WIDTH); c++) {
      line[c] = "";
    }
  }
  return out;
}

/** Locates the header block, item table and decision block; null when this is not a checklist tab. */
export function readChecklistTab(values: Grid, knownId: string | null = null): ChecklistTab | null {
  const id = handoffIdIn(values) ?? knownId;
  if (id === null) return null;

  const headerIndex = tableHeaderIndex(values);
  if (headerIndex < 0) {
    throw new Error(
      missingPartMessage(
        id,
        "item table header row",
        "put a row with the headers Section, Item, Kind, Required, Status, Owner, Due, Evidence, Approved by, Notes back above the items",
      ),
    );
  }
  const block = findDecisionBlock(values);
  const cleared = withoutDecisionBlock(values, block);
  const headerLine = cleared[headerIndex] ?? [];
  const labelled = headerLine.flatMap((v, i) => (isEmptyCell(v) ? [] : [i]));
  const firstColumn = (labelled[0] ?? 0) + 1;
  const lastColumn = (labelled[labelled.length - 1] ?? 0) + 1;
  const itemAt = headerLine.findIndex((v) => cellKey(v) === "item");
  const statusAt = headerLine.findIndex((v) => cellKey(v) === "status");
  // The last row holding an item or a status: blank rows above it stay inside the table.
  let last = headerIndex;
  for (let r = cleared.length - 1; r > headerIndex; r--) {
    const line = cleared[r] ?? [];
    if (!isEmptyCell(line[itemAt]) || !isEmptyCell(line[statusAt])) {
      last = r;
      break;
    }
  }

  const fields = {} as Record<keyof typeof HEADER_LABELS, TabField | null>;
  for (const key of Object.keys(HEADER_LABELS) as (keyof typeof HEADER_LABELS)[]) {
    fields[key] = findField(cleared, HEADER_LABELS[key], 0, headerIndex);
  }
  const decision = {} as Record<keyof typeof DECISION_LABELS, TabField | null>;
  for (const key of Object.keys(DECISION_LABELS) as (keyof typeof DECISION_LABELS)[]) {
    decision[key] = block ? findInColumn(values, DECISION_LABELS[key], block) : null;
  }
  const right = (field: TabField | null, by: number): CellAt | null =>
    field ? { row: field.row, column: field.column + by } : null;

  return {
    id,
    fields,
    tableHeaderRow: headerIndex + 1,
    lastTableRow: last + 1,
    firstTableColumn: firstColumn,
    lastTableColumn: lastColumn,
    table: cleared.slice(headerIndex, last + 1),
    decision,
    decisionBlock: block,
    formulaCells: {
      gate: right(fields.gate, 0),
      gateDetail: right(fields.gate, 1),
      decision: right(fields.decision, 0),
      gateWhenDecided: right(fields.decision, 1),
      acknowledgedBy: right(fields.acknowledgedBy, 0),
      acknowledgedOn: right(fields.acknowledgedOn, 0),
      reopened: right(fields.decision, 2),
    },
  };
}

function findInColumn(values: Grid, label: string, block: CellAt): TabField | null {
  const key = cellKey(label);
  for (let r = block.row - 1; r < Math.min(values.length, block.row - 1 + DECISION_ROWS + 2); r++) {
    if (cellKey(values[r]?.[block.column - 1]) === key) {
      return { row: r + 1, column: block.column + 1, value: values[r]?.[block.column] ?? "" };
    }
  }
  return null;
}

/** The A1 range of the located table, header row through last item. */
export function tableRangeOf(tab: ChecklistTab): string {
  return a1(tab.tableHeaderRow, tab.firstTableColumn, tab.lastTableRow, tab.lastTableColumn);
}
