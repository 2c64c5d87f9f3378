// What a person typed on a checklist tab outside the parts the locator reads (beside the table, below
// the decision block, in a column they added): every non-empty cell that is not a label, field, item
// cell, decision-block cell or one of the add-on's formulas, so archiving loses none of it.
import { CHECKLIST_COLUMNS } from "../checklist/columns";
import { columnsByHeader, isEmptyCell } from "../sheet/cell-text";
import { DECISION_LABELS } from "../tab/tab-layout";
import type { ChecklistTab, FormulaCells } from "../tab/tab-locator";
import type { AsideCell } from "./archive-columns";

/** Rows and columns (from the block's top-left) of the decision block, the hint right of its last value included. */
const DECISION_ROWS = Object.keys(DECISION_LABELS).length;
const DECISION_WIDTH = 4;

/** The formula a cell of the tab holds (1-based), as getFormulas reads it; undefined for a plain value. */
export function formulaOf(
  formulas: readonly (readonly unknown[])[],
  row: number,
  column: number,
): string | undefined {
  const text = formulas[row - 1]?.[column - 1];
  return typeof text === "string" && text.startsWith("=") ? text : undefined;
}

/**
 * The cells of a located tab that no other archive row holds: a value, or a formula (`formulas` as
 * getFormulas reads the same range) even when it shows nothing. `ownFormulas` are the add-on's header
 * formula cells where they are (headerFormulaCells), which Restore rebuilds.
 */
export function asideCells(
  values: readonly (readonly unknown[])[],
  tab: ChecklistTab,
  formulas: readonly (readonly unknown[])[],
  ownFormulas: FormulaCells,
): AsideCell[] {
  const held = new Set<string>();
  const hold = (row: number, column: number) => held.add(`${row}:${column}`);
  for (const field of Object.values(tab.fields)) {
    if (!field) continue;
    hold(field.row, field.column - 1);
    hold(field.row, field.column);
  }
  for (const cell of Object.values(ownFormulas)) if (cell) hold(cell.row, cell.column);
  const columns = Object.values(columnsByHeader(tab.table[0] ?? [], CHECKLIST_COLUMNS));
  for (let row = tab.tableHeaderRow; row <= tab.lastTableRow; row++) {
    for (const at of columns) hold(row, at + 1);
  }
  const block = tab.decisionBlock;
  if (block) {
    for (let r = 0; r < DECISION_ROWS; r++) {
      for (let c = 0; c < DECISION_WIDTH; c++) hold(block.row + r, block.column + c);
    }
  }
  const aside: AsideCell[] = [];
  values.forEach((line, r) => {
    line.forEach((value, c) => {
      const typed = formulaOf(formulas, r + 1, c + 1);
      if ((isEmptyCell(value) && typed === undefined) || held.has(`${r + 1}:${c + 1}`)) return;
      aside.push(
        typed === undefined
          ? { row: r + 1, column: c + 1, value }
          : { row: r + 1, column: c + 1, value, formula: typed },
      );
    });
  });
  return aside;
}
