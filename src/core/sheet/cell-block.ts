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

/** One value for several cells (1-based), written in one call (a RangeList's setValue). */
export interface CellGroup {
  readonly cells: readonly { readonly row: number; readonly column: number }[];
  readonly value: unknown;
}

/** The sheet's values after writing `groups`, without reading them again. */
export function valuesAfterGroups(
  values: readonly (readonly unknown[])[],
  groups: readonly CellGroup[],
): unknown[][] {
  const next = values.map((line) => [...line]);
  for (const group of groups) {
    for (const { row, column } of group.cells) {
      const line = next[row - 1] ?? [];
      line[column - 1] = storedValue(group.value);
      next[row - 1] = line;
    }
  }
  return next;
}
