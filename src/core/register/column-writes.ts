// Register columns written back rows 2 down, one call per block: a column beside the previous one (the
// usual layout of the live columns) joins its block.
import { exactText } from "../sheet/literal-text";

/** A block of register columns to write, rows 2 down, from its first column (1-based). */
export interface ColumnWrite {
  readonly column: number;
  readonly values: unknown[][];
}

/** Adds one column's cells (one per row, rows 2 down) to the writes, joining the previous block when beside it. */
export function addColumnWrite(writes: ColumnWrite[], column: number, cells: unknown[][]): void {
  if (!cells.length) return;
  const previous = writes[writes.length - 1];
  const width = previous?.values[0]?.length ?? 0;
  if (previous && previous.column + width === column) {
    previous.values.forEach((line, i) => {
      line.push(cells[i]?.[0]);
    });
  } else writes.push({ column, values: cells });
}

/** A cell written back as it was: its formula, or its value (text kept literal so it stays text). */
export function asItWas(value: unknown, formula: unknown): unknown {
  return formula ? formula : exactText(value);
}
