// Restoring an archived handoff: the new-tab plan built from its archived items (same formats,
// validations, colour rules, gate formula), with every value a person had written put back exactly and
// every formula they had typed put back as a formula.
import { CHECKLIST_COLUMNS } from "../checklist/columns";
import type { ItemTemplate } from "../checklist/scenarios";
import { type CalendarDate, isCalendarDate } from "../sheet/calendar-date";
import { cellText, isEmptyCell } from "../sheet/cell-text";
import { exactText } from "../sheet/literal-text";
import { DECISION_LABELS, HEADER_CELLS, TAB_COLUMNS } from "../tab/tab-layout";
import { type HandoffHeader, planChecklistTab, type TabPlan } from "../tab/tab-plan";
import type { AsideCell } from "./archive-columns";
import { ARCHIVED_HEADER_FIELDS } from "./archive-columns";
import type { ArchivedHandoff } from "./archive-reader";

/** Values from A1 covering the tab's block and every cell typed aside, written after the block (null when none). */
export interface AsideGrid {
  readonly rows: number;
  readonly columns: number;
  readonly values: unknown[][];
}

/** What Restore writes: the tab's plan with the archived values, what its anchors record, the cells typed aside. */
export interface RestorePlan {
  readonly plan: TabPlan;
  readonly header: HandoffHeader;
  readonly aside: AsideGrid | null;
}

/**
 * The grid with the cells typed aside put back. Those typed on a row of the table (a column people
 * added, a remark beside an item) go right of the rebuilt table on the same item's row, their columns
 * in their old order; the others at their address when it is outside the rebuilt block or an empty
 * cell of its header rows, else down the first free rows of a column right of everything.
 */
function planAside(
  values: readonly (readonly unknown[])[],
  aside: readonly AsideCell[],
  firstItemRow: number,
): AsideGrid | null {
  if (!aside.length) return null;
  const placed = new Map<string, AsideCell>();
  // Inside the rebuilt block only an empty cell of the header rows is free (their layout is fixed); an
  // empty item or decision-block cell is not: it belongs to what the add-on or a person writes there next.
  const isFree = (row: number, column: number) =>
    !placed.has(`${row}:${column}`) &&
    (row > values.length ||
      column > TAB_COLUMNS ||
      (row < firstItemRow - 1 && isEmptyCell(values[row - 1]?.[column - 1])));
  const tableColumns = [...new Set(aside.flatMap((c) => (c.beside === undefined ? [] : [c.column])))].sort(
    (a, b) => a - b,
  );
  for (const cell of aside) {
    if (cell.beside === undefined) continue;
    const row = cell.beside === 0 ? firstItemRow - 1 : firstItemRow + cell.beside - 1;
    placed.set(`${row}:${TAB_COLUMNS + 1 + tableColumns.indexOf(cell.column)}`, cell);
  }
  const movedColumn = TAB_COLUMNS + tableColumns.length + 2;
  let moved = 1;
  for (const cell of aside) {
    if (cell.beside !== undefined) continue;
    let { row, column } = cell;
    if (!isFree(row, column)) {
      while (!isFree(moved, movedColumn)) moved++;
      row = moved;
      column = movedColumn;
    }
    placed.set(`${row}:${column}`, cell);
  }
  const at = [...placed.keys()].map((k) => k.split(":").map(Number) as [number, number]);
  const rows = Math.max(values.length, ...at.map(([r]) => r));
  const columns = Math.max(TAB_COLUMNS, ...at.map(([, c]) => c));
  const grid: unknown[][] = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: columns }, (_, c): unknown => values[r]?.[c] ?? ""),
  );
  for (const [key, cell] of placed) {
    const [r = 1, c = 1] = key.split(":").map(Number);
    const line = grid[r - 1];
    if (line) line[c - 1] = cell.formula ?? exactText(cell.value);
  }
  return { rows, columns, values: grid };
}

// Only its shape matters: every cell it fills is overwritten with the archived one.
const PLACEHOLDER_ITEM: ItemTemplate = { id: "", section: "", text: "", required: true, kind: "task" };
const NO_DATE: CalendarDate = { year: 1970, month: 1, day: 1 };

/** Puts an archived cell back: the formula a person typed there, else its value written exactly. */
function put(values: unknown[][], row: number, column: number, value: unknown, formula?: string): void {
  const line = values[row - 1];
  if (line && column >= 1 && column <= TAB_COLUMNS) line[column - 1] = formula ?? exactText(value);
}

/**
 * The tab to rebuild for an archived handoff, every archived value in its cell; `templateRef` (the
 * register's Template, e.g. "standard-new-client@1+double-check@1") is what the tab's anchor records.
 */
export function planRestoredTab(archived: ArchivedHandoff, templateRef: string): RestorePlan {
  const text = (v: unknown) => cellText(v);
  const date = (v: unknown) => (isCalendarDate(v) ? v : null);
  const h = archived.header;
  const header: HandoffHeader = {
    id: archived.id,
    client: text(h.client),
    scenarioName: text(h.scenario),
    handoffOwner: text(h.handoffOwner),
    receivingOwner: text(h.receivingOwner),
    exceptions: text(h.exceptions),
    templateRef,
    templateLabel: text(h.template),
    created: date(h.created) ?? NO_DATE,
    targetKickoff: date(h.targetKickoff),
  };
  const plan = planChecklistTab(header, {
    items: archived.items.map(() => PLACEHOLDER_ITEM),
    review: [],
  });
  const values = plan.values;
  // A field the tab had lost stays blank rather than showing the placeholder.
  for (const key of ARCHIVED_HEADER_FIELDS) {
    const cell = HEADER_CELLS[key === "handoff" ? "title" : key];
    put(values, cell.row, cell.column, h[key] ?? "", archived.headerFormulas[key]);
  }
  archived.items.forEach((cells, i) => {
    const formulas = archived.itemFormulas[i] ?? {};
    cells.forEach((v, c) => {
      const column = CHECKLIST_COLUMNS[c];
      put(values, plan.firstItemRow + i, c + 1, v, column && formulas[column]);
    });
  });
  (Object.keys(DECISION_LABELS) as (keyof typeof DECISION_LABELS)[]).forEach((key, i) => {
    const line = archived.decision[key];
    if (!line) return;
    put(values, plan.decisionRow + i, 2, line.value, line.formulas.Value);
    put(values, plan.decisionRow + i, 3, line.note, line.formulas.Notes);
  });
  return { plan, header, aside: planAside(values, archived.aside, plan.firstItemRow) };
}
