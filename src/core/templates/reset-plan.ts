// "Reset to the built-in defaults" for one scenario, as plain data: its row in the scenarios block set
// back (or added), then its item rows replaced by the built-in ones where the first of them stood.
// Other scenarios' rows are never touched.
import { cellKey } from "../sheet/cell-text";
import type { TemplateScenario } from "./catalogue";
import { ITEM_HEADER, SCENARIO_HEADER } from "./templates-layout";
import { readTemplatesGrid } from "./templates-reader";
import { itemRows, scenarioRow } from "./templates-sheet-plan";

/** Cells of one row: its 1-based row and, per 0-based column, the value to write. */
export interface RowCells {
  readonly row: number;
  readonly cells: readonly { readonly column: number; readonly value: unknown }[];
}

function laidOut(
  line: readonly unknown[],
  names: readonly string[],
  columns: Partial<Record<string, number>>,
) {
  return names.flatMap((name, i) => {
    const column = columns[name];
    return column === undefined ? [] : [{ column, value: line[i] }];
  });
}

/** The scenario row to write: over its row, or as a new row after the block's last (insert: true). */
export function resetScenarioRow(
  values: readonly (readonly unknown[])[],
  scenario: TemplateScenario,
): (RowCells & { readonly insert: boolean }) | string {
  const block = readTemplatesGrid(values).scenarios;
  if (!block) return "The scenarios block's header row is gone: put it back, then reset.";
  const cells = laidOut(scenarioRow(scenario), SCENARIO_HEADER, block.columns);
  const at = block.rows.find((r) => cellKey(r.cells["Scenario ID"]) === cellKey(scenario.id));
  if (at) return { row: at.row, cells, insert: false };
  const last = block.rows[block.rows.length - 1]?.row ?? block.headerRow;
  return { row: last + 1, cells, insert: true };
}

/** The item rows to delete (bottom first) and the built-in rows to insert at `insertAt`. */
export function resetItemRows(
  values: readonly (readonly unknown[])[],
  scenario: TemplateScenario,
): { deleteRows: number[]; insertAt: number; rows: RowCells[] } | string {
  const block = readTemplatesGrid(values).items;
  if (!block) return "The items block's header row is gone: put it back, then reset.";
  const own = block.rows
    .filter((r) => cellKey(r.cells["Scenario ID"]) === cellKey(scenario.id))
    .map((r) => r.row);
  const last = block.rows[block.rows.length - 1]?.row ?? block.headerRow;
  const insertAt = own[0] ?? last + 1;
  const lines = itemRows(scenario);
  return {
    deleteRows: [...own].sort((a, b) => b - a),
    insertAt,
    rows: lines.map((line, i) => ({ row: insertAt + i, cells: laidOut(line, ITEM_HEADER, block.columns) })),
  };
}
