// A rectangle of cells to write, as plain data, and the values a sheet holds once it is written.
import { storedValue } from "./cell-text";

/** Values to write from a 1-based top-left cell, one array per row. */
export interface CellBlock {
  readonly row: number;
  readonly column: number;
  readonly values: readonly (readonly unknown[])[];
}

/** The sheet's values after writing `block` (as Sheets stores them), without reading them again. */
export function valuesAfter(values: readonly (readonly unknown[])[], block: CellBlock): unknown[][] {
  const next = values.map((line) => [...line]);
  block.values.forEach((cells, i) => {
    const r = block.row - 1 + i;
    const line = [...(next[r] ?? [])];
    cells.forEach((v, k) => {
      line[block.column - 1 + k] = storedValue(v);
    });
    next[r] = line;
  });
  return next;
}
