// The register cells Archive and Restore rewrite: the live columns and the Tab link of every row, each
// written back as it was except the rows being archived (values kept as recorded, link to their archive
// rows), the row being restored (live formulas, link to its new tab) and the archive links that a
// restore moves up. One block of columns, so one write whatever the register's size.
import { addColumnWrite, asItWas, type ColumnWrite } from "../register/column-writes";
import { DUE_COLUMNS, MIRRORED_COLUMNS, type RegisterColumn } from "../register/register-columns";
import { readRegister } from "../register/register-reader";
import { liveFormulas, tabLinkFormula } from "../register/register-row";
import { isEmptyCell } from "../sheet/cell-text";
import { exactText } from "../sheet/literal-text";
import { type ArchiveSpan, archiveLinkFormula, parseArchiveLink, spanAfterRemoval } from "./archive-link";

type Grid = readonly (readonly unknown[])[];

/** The columns Archive and Restore rewrite. */
const LINKED_COLUMNS: readonly RegisterColumn[] = [...MIRRORED_COLUMNS, ...DUE_COLUMNS, "Tab"];

/** One register row's cells to rewrite: value and formula of each linked column. */
interface RowCells {
  readonly sheetRow: number;
  readonly id: string;
  value(column: RegisterColumn): unknown;
  formula(column: RegisterColumn): unknown;
}

/**
 * Rewrites the linked columns, rows 2 to the last non-blank row: `cell` gives each cell's new content
 * (undefined keeps it as it was). Adjacent columns are merged into one block.
 */
function planLinkedColumns(
  values: Grid,
  formulas: Grid,
  cell: (row: RowCells, column: RegisterColumn) => unknown,
): ColumnWrite[] {
  const table = readRegister(values);
  let lastRow = values.length;
  while (lastRow > 1 && (values[lastRow - 1] ?? []).every(isEmptyCell)) lastRow--;
  const writes: ColumnWrite[] = [];
  for (const name of LINKED_COLUMNS) {
    const at = table.columns[name];
    if (at === undefined) continue;
    const column: unknown[][] = [];
    for (let r = 2; r <= lastRow; r++) {
      const line = values[r - 1] ?? [];
      const formulaLine = formulas[r - 1] ?? [];
      const row: RowCells = {
        sheetRow: r,
        id: String(line[table.columns.ID ?? -1] ?? "").trim(),
        value: (c) => line[table.columns[c] ?? -1] ?? "",
        formula: (c) => formulaLine[table.columns[c] ?? -1] ?? "",
      };
      const next = cell(row, name);
      column.push([next === undefined ? asItWas(line[at], formulaLine[at]) : next]);
    }
    addColumnWrite(writes, at + 1, column);
  }
  return writes;
}

const idKey = (id: string) => id.trim().toUpperCase();

/** The first register row (1-based) of each ID: a pasted copy further down is not the handoff's row. */
function firstRows(values: Grid): Map<string, number> {
  const first = new Map<string, number>();
  for (const row of readRegister(values).rows) {
    if (!first.has(idKey(row.id))) first.set(idKey(row.id), row.sheetRow);
  }
  return first;
}

/** The register after archiving: each archived row keeps its live values as recorded and links to its archive rows. */
export function planArchiveLinks(
  values: Grid,
  formulas: Grid,
  archiveSheetId: number,
  spans: ReadonlyMap<string, ArchiveSpan>,
): ColumnWrite[] {
  const byKey = new Map([...spans].map(([id, span]) => [idKey(id), span]));
  const first = firstRows(values);
  return planLinkedColumns(values, formulas, (row, column) => {
    const span = byKey.get(idKey(row.id));
    // A pasted copy of the row (a repeated ID) is left as it was: only the first row is the handoff's.
    if (!span || first.get(idKey(row.id)) !== row.sheetRow) return undefined;
    return column === "Tab" ? archiveLinkFormula(archiveSheetId, span) : exactText(row.value(column));
  });
}

/**
 * The register after restoring `id` to the tab `sheetId`: its row gets its live formulas and a link to
 * the tab back; archive links below the removed rows move up with them.
 */
export function planRestoreLinks(
  values: Grid,
  formulas: Grid,
  archiveSheetId: number,
  id: string,
  removed: ArchiveSpan,
  sheetId: number,
): ColumnWrite[] {
  const target = firstRows(values).get(idKey(id));
  return planLinkedColumns(values, formulas, (row, column) => {
    const span = parseArchiveLink(row.formula("Tab"), archiveSheetId);
    if (row.sheetRow === target) {
      if (column === "Tab") return tabLinkFormula(sheetId, `Open ${idKey(id)}`);
      return liveFormulas(idKey(id)).find((f) => f.column === column)?.formula;
    }
    if (column === "Tab" && span) return archiveLinkFormula(archiveSheetId, spanAfterRemoval(span, removed));
    return undefined;
  });
}
