// The formulas a checklist tab's header must hold, and which ones a person typed over or left
// pointing at an outdated table (rows added below it): validate puts them back.
import { a1, gateFormula, HEADER_CELLS, TAB_COLUMNS } from "./checklist-layout";
import type { ChecklistTab } from "./checklist-tab";

/** A formula to write back into one cell (1-based). */
export interface FormulaRepair {
  readonly row: number;
  readonly column: number;
  readonly formula: string;
}

const same = (a: string, b: string) =>
  a.replace(/\s+/g, "").toUpperCase() === b.replace(/\s+/g, "").toUpperCase();

/** Header cells whose formula is missing or stale, given the tab as read and its formulas. */
export function headerFormulaRepairs(
  tab: ChecklistTab,
  formulas: readonly (readonly string[])[],
): FormulaRepair[] {
  const table = a1(tab.tableHeaderRow, 1, tab.lastTableRow, TAB_COLUMNS);
  const expected: FormulaRepair[] = [
    { ...HEADER_CELLS.gate, formula: gateFormula(table, false) },
    { ...HEADER_CELLS.gateDetail, formula: gateFormula(table, true) },
  ];
  const mirror = (cell: { row: number; column: number }, source: { row: number; column: number } | null) => {
    if (source) expected.push({ ...cell, formula: `=${a1(source.row, source.column)}` });
  };
  mirror(HEADER_CELLS.decision, tab.decision.decision);
  mirror(HEADER_CELLS.acknowledgedBy, tab.decision.acknowledgedBy);
  mirror(HEADER_CELLS.acknowledgedOn, tab.decision.acknowledgedOn);
  mirror(HEADER_CELLS.gateWhenDecided, tab.decision.gateWhenDecided);
  return expected.filter((e) => !same(formulas[e.row - 1]?.[e.column - 1] ?? "", e.formula));
}
