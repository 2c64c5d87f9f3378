// Where the add-on's formulas in a checklist tab's header are: the gate, its detail and the mirrors of
// the decision block. The locator places each beside its label; a column inserted or deleted between
// them moves a formula off that place, so the tab's formulas say where it went. Validate repairs and
// re-anchors these cells; Archive leaves them out of what a person typed.
import { a1 } from "../sheet/a1";
import type { CellAt, ChecklistTab, FormulaCells } from "./tab-locator";

type Grid = readonly (readonly unknown[])[];

/** A formula as Sheets compares it here: no spaces, no $ marks, upper case. */
export function normalFormula(formula: string): string {
  return formula.replace(/[\s$]/g, "").toUpperCase();
}

/** Whether a formula is HANDOFF_GATE with the detail flag `detail` (FALSE: the verdict cell, TRUE: its detail). */
function isGateCall(formula: string, detail: boolean): boolean {
  const args = normalFormula(formula).match(/^=HANDOFF_GATE\([^,]*,(TRUE|FALSE)\b/);
  return args !== null && (args[1] === "TRUE") === detail;
}

/**
 * The header's formula cells where their formulas are: the locator finds each at a fixed place beside
 * its label, so a column inserted or deleted between them moves a formula off that place; when the
 * place does not hold it and another cell of the same row does, that cell is the one.
 */
export function headerFormulaCells(tab: ChecklistTab, formulas: Grid): FormulaCells {
  const holds = (cell: CellAt, test: (formula: string) => boolean) =>
    test(String(formulas[cell.row - 1]?.[cell.column - 1] ?? ""));
  const found = (cell: CellAt | null, test: (formula: string) => boolean): CellAt | null => {
    if (!cell || holds(cell, test)) return cell;
    const line = formulas[cell.row - 1] ?? [];
    const at = line.findIndex((f) => test(String(f ?? "")));
    return at < 0 ? cell : { row: cell.row, column: at + 1 };
  };
  const mirror =
    (source: CellAt | null, offset = 0) =>
    (formula: string) =>
      source !== null &&
      normalFormula(formula) === normalFormula(`=${a1(source.row, source.column + offset)}`);
  const d = tab.decision;
  const f = tab.formulaCells;
  return {
    gate: found(f.gate, (x) => isGateCall(x, false)),
    gateDetail: found(f.gateDetail, (x) => isGateCall(x, true)),
    decision: found(f.decision, mirror(d.decision)),
    gateWhenDecided: found(f.gateWhenDecided, mirror(d.gateWhenDecided)),
    acknowledgedBy: found(f.acknowledgedBy, mirror(d.acknowledgedBy)),
    acknowledgedOn: found(f.acknowledgedOn, mirror(d.acknowledgedOn)),
    reopened: found(f.reopened, mirror(d.gateWhenDecided, 1)),
  };
}
