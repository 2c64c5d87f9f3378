// The formulas a checklist tab's header must hold, and which of them no longer show what they should:
// typed over by hand, or left behind by rows added below the table. Validate puts those back. Judged
// from values alone (the gate the core computes versus the gate the cell shows), so no extra read.
import { a1 } from "../sheet/a1";
import { cellText } from "../sheet/cell-text";
import { gateFormula, HEADER_CELLS, TAB_COLUMNS } from "./tab-layout";
import type { ChecklistTab } from "./tab-locator";

/** A formula to write back into one cell (1-based). */
export interface FormulaRepair {
  readonly row: number;
  readonly column: number;
  readonly formula: string;
}

type Cell = { readonly row: number; readonly column: number };

/** Header cells whose shown value differs from what their formula gives for the tab as it is now. */
export function headerFormulaRepairs(
  tab: ChecklistTab,
  values: readonly (readonly unknown[])[],
  gate: { readonly verdict: string; readonly detail: string },
): FormulaRepair[] {
  const shown = (cell: Cell) => cellText(values[cell.row - 1]?.[cell.column - 1]);
  const table = a1(tab.tableHeaderRow, 1, tab.lastTableRow, TAB_COLUMNS);
  const expected: (FormulaRepair & { want: string })[] = [
    { ...HEADER_CELLS.gate, formula: gateFormula(table, false), want: gate.verdict },
    { ...HEADER_CELLS.gateDetail, formula: gateFormula(table, true), want: gate.detail },
  ];
  const mirror = (cell: Cell, source: (Cell & { value: unknown }) | null) => {
    if (source)
      expected.push({
        ...cell,
        formula: `=${a1(source.row, source.column)}`,
        want: cellText(source.value),
      });
  };
  mirror(HEADER_CELLS.decision, tab.decision.decision);
  mirror(HEADER_CELLS.acknowledgedBy, tab.decision.acknowledgedBy);
  mirror(HEADER_CELLS.acknowledgedOn, tab.decision.acknowledgedOn);
  mirror(HEADER_CELLS.gateWhenDecided, tab.decision.gateWhenDecided);
  const decided = tab.decision.gateWhenDecided;
  if (decided)
    mirror(HEADER_CELLS.reopened, {
      row: decided.row,
      column: decided.column + 1,
      value: values[decided.row - 1]?.[decided.column],
    });
  return expected
    .filter((e) => shown(e) !== e.want)
    .map(({ row, column, formula }) => ({ row, column, formula }));
}
