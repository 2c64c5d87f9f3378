// The formulas a checklist tab's header must hold, found through the locator, and which of them no longer
// say what they should: typed over, or left behind by rows added below the table. Validate puts those back.
// The gate's range is only ever widened to the located table, never shrunk; a gate cell that shows an
// error (#NAME? where the add-on is not enabled, Loading… while it calculates) is explained, not rewritten.
import { MIRRORED_COLUMNS } from "../register/register-columns";
import { MIRRORED_CELLS, mirrorRangeName } from "../register/register-row";
import { a1, columnLetter } from "../sheet/a1";
import { cellText, isEmptyCell } from "../sheet/cell-text";
import { headerFormulaCells, normalFormula } from "./header-formula-cells";
import { gateFormula } from "./tab-layout";
import { type CellAt, type ChecklistTab, type FormulaCells, missingPartMessage } from "./tab-locator";

/** A formula to write back into one cell (1-based), and what a person had typed there, if anything. */
export interface FormulaRepair {
  readonly row: number;
  readonly column: number;
  readonly formula: string;
  /** Text a person typed over the formula: kept in the cell's note, never lost. */
  readonly typed: string | null;
}

/** What Validate puts back, what it found but must leave to a person, and where the header's formulas are. */
export interface HeaderRepairPlan {
  readonly repairs: FormulaRepair[];
  readonly problems: string[];
  /** The locator's formula cells, each moved to where its formula now is when a column inserted or deleted beside it moved it. */
  readonly cells: FormulaCells;
}

type Grid = readonly (readonly unknown[])[];

interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const GATE_CALL = /^=\s*HANDOFF_GATE\s*\(\s*\$?([A-Z]{1,3})\$?(\d+)\s*:\s*\$?([A-Z]{1,3})\$?(\d+)\s*[,)]/i;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

/** The range a gate formula reads, when it is a HANDOFF_GATE call on a plain A1 range of this tab. */
export function gateFormulaRange(formula: string): Rect | null {
  const m = GATE_CALL.exec(formula.trim());
  if (!m) return null;
  return {
    left: columnNumber(m[1] ?? ""),
    top: Number(m[2]),
    right: columnNumber(m[3] ?? ""),
    bottom: Number(m[4]),
  };
}

/** What an error or placeholder a gate cell shows means, or null when it shows a verdict. */
export function gateDisplayProblem(id: string, shown: unknown): string | null {
  const text = cellText(shown);
  if (/^loading/i.test(text)) {
    return `${id}'s gate is still calculating ("${text}"): wait a moment and run Validate this handoff again.`;
  }
  if (/^#NAME\?$/i.test(text)) {
    return (
      `${id}'s gate shows #NAME?: Handoff Gate is not enabled in this spreadsheet for you yet, so Sheets does not ` +
      "know HANDOFF_GATE. Open Extensions → Handoff Gate → Open sidebar once and the gate calculates; the tab is fine and nothing was changed."
    );
  }
  if (/^#[A-Z0-9/]+[!?]?$/i.test(text)) {
    return `${id}'s gate shows ${text}: the formula could not calculate (hover the cell for Sheets' reason); the tab itself was not deleted.`;
  }
  return null;
}

/** Plans the header's formula repairs from the tab's shown values and its formulas (same grid). */
export function planHeaderRepairs(tab: ChecklistTab, values: Grid, formulas: Grid): HeaderRepairPlan {
  const repairs: FormulaRepair[] = [];
  const problems: string[] = [];
  const cells = headerFormulaCells(tab, formulas);
  const formulaAt = (cell: CellAt) => String(formulas[cell.row - 1]?.[cell.column - 1] ?? "");
  const shownAt = (cell: CellAt) => values[cell.row - 1]?.[cell.column - 1];
  const put = (cell: CellAt, formula: string) => {
    const current = formulaAt(cell);
    if (normalFormula(current) === normalFormula(formula)) return;
    const shown = shownAt(cell);
    const typed = current === "" && !isEmptyCell(shown) ? cellText(shown) : null;
    repairs.push({ row: cell.row, column: cell.column, formula, typed });
  };

  const exceptions = tab.fields.exceptions;
  if (!exceptions) {
    problems.push(
      missingPartMessage(
        tab.id,
        '"Exceptions" label',
        'type "Exceptions" in the header block with the exceptions to its right',
      ),
    );
  }
  const gateCells = [cells.gate, cells.gateDetail];
  if (!cells.gate) {
    problems.push(
      missingPartMessage(
        tab.id,
        '"Gate" label',
        'type "Gate" in an empty cell of the header block, with two empty cells to its right for the gate',
      ),
    );
  }
  gateCells.forEach((cell, i) => {
    if (!cell) return;
    const current = formulaAt(cell);
    const now = gateFormulaRange(current);
    const want: Rect = {
      top: tab.tableHeaderRow,
      left: Math.min(tab.firstTableColumn, now?.left ?? Number.MAX_SAFE_INTEGER),
      bottom: Math.max(tab.lastTableRow, now && now.top === tab.tableHeaderRow ? now.bottom : 0),
      right: Math.max(tab.lastTableColumn, now?.right ?? 0),
    };
    const range = `${columnLetter(want.left)}${want.top}:${columnLetter(want.right)}${want.bottom}`;
    const exceptionsCell = exceptions ? a1(exceptions.row, exceptions.column) : null;
    const formula = exceptionsCell
      ? gateFormula(range, i === 1, exceptionsCell)
      : `=HANDOFF_GATE(${range},${i === 1 ? "TRUE" : "FALSE"})`;
    put(cell, formula);
    if (i === 0 && now) {
      const problem = gateDisplayProblem(tab.id, shownAt(cell));
      if (problem) problems.push(problem);
    }
  });

  const mirrors: [CellAt | null, CellAt | null][] = [
    [cells.decision, tab.decision.decision],
    [cells.acknowledgedBy, tab.decision.acknowledgedBy],
    [cells.acknowledgedOn, tab.decision.acknowledgedOn],
    [cells.gateWhenDecided, tab.decision.gateWhenDecided],
  ];
  if (!tab.decisionBlock) {
    problems.push(
      missingPartMessage(
        tab.id,
        "decision block",
        'put its labels back in one column below the table: "Decision", "Override reason", "Override approved by", "Acknowledged by", "Acknowledged on", "Gate when decided"',
      ),
    );
  }
  for (const [cell, source] of mirrors) {
    if (cell && source) put(cell, `=${a1(source.row, source.column)}`);
  }
  // The reopen note sits just right of Gate when decided's value.
  const decided = tab.decision.gateWhenDecided;
  if (cells.reopened && decided) put(cells.reopened, `=${a1(decided.row, decided.column + 1)}`);
  return { repairs, problems, cells };
}

/** The named range each mirrored header cell should carry, at the cell its formula is in (1-based). */
export function mirrorAnchors(
  id: string,
  cells: FormulaCells,
): { name: string; row: number; column: number }[] {
  return MIRRORED_COLUMNS.flatMap((c) => {
    const cell = cells[MIRRORED_CELLS[c]];
    return cell ? [{ name: mirrorRangeName(id, c), ...cell }] : [];
  });
}

/** The note that keeps what a person typed over a restored formula, after any note the cell had. */
export function keptTypedNote(existing: string, typed: string): string {
  const kept = `Typed here before Handoff Gate put this cell's formula back: "${typed}"`;
  return existing ? `${existing}\n${kept}` : kept;
}
