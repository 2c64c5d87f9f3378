// Builders for checklist rows and tables as Sheets would hand them to the core.

import type { ChecklistRow } from "../../../src/core/checklist/checklist-row";
import { CHECKLIST_COLUMNS, type ChecklistColumn } from "../../../src/core/checklist/columns";

export type Cells = Partial<Record<ChecklistColumn, unknown>>;

export const TODAY = { year: 2026, month: 6, day: 15 };

/** A valid open row due after TODAY, with overrides. */
export function row(overrides: Partial<ChecklistRow> = {}): ChecklistRow {
  return {
    index: 1,
    section: "Commercial",
    item: "Confirm commercial status",
    kind: "task",
    required: true,
    status: "In progress",
    statusText: "In progress",
    owner: "Dana Lee",
    due: { year: 2026, month: 7, day: 1 },
    dueText: "2026-07-01",
    evidence: "",
    approvedBy: "",
    notes: "",
    ...overrides,
  };
}

/** A table's values: the header in `columns` order, then one line per cells object. */
export function table(lines: readonly Cells[], columns: readonly string[] = CHECKLIST_COLUMNS): unknown[][] {
  return [[...columns], ...lines.map((cells) => columns.map((c) => cells[c as ChecklistColumn] ?? ""))];
}

/** A finished, valid item line. */
export function doneLine(overrides: Cells = {}): Cells {
  return {
    Section: "Scope",
    Item: "Summarize what was sold",
    Kind: "task",
    Required: true,
    Status: "Done",
    Owner: "Dana Lee",
    Due: { year: 2026, month: 6, day: 1 },
    ...overrides,
  };
}

/** A finished review line of the double-check. */
export function reviewLine(overrides: Cells = {}): Cells {
  return doneLine({
    Section: "Double-check before go",
    Item: "Tool access is ready",
    Kind: "review",
    ...overrides,
  });
}

/** Where each checklist column is (0-based) when they stand in the builder's order, A..J. */
export const COLUMNS_IN_ORDER = {
  Section: 0,
  Item: 1,
  Kind: 2,
  Required: 3,
  Status: 4,
  Owner: 5,
  Due: 6,
  Evidence: 7,
  "Approved by": 8,
  Notes: 9,
} as const;
