// What a person typed on a checklist tab outside the parts the locator reads (beside the table, below
// the decision block, in a column they added): every non-empty cell that is not a label, field, item
// cell, decision-block cell or one of the add-on's formulas, so archiving loses none of it.
import { CHECKLIST_COLUMNS } from "../checklist/columns";
import { columnsByHeader, isEmptyCell } from "../sheet/cell-text";
import { DECISION_LABELS } from "../tab/tab-layout";
import type { ChecklistTab } from "../tab/tab-locator";
import type { AsideCell } from "./archive-columns";

/** Rows and columns (from the block's top-left) of the decision block, the hint right of its last value included. */
const DECISION_ROWS = Object.keys(DECISION_LABELS).length;
const DECISION_WIDTH = 4;

/** The cells of a located tab that no other archive row holds. */
export function asideCells(values: readonly (readonly unknown[])[], tab: ChecklistTab): AsideCell[] {
  const held = new Set<string>();
  const hold = (row: number, column: number) => held.add(`${row}:${column}`);
  for (const field of Object.values(tab.fields)) {
    if (!field) continue;
    hold(field.row, field.column - 1);
    hold(field.row, field.column);
  }
  for (const cell of Object.values(tab.formulaCells)) if (cell) hold(cell.row, cell.column);
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
      if (!isEmptyCell(value) && !held.has(`${r + 1}:${c + 1}`))
        aside.push({ row: r + 1, column: c + 1, value });
    });
  });
  return aside;
}
